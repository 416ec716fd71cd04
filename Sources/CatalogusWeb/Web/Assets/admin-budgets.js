// /admin/budgets?year=: each municipality's budget and order deadline for the year, with
// what its submitted and confirmed orders commit and what is left. A 404 means no budget
// is set (no limit). Saving is a PUT (last write wins, audited); amounts are euros in the
// form and cents in the API.
import { request, getJSON, getAll, ApiError } from './api.js';
import { fill } from './dom.js';
import { showErrors, showFormMessage, clearErrors, announce, busy } from './forms.js';
import { money } from './format.js';
import { parseEuros, eurosInput } from './admin-money.js';

const listNode = document.getElementById('budgets');
const year = Number(listNode.dataset.year);

/** Net cents of the submitted and confirmed orders of the year, by municipality. */
async function committedByMunicipality() {
  const committed = {};
  for (const status of ['submitted', 'confirmed']) {
    for (const order of await getAll(`/api/v1/orders?year=${year}&status=${status}&limit=500`)) {
      committed[order.municipality] = (committed[order.municipality] || 0) + order.totals.net_cents;
    }
  }
  return committed;
}

/** The year's budgets by municipality; one without a budget is not in the list. */
async function budgetsOfYear() {
  const list = await getJSON(`/api/v1/budgets?year=${encodeURIComponent(year)}`);
  return Object.fromEntries(list.items.map((budget) => [budget.municipality, budget]));
}

function show(card, budget, committed) {
  const value = (name) => card.querySelector(`[data-value="${name}"]`);
  const spent = budget ? budget.committed_net_cents : committed;
  fill(value('budget'), budget ? money(budget.net_cents) : 'niet gezet');
  fill(value('committed'), money(spent));
  fill(value('remaining'), budget ? money(budget.remaining_net_cents) : 'geen grens');
  value('remaining').classList.toggle('over', Boolean(budget) && budget.remaining_net_cents < 0);
  const form = card.querySelector('form');
  form.elements.net_cents.value = budget ? eurosInput(budget.net_cents) : '';
  form.elements.order_deadline.value = budget?.order_deadline || '';
}

async function save(card) {
  const form = card.querySelector('form');
  const name = card.querySelector('h2').textContent;
  const amount = form.elements.net_cents.value.trim();
  const cents = parseEuros(amount);
  if (cents === null) {
    showErrors(form, [{ field: 'net_cents', message: amount ? 'Vul een bedrag in euro’s in, bijv. 125.000 of 125000,00.' : 'Vul het budget in.' }]);
    return;
  }
  clearErrors(form);
  const body = { net_cents: cents };
  if (form.elements.order_deadline.value) body.order_deadline = form.elements.order_deadline.value;
  try {
    const { data } = await request('PUT', `/api/v1/municipalities/${encodeURIComponent(card.dataset.slug)}/budgets/${year}`, { json: body });
    card.dataset.budget = 'set';
    show(card, data, data.committed_net_cents);
    fill(card.querySelector('[data-value="saved"]'), 'Opgeslagen.');
    announce(`Het budget ${year} van ${name} is opgeslagen: ${money(data.net_cents)}.`);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 422 && error.fieldErrors.length) {
      showErrors(form, error.fieldErrors);
    } else {
      showFormMessage(form, error.message);
    }
  }
}

listNode.addEventListener('submit', (event) => {
  const card = event.target.closest('[data-slug]');
  if (!card) return;
  event.preventDefault();
  fill(card.querySelector('[data-value="saved"]'));
  busy(event.target.querySelector('button[type="submit"]'), () => save(card));
});

async function load() {
  const cards = [...listNode.querySelectorAll('[data-slug]')];
  const committed = await committedByMunicipality();
  const bySlug = await budgetsOfYear();
  const budgets = cards.map((card) => bySlug[card.dataset.slug] || null);
  cards.forEach((card, index) => show(card, budgets[index], committed[card.dataset.slug] || 0));
  const set = budgets.filter(Boolean).length;
  announce(`${set} van de ${cards.length} gemeenten ${set === 1 ? 'heeft' : 'hebben'} een budget voor ${year}.`);
}

load().catch((error) => announce(error.message));
