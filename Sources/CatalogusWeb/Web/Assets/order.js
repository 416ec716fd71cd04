// One order (/orders/{id}): number, status, lines and totals, history, the year's budget.
// A draft can be changed (quantities, lines, reference; PATCH with If-Match), submitted
// and cancelled; a submitted order can be cancelled. Every change sends the ETag read
// last, so that a change someone else made in between is never overwritten (412).
import { request, getJSON, ApiError } from './api.js';
import { h, fill } from './dom.js';
import { showErrors, showFormMessage, clearErrors, announce, busy } from './forms.js';
import * as nl from './format.js';
import { LinesTable, addLineForm, lineIndex } from './order-lines.js';
import { loadBudget, showBudget } from './order-budget.js';
import { timestampLabel } from './order-labels.js';
import { statusLabel } from './vocabulary.js';

const root = document.getElementById('bestelling');
const id = root.dataset.orderId;
const mayOrderLate = root.dataset.permissions.split(' ').includes('orders.submit-late');
const title = document.getElementById('bestelling-titel');
const status = document.getElementById('status');
const content = document.getElementById('bestelling-inhoud');
const form = document.getElementById('bestelling-form');
const messages = document.getElementById('meldingen');
const actions = document.getElementById('acties');
const referenceField = document.getElementById('kenmerk-veld');
const referenceInput = document.getElementById('kenmerk');
const dialog = document.getElementById('annuleren-dialoog');

const CONFLICT = 'Iemand anders heeft deze bestelling intussen gewijzigd; laad de pagina opnieuw.';

let order = null;
let etag = null;
let budget;
let municipalityName = '';
let dirty = false;
let quoteRun = 0;
let timer = null;
let table = null;

function say(message, isError = false) {
  status.textContent = message;
  status.classList.toggle('status-error', isError);
}

/** A notice above the lines; `reload` adds the button that loads the page again. */
function notice(message, { kind = 'notice', reload = false } = {}) {
  const button = reload ? h('button', { type: 'button', class: 'button-secondary' }, 'Pagina opnieuw laden') : null;
  button?.addEventListener('click', () => { dirty = false; location.reload(); });
  const box = h('div', { class: kind, role: kind === 'success' ? 'status' : 'alert', tabindex: '-1' }, h('p', null, message), button);
  fill(messages, box);
  box.focus();
}

async function load() {
  const response = await request('GET', `/api/v1/orders/${encodeURIComponent(id)}`);
  etag = response.headers.get('ETag') || `"${response.data.version}"`;
  return response.data;
}

function isDraft() {
  return order.status === 'draft';
}

function render() {
  document.title = `Bestelling ${order.number} · Activiteitencatalogus`;
  fill(title, 'Bestelling ', h('span', { class: 'order-number' }, order.number), ' ',
    h('span', { class: `order-status status-${order.status}` }, statusLabel(order.status)));
  fill(document.getElementById('kenmerken'),
    fact('Nummer', order.number),
    fact('Status', statusLabel(order.status)),
    fact('Gemeente', municipalityName || order.municipality),
    fact('Jaar', String(order.year)),
    fact('Kenmerk', order.reference || 'geen'),
    fact('Laatst gewijzigd', timestampLabel(order.updated_at)),
    order.cancel_reason ? fact('Reden van annuleren', order.cancel_reason) : null);
  const lines = order.lines.map((line) => ({
    activity: line.activity.code, name: line.activity.name, unit: line.unit, quantity: line.quantity, note: line.note,
  }));
  table = new LinesTable(document.getElementById('regels'), {
    editable: isDraft(), year: order.year,
    caption: isDraft() ? `Regels (prijzen volgens de prijslijst van ${order.year})` : `Regels (prijzen vastgelegd bij indienen)`,
    onChange: (change) => {
      if (change?.removed) announce(`${change.removed.name} is uit de bestelling gehaald; nog niet opgeslagen.`);
      changed();
    },
  });
  table.setLines(lines);
  table.showPrices(order.lines, order.totals);
  referenceField.hidden = !isDraft();
  referenceInput.value = order.reference || '';
  if (isDraft()) {
    addLineForm(document.getElementById('toevoegen'), { year: order.year, getJSON, onAdd: addLine })
      .catch((error) => fill(document.getElementById('toevoegen'), h('p', { class: 'status-error' }, `De activiteiten konden niet worden geladen: ${error.message}`)));
  } else {
    fill(document.getElementById('toevoegen'));
  }
  renderActions();
  renderHistory();
  renderDownloads();
  showBudgetFor(isDraft() ? order.totals.net_cents : null);
  dirty = false;
}

