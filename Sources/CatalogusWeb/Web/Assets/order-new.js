// The basket page (/orders/new?year=): the basket's lines with quantities and remove
// buttons, a live quote from the API (debounced), the year's budget, an optional
// reference, and "Opslaan als concept", which creates a draft order and opens it.
import { request, getJSON, ApiError } from './api.js';
import { h, fill } from './dom.js';
import { showErrors, showFormMessage, clearErrors, announce, busy } from './forms.js';
import * as nl from './format.js';
import * as basket from './basket.js';
import { LinesTable, addLineForm, lineIndex } from './order-lines.js';
import { loadBudget, showBudget } from './order-budget.js';
import { activityCount } from './order-labels.js';

const form = document.getElementById('bestelling-form');
const year = Number(form.dataset.year);
const mayOrderLate = form.dataset.permissions.split(' ').includes('orders.submit-late');
const select = document.getElementById('gemeente');
const saveButton = document.getElementById('opslaan');
const budgetBox = document.getElementById('budget');
let budget = null;
let quoteRun = 0;
let timer = null;

function municipality() {
  return form.dataset.municipality || select?.value || '';
}

const table = new LinesTable(document.getElementById('regels'), {
  editable: true, year, caption: `Mandje ${year}`,
  onChange: (change) => {
    keepBasket();
    if (change?.removed) announce(`${change.removed.name} is uit het mandje gehaald.`);
    scheduleQuote();
  },
});

/** Writes the quantities as typed back to the basket (only valid ones; the rest stay as they were). */
function keepBasket() {
  const slug = municipality();
  if (!slug) return;
  const stored = basket.lines(slug, year);
  const lines = table.currentLines().map((line) => {
    const before = stored.find((entry) => entry.activity === line.activity);
    return { activity: line.activity, name: line.name, unit: line.unit,
      quantity: Number.isInteger(line.quantity) && line.quantity > 0 ? line.quantity : (before?.quantity || 1) };
  });
  basket.save(slug, year, lines);
}

function scheduleQuote() {
  clearTimeout(timer);
  timer = setTimeout(quote, 350);
}

async function quote() {
  const slug = municipality();
  const lines = table.currentLines();
  const run = ++quoteRun;
  if (!slug || !lines.length) { showBudgetFor(null); return; }
  const errors = table.validate();
  table.markErrors(errors);
  if (errors.length) { table.clearPrices(); showBudgetFor(null); return; }
  try {
    const { data } = await request('POST', '/api/v1/quotes', {
      json: { municipality: slug, year, lines: lines.map((line) => ({ activity: line.activity, quantity: line.quantity })) },
    });
    if (run !== quoteRun) return;  // a newer quote is on its way
    table.markErrors([]);
    table.showPrices(data.lines, data.totals);
    showBudgetFor(data.totals.net_cents);
    announce(`Offerte bijgewerkt: totaal ${nl.money(data.totals.gross_cents)} inclusief btw.`);
  } catch (error) {
    if (run !== quoteRun) return;
    table.clearPrices();
    showBudgetFor(null);
    if (error instanceof ApiError && error.fieldErrors.some((entry) => lineIndex(entry.field) !== null)) {
      table.markErrors(error.fieldErrors);
      announce('Niet elke regel kan geprijsd worden; zie de meldingen bij de regels.');
    } else {
      announce(error.message);
    }
  }
}

function showBudgetFor(net) {
  if (budget === undefined) return;
  showBudget(budgetBox, budget, { year, orderNet: net, mayOrderLate });
}

async function loadFor(slug) {
  clearErrors(form);
  if (!slug) {
    table.setLines([]);
    fill(document.getElementById('regels'), h('p', null, 'Kies eerst voor welke gemeente u bestelt.'));
    fill(budgetBox, h('p', { class: 'hint' }, 'Het budget verschijnt zodra u een gemeente kiest.'));
    return;
  }
  table.setLines(basket.lines(slug, year));
  budget = undefined;
  try {
    budget = await loadBudget(slug, year);
  } catch (error) {
    budget = undefined;
    fill(budgetBox, h('p', { class: 'status-error' }, `Het budget kon niet worden geladen: ${error.message}`));
  }
  quote();
}

function addLine(item, quantity) {
  const slug = municipality();
  if (!slug) { announce('Kies eerst voor welke gemeente u bestelt.'); select?.focus(); return; }
  keepBasket();
  const line = basket.add(slug, year, item, quantity);
  table.setLines(basket.lines(slug, year));
  announce(`${item.name} is toegevoegd (aantal nu ${line.quantity}). Het mandje heeft ${activityCount(basket.lines(slug, year).length)}.`);
  quote();
}

async function save(event) {
  event.preventDefault();
  const slug = municipality();
  if (!slug) { showErrors(form, [{ field: 'municipality', message: 'Kies een gemeente.' }]); return; }
  const lines = table.currentLines();
  if (!lines.length) { showFormMessage(form, 'Het mandje is leeg: voeg eerst een activiteit toe.'); return; }
  const problems = table.validate();
  if (problems.length) { showErrors(form, problems, { fieldFor: (field) => table.inputFor(field) }); return; }
  const reference = document.getElementById('kenmerk').value.trim();
  const body = { municipality: slug, year, lines: lines.map((line) => ({ activity: line.activity, quantity: line.quantity })) };
  if (reference) body.reference = reference;
  await busy(saveButton, async () => {
    try {
      const { data } = await request('POST', '/api/v1/orders', { json: body });
      basket.clear(slug, year);
      location.assign(`/orders/${data.id}?opgeslagen=1`);
    } catch (error) {
      if (error instanceof ApiError && error.fieldErrors.length) {
        showErrors(form, error.fieldErrors,
          { fieldFor: (field) => (field === 'reference' ? document.getElementById('kenmerk') : table.inputFor(field)) });
      } else {
        showFormMessage(form, error.message);
      }
    }
  });
}

form.addEventListener('submit', save);
if (select) {
  if (!select.value) select.value = basket.chosenMunicipality();
  select.addEventListener('change', () => { basket.chooseMunicipality(select.value); loadFor(select.value); });
}
addLineForm(document.getElementById('toevoegen'), { year, getJSON, onAdd: addLine })
  .catch((error) => fill(document.getElementById('toevoegen'), h('p', { class: 'status-error' }, `De activiteiten konden niet worden geladen: ${error.message}`)));
loadFor(municipality());
