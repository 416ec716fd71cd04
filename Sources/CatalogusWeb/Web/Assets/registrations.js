// The list of registrations: filtered like the API's list, 50 at a time ("Meer laden"),
// each row with a correction (its own page) and a deletion after a confirmation that
// says exactly what goes.
import { getJSON, request, ApiError } from './api.js';
import { h, fill } from './dom.js';
import { announce, showErrors, clearErrors } from './forms.js';
import { integer } from './format.js';
import { ActivityPicker } from './activity-picker.js';
import { longDate, shortDate, count } from './staff-text.js';

const PAGE_SIZE = 50;
const filters = document.getElementById('filters');
const picker = new ActivityPicker(filters.querySelector('[data-picker]'));
const status = document.getElementById('status');
const table = document.getElementById('lijst');
const body = table.querySelector('tbody');
const empty = document.getElementById('leeg');
const countText = document.getElementById('aantal');
const heading = document.getElementById('lijst-kop');
const more = document.getElementById('meer-laden');
const corrected = document.getElementById('gecorrigeerd');
const dialog = document.getElementById('verwijder-dialoog');
const dialogText = document.getElementById('verwijder-wat');

const municipalityNames = Object.fromEntries([...filters.elements.municipality.options]
  .filter((option) => option.value).map((option) => [option.value, option.textContent.trim()]));

let cursor = null;
let loading = 0;

/** `quiet`: for screen readers only, when the page already shows it (the count at the heading). */
function say(message, isError = false, { quiet = false } = {}) {
  status.textContent = message;
  status.classList.toggle('status-error', isError);
  status.classList.toggle('visually-hidden', quiet && !isError);
}

/** The filters as the page's own query (for the URL) and as the API's. */
function chosenFilters() {
  const query = new URLSearchParams();
  for (const name of ['municipality', 'programme', 'from', 'to']) {
    const value = filters.elements[name].value.trim();
    if (value) query.set(name, value);
  }
  if (picker.value) query.set('activity', picker.value.code);
  return query;
}

/** The list as it is now, for the correction page to come back to. */
function listAddress() {
  const query = chosenFilters();
  // An empty filter means "everything"; say so, or the page would fall back to this year.
  if ([...query.keys()].length === 0) query.set('from', '');
  return `/registrations?${query}`;
}

function what(item) {
  const place = item.location ? `${item.location.name} (${municipalityNames[item.municipality] || item.municipality})`
    : municipalityNames[item.municipality] || item.municipality;
  return `${item.activity.name} op ${longDate(item.date)} in ${place}, ${count(item.participants, 'deelnemer', 'deelnemers')}`;
}

function cell(label, content, attributes = {}) {
  return h('td', attributes, h('span', { class: 'cell-label', 'aria-hidden': 'true' }, label), content);
}

function row(item) {
  const named = `${item.activity.name}, ${shortDate(item.date)}`;
  const edit = `/registrations/${encodeURIComponent(item.id)}/edit?terug=${encodeURIComponent(listAddress())}`;
  const remove = h('button', { type: 'button', class: 'button-secondary button-small', 'data-delete': item.id },
    'Verwijderen', h('span', { class: 'visually-hidden' }, ` (${named})`));
  remove.addEventListener('click', () => confirmDelete(item, remove));
  return h('tr', { 'data-id': item.id },
    h('th', { scope: 'row', class: 'activity-cell' }, item.activity.name, h('span', { class: 'activity-code' }, item.activity.code)),
    cell('Datum', h('time', { datetime: item.date }, shortDate(item.date)), { class: 'date-cell' }),
    cell('Gemeente', municipalityNames[item.municipality] || item.municipality),
    cell('Locatie', item.location ? item.location.name : '–'),
    cell('Deelnemers', integer(item.participants), { class: 'num' }),
    cell('Dagdelen', integer(item.sessions), { class: 'num' }),
    h('td', { class: 'actions' },
      h('a', { class: 'button-link button-secondary button-small', href: edit },
        'Corrigeren', h('span', { class: 'visually-hidden' }, ` (${named})`)),
      h('a', { class: 'button-link button-secondary button-small', href: `/registrations/story?registration=${encodeURIComponent(item.id)}` },
        'Maak er een verhaal van', h('span', { class: 'visually-hidden' }, ` (${named})`)),
      remove));
}