function fact(term, value) {
  return h('div', null, h('dt', null, term), h('dd', null, value));
}

function button(text, { kind = '', type = 'button', id: buttonId } = {}) {
  return h('button', { type, class: kind, id: buttonId }, text);
}

function renderActions() {
  const items = [];
  if (isDraft()) {
    items.push(button('Wijzigingen opslaan', { type: 'submit', kind: 'button-secondary', id: 'opslaan' }));
    const submit = button('Indienen', { id: 'indienen' });
    submit.addEventListener('click', () => busy(submit, submitOrder));
    items.push(submit);
  }
  if (isDraft() || order.status === 'submitted') {
    const cancel = button('Bestelling annuleren', { kind: 'button-danger', id: 'annuleren' });
    cancel.addEventListener('click', askCancel);
    items.push(cancel);
  }
  const print = button('Afdrukken', { kind: 'button-secondary', id: 'afdrukken' });
  print.addEventListener('click', () => window.print());
  items.push(print);
  items.push(h('span', { class: 'unsaved', id: 'niet-opgeslagen', hidden: true }, 'Er zijn wijzigingen die nog niet zijn opgeslagen.'));
  fill(actions, items);
}

function renderHistory() {
  fill(document.getElementById('geschiedenis'), order.history.map((entry) => h('li', null,
    h('span', { class: `order-status status-${entry.status}` }, statusLabel(entry.status)), ' ',
    h('time', { datetime: entry.at }, timestampLabel(entry.at)),
    entry.by ? ` door ${entry.by}` : '',
    entry.reason ? h('span', { class: 'history-reason' }, `Reden: ${entry.reason}`) : null)));
}

function renderDownloads() {
  const base = `/api/v1/orders/${encodeURIComponent(id)}?output=csv`;
  fill(document.getElementById('downloads'), 'Download deze bestelling: ',
    h('a', { href: `${base}&sep=%3B`, download: `bestelling-${order.number}.csv` }, 'CSV voor Excel (puntkomma)'), ' · ',
    h('a', { href: base, download: `bestelling-${order.number}-komma.csv` }, 'CSV (komma)'));
}

function showBudgetFor(net) {
  if (budget === undefined) return;
  showBudget(document.getElementById('budget'), budget, { year: order.year, orderNet: net, mayOrderLate });
}

function changed() {
  dirty = true;
  document.getElementById('niet-opgeslagen').hidden = false;
  clearTimeout(timer);
  timer = setTimeout(requote, 350);
}

/** Prices the changed lines live (the draft itself changes only on "Wijzigingen opslaan"). */
async function requote() {
  const lines = table.currentLines();
  const run = ++quoteRun;
  const errors = table.validate();
  table.markErrors(errors);
  if (!lines.length || errors.length) { table.clearPrices(); showBudgetFor(null); return; }
  try {
    const { data } = await request('POST', '/api/v1/quotes', {
      json: { municipality: order.municipality, year: order.year, lines: lines.map((line) => ({ activity: line.activity, quantity: line.quantity })) },
    });
    if (run !== quoteRun) return;
    table.showPrices(data.lines, data.totals);
    showBudgetFor(data.totals.net_cents);
    announce(`Nieuw totaal (nog niet opgeslagen): ${nl.money(data.totals.gross_cents)} inclusief btw.`);
  } catch (error) {
    if (run !== quoteRun) return;
    table.clearPrices();
    if (error instanceof ApiError && error.fieldErrors.some((entry) => lineIndex(entry.field) !== null)) table.markErrors(error.fieldErrors);
    else announce(error.message);
  }
}

function addLine(item, quantity) {
  const lines = table.currentLines();
  const existing = lines.find((line) => line.activity === item.activity);
  if (existing && Number.isInteger(existing.quantity)) existing.quantity += quantity;
  else if (!existing) lines.push({ ...item, quantity });
  table.setLines(lines);
  announce(`${item.name} is toegevoegd; nog niet opgeslagen.`);
  changed();
}

function fieldFor(field) {
  return field === 'reference' ? referenceInput : table.inputFor(field);
}

