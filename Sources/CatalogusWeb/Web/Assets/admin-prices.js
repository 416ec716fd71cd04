// /admin/prices?year=: the price list of one year. Not published: every active activity
// with its price as an input (euros with a decimal comma; the API takes cents) and its
// VAT rate. Indexation shows every new price before anything is saved, computed exactly
// as the server rounds (admin-money.js). Publication needs a deliberate tick first.
import { request, getJSON, getAll, ApiError } from './api.js';
import { h, fill } from './dom.js';
import { showErrors, showFormMessage, clearErrors, announce, busy } from './forms.js';
import { money } from './format.js';
import { unitLabel } from './vocabulary.js';
import { parseEuros, eurosInput, parsePercent, indexedCents, percentText } from './admin-money.js';

const year = Number(document.getElementById('prices').dataset.year);
const state = document.getElementById('price-state');
const priceForm = document.getElementById('price-form');
const priceTable = document.getElementById('price-table');
const priceActions = document.getElementById('price-actions');
const indexForm = document.getElementById('index-form');
const preview = document.getElementById('index-preview');
const previewTitle = document.getElementById('index-preview-title');
const previewTable = document.getElementById('index-preview-table');
const saveForm = document.getElementById('index-save-form');
const overwriteField = document.getElementById('overwrite-field');
const overwrite = document.getElementById('index-overwrite');
const publishPanel = document.getElementById('publish-panel');
const publishForm = document.getElementById('publish-form');
const understood = document.getElementById('publish-understood');
const publishButton = document.getElementById('publish-button');

const VAT_RATES = [0, 9, 21];

/** Editable rows of the shown year: {activity, cents, vat} as last saved, by activity id. */
let saved = new Map();
/** The indexation the preview shows, to save exactly that: {from, to, percent}. */
let pending = null;