function showCount() {
  const n = body.rows.length;
  countText.textContent = cursor ? `(${integer(n)} getoond, er zijn er meer)` : `(${integer(n)})`;
  table.hidden = n === 0;
  empty.hidden = n !== 0;
  more.hidden = !cursor;
}

async function load({ append = false } = {}) {
  const sequence = ++loading;
  const query = chosenFilters();
  query.set('limit', String(PAGE_SIZE));
  query.set('sort', '-date');  // newest first: what was just recorded is on top
  if (append && cursor) query.set('cursor', cursor);
  say(append ? 'Meer registraties laden…' : 'Registraties laden…');
  more.disabled = true;
  try {
    const data = await getJSON(`/api/v1/registrations?${query}`);
    if (sequence !== loading) return;
    if (!append) body.replaceChildren();
    const rows = (data.items || []).map(row);
    body.append(...rows);
    cursor = data.next_cursor || null;
    showCount();
    say(append ? `${count(rows.length, 'registratie', 'registraties')} erbij geladen.`
      : `${count(body.rows.length, 'registratie', 'registraties')} gevonden${cursor ? ' (de eerste 50; kies “Meer laden” voor de rest)' : ''}.`,
      false, { quiet: true });
    if (append && rows[0]) rows[0].querySelector('a').focus();
  } catch (error) {
    if (sequence !== loading) return;
    say(error.message, true);
  } finally {
    more.disabled = false;
  }
}

function confirmDelete(item, button) {
  dialogText.textContent = `${what(item)}.`;
  dialog.returnValue = '';
  dialog.showModal();
  dialog.addEventListener('close', async () => {
    if (dialog.returnValue !== 'verwijder') return;
    button.disabled = true;
    try {
      // If-Match: the registration goes only as it was listed, not after someone corrected it.
      await request('DELETE', `/api/v1/registrations/${encodeURIComponent(item.id)}`, { headers: { 'If-Match': `"${item.version}"` } });
      body.querySelector(`tr[data-id="${CSS.escape(String(item.id))}"]`)?.remove();
      showCount();
      say(`Verwijderd: ${what(item)}.`);
      heading.focus();
    } catch (error) {
      button.disabled = false;
      say(error instanceof ApiError && error.status === 412
        ? 'Deze registratie is intussen gewijzigd en is niet verwijderd. Laad de lijst opnieuw en kijk eerst wat er veranderd is.'
        : `Niet verwijderd: ${error.message}`, true);
      button.focus();
    }
  }, { once: true });
}

/** Coming back from a correction: say so, and mark the row. */
function showCorrected() {
  const url = new URL(location.href);
  const id = url.searchParams.get('gecorrigeerd');
  if (!id) return;
  url.searchParams.delete('gecorrigeerd');
  history.replaceState(null, '', url.pathname + url.search);
  fill(corrected, h('p', null, 'De correctie is opgeslagen.'));
  corrected.hidden = false;
  return id;
}

filters.addEventListener('submit', (event) => {
  event.preventDefault();
  clearErrors(filters);
  const from = filters.elements.from.value;
  const to = filters.elements.to.value;
  if (from && to && to < from) {
    showErrors(filters, [{ field: 'to', message: 'Deze datum ligt vóór de datum bij “Van”.' }]);
    return;
  }
  if (!picker.value && picker.text) {
    showErrors(filters, [{ field: 'activity', message: 'Kies een activiteit uit de lijst, of maak het veld leeg.' }],
      { fieldFor: () => picker.input });
    return;
  }
  corrected.hidden = true;
  history.replaceState(null, '', listAddress());
  load();
});

more.addEventListener('click', () => load({ append: true }));

const correctedID = showCorrected();
load().then(() => {
  if (!correctedID) return;
  const changed = body.querySelector(`tr[data-id="${CSS.escape(correctedID)}"]`);
  if (changed) {
    changed.classList.add('highlight');
    fill(corrected, h('p', null, 'De correctie is opgeslagen; de registratie is hieronder gemarkeerd.'));
  }
  corrected.focus();
});
