// CSV upload: the file goes to POST /api/v1/registrations/bulk as it is (text/csv). The
// endpoint saves every row or none; on 422 every bad row is listed with its number and
// field, and the page says plainly that nothing was saved.
import { request, ApiError } from './api.js';
import { h, fill } from './dom.js';
import { busy, showErrors, clearErrors } from './forms.js';
import { integer } from './format.js';
import { count } from './staff-text.js';
import { fieldLabel } from './vocabulary.js';

const form = document.getElementById('upload');
const input = document.getElementById('bestand');
const button = form.querySelector('button[type="submit"]');
const result = document.getElementById('uitslag');
const status = document.getElementById('status');

// The endpoint reads at most this many rows; a bigger file is refused before it is sent.
const MAX_BYTES = 8 * 1024 * 1024;

/** The live region says every step; it shows only the progress, since the outcome has its own box below. */
function say(message, { visible = false } = {}) {
  status.textContent = message;
  status.classList.toggle('visually-hidden', !visible);
}

/** The outcome, with the focus on its heading so that a keyboard user lands on it. */
function show(...children) {
  fill(result, ...children);
  const heading = result.querySelector('h2');
  heading.tabIndex = -1;
  heading.focus();
}

/** The bad rows as a table: row number (as in the file, header not counted), column, problem. */
function problemsTable(errors) {
  const caption = 'Regels die niet kloppen';
  return h('div', { class: 'table-scroll', role: 'region', 'aria-label': caption, tabindex: 0 },
    h('table', { class: 'data upload-errors' },
      h('caption', null, caption),
      h('thead', null, h('tr', null,
        h('th', { scope: 'col', class: 'num' }, 'Regel'), h('th', { scope: 'col' }, 'Kolom'), h('th', { scope: 'col' }, 'Wat niet klopt'))),
      h('tbody', null, errors.map((error) => h('tr', { 'data-row': error.row ?? '' },
        h('td', { class: 'num' }, error.row != null ? integer(error.row) : '–'),
        h('td', null, error.field === '(row)' ? 'hele regel' : fieldLabel(error.field), error.field && !error.field.startsWith('(')
          ? h('span', { class: 'activity-code' }, error.field) : null),
        h('td', null, error.message))))));
}

function failed(error) {
  const errors = error instanceof ApiError ? error.fieldErrors : [];
  if (error instanceof ApiError && error.status === 422 && errors.length) {
    const rows = new Set(errors.filter((e) => e.row != null).map((e) => e.row));
    const headline = rows.size
      ? `Er is niets opgeslagen: ${count(rows.size, 'regel klopt', 'regels kloppen')} niet.`
      : 'Er is niets opgeslagen: de kopregel of het bestand klopt niet.';
    say(headline);
    show(h('div', { class: 'notice notice-error upload-result' },
      h('h2', null, headline),
      h('p', null, rows.size
        ? 'Verbeter deze regels in uw spreadsheet (de regelnummers tellen vanaf de eerste regel onder de kopregel), sla het bestand opnieuw op als CSV en upload het nog eens. De andere regels zijn in orde, maar ook die zijn niet opgeslagen: alles of niets.'
        : 'Vergelijk de kopregel met het voorbeeld hierboven.'),
      problemsTable(errors)));
    return;
  }
  const message = error.message || 'Uploaden is niet gelukt.';
  say(`Er is niets opgeslagen. ${message}`);
  show(h('div', { class: 'notice notice-error upload-result' },
    h('h2', null, 'Er is niets opgeslagen'), h('p', null, message)));
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearErrors(form);
  const file = input.files[0];
  if (!file) { showErrors(form, [{ field: 'file', message: 'Kies eerst een CSV-bestand.' }]); return; }
  if (file.size > MAX_BYTES) { showErrors(form, [{ field: 'file', message: 'Dit bestand is te groot; upload hoogstens 10.000 regels tegelijk.' }]); return; }
  fill(result);
  say(`${file.name} wordt geüpload…`, { visible: true });
  busy(button, async () => {
    try {
      const text = await file.text();
      const response = await request('POST', '/api/v1/registrations/bulk', { body: text, contentType: 'text/csv; charset=utf-8' });
      const saved = response.data.created;
      const headline = `${count(saved, 'registratie', 'registraties')} opgeslagen.`;
      say(headline);
      show(h('div', { class: 'success upload-result' },
        h('h2', null, headline),
        h('p', null, `Alle regels van ${file.name} zijn opgeslagen. `, h('a', { href: '/registrations' }, 'Bekijk ze in het overzicht'), '.')));
      form.reset();
    } catch (error) {
      failed(error);
    }
  });
});
