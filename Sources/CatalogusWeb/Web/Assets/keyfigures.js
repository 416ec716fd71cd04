// Key figures of one year and area: the stored values fill the form, the totals and the
// participation rate follow every keystroke, and "Opslaan" sends only what changed
// (PUT merges; an emptied field is sent as null and removed). Inhabitants belong to
// the municipality and have their own PUT.
import { request, getJSON, ApiError } from './api.js';
import { busy, showErrors, showFormMessage, clearErrors } from './forms.js';
import * as nl from './format.js';
import { computeTotals } from './figure-totals.js';
import { wholeNumber, count } from './staff-text.js';

const form = document.getElementById('kerncijfers');
const status = document.getElementById('status');
const year = form.dataset.year;
const area = form.dataset.area;
const areaName = form.dataset.areaName;
const button = form.querySelector('button[type="submit"]');
const saveStatus = document.getElementById('opslaan-status');
const figureInputs = [...form.querySelectorAll('input[data-unit]')];
const inhabitantsInput = form.querySelector('input[data-inhabitants]');
const outputs = [...form.querySelectorAll('output[data-computed]')];
const path = `/api/v1/figures/${encodeURIComponent(year)}/${encodeURIComponent(area)}`;

let loaded = { values: {}, inhabitants: null };
let dirty = false;

function say(message, isError = false) {
  status.textContent = message;
  status.classList.toggle('status-error', isError);
}

/** What the fields hold now: {values: {code: number|null|NaN}, inhabitants}. */
function current() {
  const values = {};
  for (const input of figureInputs) values[input.name] = wholeNumber(input.value);
  return { values, inhabitants: inhabitantsInput ? wholeNumber(inhabitantsInput.value) : null };
}

function showComputed(computed = {}) {
  const { values, inhabitants } = current();
  const usable = Object.fromEntries(Object.entries(values).map(([code, value]) => [code, Number.isNaN(value) ? null : value]));
  const totals = computeTotals(usable, Number.isNaN(inhabitants) ? null : inhabitants ?? loaded.inhabitants);
  for (const output of outputs) {
    const code = output.dataset.computed;
    const value = code in totals ? totals[code] : computed[code];
    output.value = nl.figure(value ?? null, output.dataset.unit);
  }
}

let fromRegistrations = {};

function fill(figures) {
  const values = figures.values || {};
  loaded = {
    values: Object.fromEntries(figureInputs.map((input) => [input.name, values[input.name] == null ? null : Math.round(values[input.name])])),
    inhabitants: figures.computed?.inhabitants ?? null,
  };
  for (const input of figureInputs) input.value = loaded.values[input.name] == null ? '' : String(loaded.values[input.name]);
  if (inhabitantsInput) inhabitantsInput.value = loaded.inhabitants == null ? '' : String(loaded.inhabitants);
  fromRegistrations = figures.computed || {};
  showComputed(fromRegistrations);
  dirty = false;
}

/** Checks every field; returns {figures: {code: value|null}, inhabitants: number|undefined, errors}. */
function changes() {
  const { values, inhabitants } = current();
  const errors = [];
  const figures = {};
  for (const input of figureInputs) {
    const value = values[input.name];
    if (Number.isNaN(value)) { errors.push({ field: input.name, message: 'Vul een heel getal in (zonder komma), of laat het veld leeg.' }); continue; }
    if (input.dataset.unit === 'percent' && value > 100) { errors.push({ field: input.name, message: 'Een percentage is 0 tot en met 100.' }); continue; }
    if (value !== null && value > 1e12) { errors.push({ field: input.name, message: 'Dit getal is te groot.' }); continue; }
    if (value !== loaded.values[input.name]) figures[input.name] = value;
  }
  let inhabitantsChange;
  if (inhabitantsInput) {
    if (Number.isNaN(inhabitants)) errors.push({ field: 'inhabitants', message: 'Vul het aantal inwoners in als heel getal.' });
    else if (inhabitants === null && loaded.inhabitants !== null) errors.push({ field: 'inhabitants', message: 'Het aantal inwoners kan niet leeg; vul het aantal in.' });
    else if (inhabitants !== null && inhabitants > 100000000) errors.push({ field: 'inhabitants', message: 'Hoogstens 100.000.000 inwoners.' });
    else if (inhabitants !== loaded.inhabitants) inhabitantsChange = inhabitants;
  }
  return { figures, inhabitants: inhabitantsChange, errors };
}

async function load() {
  try {
    fill(await getJSON(path));
    form.hidden = false;
    // The form's heading says which figures these are; the live region tells a screen reader.
    say(`De kerncijfers van ${areaName} over ${year} zijn geladen.`);
    status.classList.add('visually-hidden');
  } catch (error) {
    say(error.message, true);
  }
}

// "change" as well: a field emptied at once (select all, cut) or filled in by the browser may fire no "input".
for (const type of ['input', 'change']) form.addEventListener(type, () => { dirty = true; showComputed(fromRegistrations); });

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearErrors(form);
  const { figures, inhabitants, errors } = changes();
  if (errors.length) { showErrors(form, errors); return; }
  const changed = Object.keys(figures).length + (inhabitants === undefined ? 0 : 1);
  if (changed === 0) { saveStatus.textContent = 'Er is niets gewijzigd; er is niets opgeslagen.'; return; }
  saveStatus.textContent = '';
  busy(button, async () => {
    try {
      if (inhabitants !== undefined) {
        await request('PUT', `/api/v1/municipalities/${encodeURIComponent(area)}/inhabitants/${encodeURIComponent(year)}`, { json: { count: inhabitants } });
      }
      const saved = Object.keys(figures).length
        ? (await request('PUT', path, { json: figures })).data
        : await getJSON(path);
      fill(saved);
      saveStatus.textContent = `Opgeslagen: ${count(changed, 'kerncijfer', 'kerncijfers')} van ${areaName} over ${year}.`;
    } catch (error) {
      if (error instanceof ApiError && error.status === 422 && error.fieldErrors.length) showErrors(form, error.fieldErrors);
      else showFormMessage(form, error.message || 'Opslaan is niet gelukt.');
    }
  });
});

// Typing figures from a paper report takes a while: do not lose them to a stray tap.
window.addEventListener('beforeunload', (event) => {
  if (dirty) event.preventDefault();
});

// The area this browser used last: remembered when one is asked for (the chooser, a link),
// opened again when the address names none and the account has no municipality of its own.
const REMEMBERED_AREA = 'kerncijfers.gebied';

function rememberedArea() {
  const from = document.getElementById('keuze')?.dataset.areaFrom;
  try {
    if (from === 'asked') { localStorage.setItem(REMEMBERED_AREA, area); return null; }
    const last = from === 'first' ? localStorage.getItem(REMEMBERED_AREA) : null;
    const offered = [...document.getElementById('k-gebied').options].some((option) => option.value === last);
    return last && last !== area && offered ? last : null;
  } catch {
    return null; // no storage (a private window): the first one it is
  }
}

const last = rememberedArea();
if (last) {
  const url = new URL(location.href);
  url.searchParams.set('area', last);
  location.replace(url);
} else {
  load();
}