/** The whole price list of a year: {published, items}. */
async function priceList(of) {
  const items = [];
  let cursor = null;
  let published = false;
  do {
    const data = await getJSON(`/api/v1/prices?year=${of}&limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    published = data.published;
    items.push(...data.items);
    cursor = data.next_cursor;
  } while (cursor);
  return { published, items };
}

/** The name cell of a price row; on a phone the unit column hides and the unit shows here. */
function nameCell(name, unit, code) {
  return h('th', { scope: 'row' }, name, code ? h('span', { class: 'admin-code' }, code) : null,
    h('span', { class: 'unit-inline' }, unitLabel(unit)));
}

function unitCell(unit) {
  return h('td', { class: 'col-unit' }, unitLabel(unit));
}

function scrollTable(label, table) {
  return h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': label }, table);
}

// ---- the shown year ----------------------------------------------------------------

async function load() {
  const list = await priceList(year);
  if (list.published) {
    renderPublished(list.items);
  } else {
    renderEditable(await getAll(`/api/v1/activities?year=${year}&limit=500`), list.items.length);
  }
  setIndexDefaults(list.items.length > 0);
}

function renderPublished(items) {
  fill(state, h('strong', null, `De prijslijst van ${year} is gepubliceerd.`),
    ' De prijzen liggen vast en kunnen niet meer veranderen. Wilt u andere prijzen, indexeer deze dan naar een nieuw jaar.');
  state.className = 'admin-state admin-state-published';
  priceActions.hidden = true;
  publishPanel.hidden = true;
  saved = new Map();
  if (!items.length) { fill(priceTable, h('p', { class: 'empty' }, `${year} heeft geen prijzen.`)); return; }
  fill(priceTable, scrollTable(`Prijzen ${year}`, h('table', { class: 'data admin-table stack-on-phone', id: 'price-list' },
    h('caption', null, `${items.length} prijzen in ${year}, exclusief btw`),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Activiteit'), h('th', { scope: 'col', class: 'col-unit' }, 'Eenheid'),
      h('th', { scope: 'col', class: 'num' }, 'Prijs'), h('th', { scope: 'col', class: 'num' }, 'Btw'))),
    h('tbody', null, items.map((item) => h('tr', { 'data-activity': item.activity.id },
      nameCell(item.activity.name, item.unit),
      unitCell(item.unit),
      h('td', { class: 'num', 'data-cents': item.unit_price_cents, 'data-label': 'Prijs' }, money(item.unit_price_cents)),
      h('td', { class: 'num', 'data-label': 'Btw' }, `${item.vat_rate}\u00a0%`)))))));
}

function renderEditable(activities, priced) {
  fill(state, h('strong', null, `De prijslijst van ${year} is nog niet gepubliceerd.`),
    priced ? ' U kunt de prijzen nog wijzigen.' : ' Er zijn nog geen prijzen: vul ze hieronder in of indexeer een eerder jaar.');
  state.className = 'admin-state';
  publishPanel.hidden = priced === 0;
  priceActions.hidden = activities.length === 0;
  saved = new Map(activities.map((activity) => [activity.id, {
    activity, cents: activity.price?.unit_price_cents ?? null, vat: activity.price?.vat_rate ?? null,
  }]));
  if (!activities.length) { fill(priceTable, h('p', { class: 'empty' }, 'Er zijn geen actieve activiteiten.')); return; }
  const rows = activities.map((activity) => {
    const { cents, vat } = saved.get(activity.id);
    const priceId = `price-${activity.id}`;
    const vatId = `vat-${activity.id}`;
    return h('tr', { 'data-activity': activity.id },
      nameCell(activity.name, activity.unit, activity.code),
      unitCell(activity.unit),
      h('td', { class: 'field admin-cell', 'data-label': 'Prijs (€)' },
        h('label', { for: priceId, class: 'visually-hidden' }, `Prijs van ${activity.name} in euro’s`),
        h('input', { id: priceId, name: priceId, class: 'input-money', inputmode: 'decimal', autocomplete: 'off', value: eurosInput(cents) })),
      h('td', { class: 'field admin-cell', 'data-label': 'Btw' },
        h('label', { for: vatId, class: 'visually-hidden' }, `Btw voor ${activity.name}`),
        h('select', { id: vatId, name: vatId },
          vat === null ? h('option', { value: '' }, 'kies') : null,
          VAT_RATES.map((rate) => h('option', { value: rate, selected: rate === vat }, `${rate}\u00a0%`)))),
      h('td', { class: 'row-status', 'data-status': activity.id }));
  });
  fill(priceTable, scrollTable(`Prijzen ${year}`, h('table', { class: 'data admin-table price-edit stack-on-phone', id: 'price-list' },
    h('caption', null, `Prijzen ${year} per eenheid, exclusief btw`),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Activiteit'), h('th', { scope: 'col', class: 'col-unit' }, 'Eenheid'),
      h('th', { scope: 'col' }, 'Prijs (€)'), h('th', { scope: 'col' }, 'Btw'), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Opgeslagen')))),
    h('tbody', null, rows))));
}

/** The rows whose price or rate differs from what was saved, or {errors}. */
function changedRows() {
  const changes = [];
  const errors = [];
  for (const [id, row] of saved) {
    const input = document.getElementById(`price-${id}`);
    const select = document.getElementById(`vat-${id}`);
    const text = input.value.trim();
    if (!text && row.cents === null) continue;
    const cents = parseEuros(text);
    const vat = select.value === '' ? null : Number(select.value);
    if (cents === row.cents && vat === row.vat) continue;
    if (cents === null) {
      errors.push({ field: input.id, message: text ? 'Vul een bedrag in euro’s in, bijv. 450,00.' : 'Een prijs kan niet leeg worden; vul een bedrag in.' });
    }
    if (vat === null) errors.push({ field: select.id, message: 'Kies het btw-tarief.' });
    if (cents !== null && vat !== null) changes.push({ id, row, cents, vat });
  }
  return { changes, errors };
}

async function savePrices() {
  const { changes, errors } = changedRows();
  const fieldFor = (id) => document.getElementById(id);
  if (errors.length) { showErrors(priceForm, errors, { fieldFor }); return; }
  clearErrors(priceForm);
  if (!changes.length) { announce('Er is niets gewijzigd.'); return; }
  let done = 0;
  for (const change of changes) {
    try {
      await request('PUT', `/api/v1/activities/${change.id}/prices/${year}`, { json: { unit_price_cents: change.cents, vat_rate: change.vat } });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const message = error.status === 409
        ? `De prijslijst van ${year} is intussen gepubliceerd; de prijzen kunnen niet meer veranderen. Laad de pagina opnieuw.`
        : `${change.row.activity.name}: ${error.status === 422 ? error.fieldErrors[0]?.message || error.message : error.message}`;
      showFormMessage(priceForm, done ? `${done} prijzen zijn opgeslagen, daarna ging het mis. ${message}` : message);
      return;
    }
    Object.assign(change.row, { cents: change.cents, vat: change.vat });
    document.getElementById(`price-${change.id}`).value = eurosInput(change.cents);
    fill(document.querySelector(`[data-status="${change.id}"]`), 'opgeslagen');
    done += 1;
  }
  publishPanel.hidden = false;
  announce(done === 1 ? '1 prijs is opgeslagen.' : `${done} prijzen zijn opgeslagen.`);
}

// ---- indexation --------------------------------------------------------------------

function setIndexDefaults(hasPrices) {
  const from = hasPrices ? year : year - 1;
  if ([...indexForm.elements.from_year.options].some((option) => Number(option.value) === from)) {
    indexForm.elements.from_year.value = String(from);
  }
  indexForm.elements.to_year.value = String(Number(indexForm.elements.from_year.value) + 1);
}

function readIndexForm() {
  const fields = indexForm.elements;
  const errors = [];
  const from = Number(fields.from_year.value);
  const to = Number(fields.to_year.value);
  if (!/^\d{4}$/.test(fields.to_year.value) || to < 2000 || to > 2200) errors.push({ field: 'to_year', message: 'Vul een jaar in van 2000 tot en met 2200.' });
  else if (to === from) errors.push({ field: 'to_year', message: 'Kies een ander jaar dan het jaar waaruit u indexeert.' });
  const percent = parsePercent(fields.percent.value);
  if (percent === null) {
    errors.push({ field: 'percent', message: fields.percent.value.trim()
      ? 'Vul een percentage in zoals 3,2: hoogstens drie cijfers voor en vier na de komma, en meer dan −100.' : 'Vul het percentage in.' });
  }
  return { from, to, percent, errors };
}

async function showPreview() {
  const { from, to, percent, errors } = readIndexForm();
  if (errors.length) { showErrors(indexForm, errors); preview.hidden = true; return; }
  clearErrors(indexForm);
  const [source, target] = await Promise.all([priceList(from), priceList(to)]);
  if (target.published) {
    showErrors(indexForm, [{ field: 'to_year', message: `De prijslijst van ${to} is al gepubliceerd en kan niet meer veranderen.` }]);
    preview.hidden = true;
    return;
  }
  if (!source.items.length) {
    showErrors(indexForm, [{ field: 'from_year', message: `${from} heeft geen prijzen om te indexeren.` }]);
    preview.hidden = true;
    return;
  }
  pending = { from, to, percent };
  fill(previewTitle, `Nieuwe prijzen ${to}: ${from} + ${percentText(percent)} (${source.items.length} activiteiten)`);
  fill(previewTable, scrollTable(`Voorbeeld van de prijzen ${to}`, h('table', { class: 'data admin-table stack-on-phone', id: 'index-preview-list' },
    h('caption', null, 'Nog niet opgeslagen. Afgerond op de cent; btw-tarieven blijven gelijk.'),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Activiteit'), h('th', { scope: 'col', class: 'col-unit' }, 'Eenheid'),
      h('th', { scope: 'col', class: 'num' }, `Prijs ${from}`), h('th', { scope: 'col', class: 'num' }, `Nieuwe prijs ${to}`),
      h('th', { scope: 'col', class: 'num col-diff' }, 'Verschil'))),
    h('tbody', null, source.items.map((item) => {
      const next = indexedCents(item.unit_price_cents, percent);
      return h('tr', { 'data-activity': item.activity.id },
        nameCell(item.activity.name, item.unit),
        unitCell(item.unit),
        h('td', { class: 'num', 'data-label': `Prijs ${from}` }, money(item.unit_price_cents)),
        h('td', { class: 'num', 'data-new-cents': next, 'data-label': `Nieuwe prijs ${to}` }, h('strong', null, money(next))),
        h('td', { class: 'num col-diff' }, `${next >= item.unit_price_cents ? '+' : ''}${money(next - item.unit_price_cents)}`));
    })))));
  overwrite.checked = false;
  overwriteField.hidden = target.items.length === 0;
  fill(document.getElementById('overwrite-label'),
    `${to} heeft al ${target.items.length === 1 ? '1 prijs' : `${target.items.length} prijzen`}. Vervang ze door de prijzen hierboven.`);
  preview.hidden = false;
  previewTitle.focus();
}

async function saveIndexation() {
  if (!pending) return;
  if (!overwriteField.hidden && !overwrite.checked) {
    showErrors(saveForm, [{ field: 'overwrite', message: `Vink aan dat de bestaande prijzen van ${pending.to} vervangen mogen worden, of kies een ander jaar.` }],
      { fieldFor: () => overwrite });
    return;
  }
  clearErrors(saveForm);
  try {
    await request('POST', '/api/v1/prices/indexations', {
      json: { from_year: pending.from, to_year: pending.to, percent: pending.percent, overwrite: overwrite.checked },
    });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    showFormMessage(saveForm, error.status === 409
      ? `${pending.to} heeft al prijzen of is gepubliceerd. Bekijk het voorbeeld opnieuw.`
      : error.fieldErrors.length ? error.fieldErrors[0].message : error.message);
    return;
  }
  location.assign(`/admin/prices?year=${pending.to}&geindexeerd=${pending.from}`);
}

// ---- publication -------------------------------------------------------------------

async function publish() {
  if (!understood.checked) return;
  try {
    await request('POST', `/api/v1/prices/${year}/publish`);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    showFormMessage(publishForm, error.status === 409 ? `De prijslijst van ${year} was al gepubliceerd.`
      : error.fieldErrors.length ? error.fieldErrors[0].message : error.message);
    return;
  }
  await load();
  // The state above the list says it (and gets the focus, so a screen reader reads it); the
  // status line would say it a second time, so it is emptied of what it said before.
  announce('');
  state.setAttribute('tabindex', '-1');
  state.focus();
}

// ---- wiring ------------------------------------------------------------------------

priceForm.addEventListener('submit', (event) => { event.preventDefault(); busy(document.getElementById('save-prices'), savePrices); });
indexForm.addEventListener('submit', (event) => {
  event.preventDefault();
  busy(document.getElementById('index-preview-button'), () => showPreview().catch((error) => showFormMessage(indexForm, error.message)));
});
indexForm.elements.from_year.addEventListener('change', () => {
  indexForm.elements.to_year.value = String(Number(indexForm.elements.from_year.value) + 1);
  preview.hidden = true;
});
indexForm.addEventListener('input', () => { preview.hidden = true; pending = null; });
saveForm.addEventListener('submit', (event) => { event.preventDefault(); busy(document.getElementById('index-save'), saveIndexation); });
document.getElementById('index-cancel').addEventListener('click', () => {
  preview.hidden = true;
  pending = null;
  indexForm.elements.percent.focus();
});
understood.addEventListener('change', () => { publishButton.disabled = !understood.checked; });
publishForm.addEventListener('submit', (event) => {
  event.preventDefault();
  busy(publishButton, publish).finally(() => { publishButton.disabled = !understood.checked; });
});

const from = new URLSearchParams(location.search).get('geindexeerd');
load().then(() => {
  if (from) announce(`De prijzen van ${year} zijn gemaakt uit die van ${from}. Controleer ze; publiceer de prijslijst als ze kloppen.`);
}).catch((error) => announce(error.message));