/** Dutch text for a failed change, or null when field errors were shown instead. */
function explain(error) {
  if (!(error instanceof ApiError)) return String(error.message || error);
  if (error.status === 412) return CONFLICT;
  if (error.status === 422 && error.fieldErrors.length) {
    showErrors(form, error.fieldErrors, { fieldFor });
    return null;
  }
  return error.message;
}

function failed(error) {
  // One clear message: an earlier notice ("opgeslagen") must not stand above the refusal.
  fill(messages);
  const message = explain(error);
  if (message === null) return;
  if (error instanceof ApiError && error.status === 412) { notice(message, { kind: 'notice notice-error', reload: true }); return; }
  showFormMessage(form, message);
}

/** PATCH the draft's lines and reference; true when saved. */
async function saveChanges() {
  clearErrors(form);
  const lines = table.currentLines();
  if (!lines.length) { showFormMessage(form, 'Een bestelling heeft minstens één regel. Wilt u niets bestellen, annuleer de bestelling dan.'); return false; }
  const problems = table.validate();
  if (problems.length) { showErrors(form, problems, { fieldFor }); return false; }
  const reference = referenceInput.value.trim();
  try {
    const response = await request('PATCH', `/api/v1/orders/${encodeURIComponent(id)}`, {
      headers: { 'If-Match': etag },
      json: { reference: reference || null, lines: lines.map((line) => ({ activity: line.activity, quantity: line.quantity, ...(line.note ? { note: line.note } : {}) })) },
    });
    accept(response);
    return true;
  } catch (error) {
    failed(error);
    return false;
  }
}

function accept(response) {
  order = response.data;
  etag = response.headers.get('ETag') || `"${order.version}"`;
  render();
}

async function saveOnly(event) {
  event.preventDefault();
  const saveButton = document.getElementById('opslaan');
  await busy(saveButton, async () => {
    if (await saveChanges()) {
      notice('De wijzigingen zijn opgeslagen.', { kind: 'success' });
      say('');
    }
  });
}

async function submitOrder() {
  if (dirty && !(await saveChanges())) return;
  try {
    accept(await request('POST', `/api/v1/orders/${encodeURIComponent(id)}/submit`, { headers: { 'If-Match': etag } }));
    await refreshBudget();
    notice(`De bestelling ${order.number} is ingediend. De bibliotheekorganisatie bevestigt haar.`, { kind: 'success' });
  } catch (error) {
    failed(error);
  }
}

function askCancel() {
  document.getElementById('annuleren-reden').value = '';
  dialog.returnValue = '';
  dialog.showModal();
}

dialog.addEventListener('close', async () => {
  if (dialog.returnValue !== 'annuleren') { document.getElementById('annuleren')?.focus(); return; }
  const reason = document.getElementById('annuleren-reden').value.trim();
  try {
    const options = { headers: { 'If-Match': etag } };
    if (reason) options.json = { reason };
    accept(await request('POST', `/api/v1/orders/${encodeURIComponent(id)}/cancel`, options));
    await refreshBudget();
    notice(`De bestelling ${order.number} is geannuleerd.`, { kind: 'success' });
  } catch (error) {
    failed(error);
  }
});

async function refreshBudget() {
  try { budget = await loadBudget(order.municipality, order.year); } catch { /* keep the last one shown */ }
  showBudgetFor(isDraft() ? order.totals.net_cents : null);
}

referenceInput.addEventListener('input', () => { dirty = true; document.getElementById('niet-opgeslagen').hidden = false; });
form.addEventListener('submit', saveOnly);
window.addEventListener('beforeunload', (event) => { if (dirty) event.preventDefault(); });

async function start() {
  try {
    order = await load();
  } catch (error) {
    say(error instanceof ApiError && error.status === 404 ? 'Deze bestelling bestaat niet, of u mag haar niet zien.' : error.message, true);
    return;
  }
  try { municipalityName = (await getJSON(`/api/v1/municipalities/${encodeURIComponent(order.municipality)}`)).name; } catch { /* the slug will do */ }
  try { budget = await loadBudget(order.municipality, order.year); } catch (error) {
    fill(document.getElementById('budget'), h('p', { class: 'status-error' }, `Het budget kon niet worden geladen: ${error.message}`));
  }
  say('');
  content.hidden = false;
  render();
  if (new URLSearchParams(location.search).has('opgeslagen')) {
    notice(`Het mandje is opgeslagen als concept ${order.number}. U kunt het nog wijzigen en daarna indienen.`, { kind: 'success' });
    history.replaceState(null, '', location.pathname);
  }
}

start();
