// The basket on the catalogue pages (for a municipality or an admin): shows the basket
// bar and the "In het mandje" forms the server rendered hidden, adds an activity with a
// quantity to the basket of the catalogue's year, and announces each addition.
import * as basket from './basket.js';

const bar = document.getElementById('mandje-balk');
const link = document.getElementById('mandje-link');
const countText = document.getElementById('mandje-aantal');
const status = document.getElementById('mandje-status');
const select = document.getElementById('mandje-gemeente');
const year = Number(bar?.dataset.year);

function municipality() {
  return !bar.dataset.municipality ? (select?.value || '') : bar.dataset.municipality;
}

function countLabel(count) {
  if (count === 0) return 'leeg';
  return count === 1 ? '1 activiteit' : `${count} activiteiten`;
}

function refresh() {
  const slug = municipality();
  const count = basket.lines(slug, year).length;
  countText.textContent = countLabel(count);
  const target = new URL('/orders/new', location.origin);
  target.searchParams.set('year', String(year));
  if (!bar.dataset.municipality && slug) target.searchParams.set('municipality', slug);
  link.href = target.pathname + target.search;
  for (const form of document.querySelectorAll('form.basket-add')) {
    const line = basket.lines(slug, year).find((entry) => entry.activity === form.dataset.activity);
    form.querySelector('.basket-added').textContent = line ? `In het mandje: ${line.quantity}` : '';
  }
}

function add(form) {
  const input = form.querySelector('input[name="quantity"]');
  const slug = municipality();
  if (!slug) {
    status.textContent = 'Kies eerst voor welke gemeente u bestelt.';
    select.focus();
    return;
  }
  const quantity = Number(input.value);
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > 1000000000) {
    input.setAttribute('aria-invalid', 'true');
    status.textContent = 'Vul als aantal een heel getal van 1 of meer in.';
    form.querySelector('.basket-added').textContent = 'Vul een heel aantal van 1 of meer in.';
    input.focus();
    return;
  }
  input.removeAttribute('aria-invalid');
  const line = basket.add(slug, year, { activity: form.dataset.activity, name: form.dataset.name, unit: form.dataset.unit }, quantity);
  refresh();
  const count = basket.lines(slug, year).length;
  // A new text each time, so that a screen reader announces a second identical addition too.
  status.textContent = `${form.dataset.name} is in het mandje gelegd (aantal nu ${line.quantity}). Het mandje van ${year} heeft ${countLabel(count)}.`;
}

if (bar && Number.isInteger(year)) {
  if (select) {
    select.value = basket.chosenMunicipality();
    select.addEventListener('change', () => {
      basket.chooseMunicipality(select.value);
      refresh();
    });
  }
  for (const form of document.querySelectorAll('form.basket-add')) {
    form.hidden = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      add(form);
    });
  }
  bar.hidden = false;
  refresh();
}
