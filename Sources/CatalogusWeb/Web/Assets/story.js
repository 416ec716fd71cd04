// "Verhaal schrijven" and "Verhaal corrigeren": a story of a municipality's jaarbericht,
// about registrations the person ticks. Saved with POST (new) or PATCH with If-Match (a
// correction of the story read a moment ago). The figures are the server's, computed
// from the ticked registrations; the page only shows them.
import { request, getAll, ApiError } from './api.js';
import { h, fill } from './dom.js';
import { announce, busy, clearErrors, showErrors, showFormMessage } from './forms.js';
import { integer } from './format.js';
import { shortDate, longDate, count } from './staff-text.js';

const form = document.getElementById('verhaal');
const saveButton = form.querySelector('button[type="submit"]');
const choices = document.getElementById('registratie-keuzes');
const together = document.getElementById('samen');
const field = (name) => form.elements.namedItem(name);
const ticked = new Set();
let highlightID = form.dataset.highlight || null;
let etag = null;

if (Number(form.dataset.registration) > 0) ticked.add(Number(form.dataset.registration));

/** "3 registraties, 82 deelnemers, 3 dagdelen (2 okt 2024 – 12 okt 2024)". */
function describe(figures) {
  const dates = figures.first_date ? ` (${shortDate(figures.first_date)} – ${shortDate(figures.last_date)})` : '';
  return `${count(figures.registrations, 'registratie', 'registraties')}, ${count(figures.participants, 'deelnemer', 'deelnemers')}, `
    + `${count(figures.sessions, 'dagdeel', 'dagdelen')}${dates}`;
}

function showTogether(items) {
  const chosen = items.filter((item) => ticked.has(item.id));
  const participants = chosen.reduce((sum, item) => sum + item.participants, 0);
  together.textContent = chosen.length
    ? `Aangevinkt: ${count(chosen.length, 'registratie', 'registraties')} met samen ${integer(participants)} deelnemers.`
    : 'Nog geen registratie aangevinkt.';
}

/** The registrations of the chosen municipality, year and programme, to tick. */
async function loadChoices() {
  const municipality = field('municipality').value;
  const year = field('year').value.trim();
  const programme = field('programme').value;
  if (!municipality || !/^\d{4}$/.test(year) || !programme) {
    fill(choices, h('li', { class: 'hint' }, 'Kies eerst gemeente, jaar en programma.'));
    together.textContent = '';
    return;
  }
  const query = new URLSearchParams({ municipality, programme, from: `${year}-01-01`, to: `${year}-12-31`, limit: '500' });
  try {
    // The ticked ones first (a story's own, the registration it was made from), then by date.
    const items = (await getAll(`/api/v1/registrations?${query}`, 10)).sort((a, b) => ticked.has(b.id) - ticked.has(a.id));
    const rows = items.map((item) => {
      const id = `registratie-${item.id}`;
      const box = h('input', { type: 'checkbox', id, value: String(item.id) });
      box.checked = ticked.has(item.id);
      box.addEventListener('change', () => {
        if (box.checked) ticked.add(item.id); else ticked.delete(item.id);
        showTogether(items);
      });
      const place = item.location ? `, ${item.location.name}` : '';
      return h('li', null, box, h('label', { for: id },
        `${item.activity.name}, ${longDate(item.date)}${place}: ${count(item.participants, 'deelnemer', 'deelnemers')}`));
    });
    fill(choices, ...(rows.length ? rows : [h('li', { class: 'hint' }, 'Geen registraties van deze gemeente in dit jaar en programma.')]));
    showTogether(items);
  } catch (error) {
    fill(choices, h('li', { class: 'status-error' }, error.message));
  }
}

function body() {
  const optional = (name) => field(name).value.trim() || null;
  const values = {
    programme: field('programme').value, title: field('title').value.trim(), text: field('text').value,
    quote: optional('quote'), quote_by: optional('quote_by'), registrations: [...ticked],
  };
  // A story stays with its municipality and year once written.
  if (!highlightID) Object.assign(values, { municipality: field('municipality').value, year: Number(field('year').value) });
  return values;
}

function explainFailure(error) {
  if (error instanceof ApiError && error.status === 422 && error.fieldErrors.length) {
    showErrors(form, error.fieldErrors);
  } else if (error instanceof ApiError && error.status === 412) {
    showFormMessage(form, 'Iemand anders heeft dit verhaal intussen gewijzigd. Laad de pagina opnieuw; dan ziet u de nieuwe tekst en kunt u opnieuw corrigeren.');
  } else {
    showFormMessage(form, error.message || 'Opslaan is niet gelukt.');
  }
}

function saved(story) {
  document.getElementById('opgeslagen-tekst').textContent = `‘${story.title}’: ${describe(story.figures)}.`;
  form.hidden = true;
  const done = document.getElementById('opgeslagen');
  done.hidden = false;
  announce(`Opgeslagen. ${describe(story.figures)}.`);
  done.focus();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearErrors(form);
  busy(saveButton, async () => {
    try {
      const response = highlightID
        ? await request('PATCH', `/api/v1/highlights/${encodeURIComponent(highlightID)}`, { json: body(), headers: etag ? { 'If-Match': etag } : {} })
        : await request('POST', '/api/v1/highlights', { json: body() });
      saved(response.data);
    } catch (error) {
      explainFailure(error);
    }
  });
});

for (const name of ['municipality', 'year', 'programme']) field(name).addEventListener('change', loadChoices);

async function loadStory() {
  try {
    const response = await request('GET', `/api/v1/highlights/${encodeURIComponent(highlightID)}`);
    etag = response.headers.get('ETag');
    const story = response.data;
    for (const name of ['municipality', 'year', 'programme', 'title', 'text', 'quote', 'quote_by']) field(name).value = story[name] ?? '';
    field('municipality').disabled = true;
    field('year').readOnly = true;
    for (const id of story.registrations) ticked.add(id);
    form.hidden = false;
    announce(`Verhaal ‘${story.title}’: ${describe(story.figures)}.`);
    await loadChoices();
  } catch (error) {
    announce(error.status === 404 ? 'Dit verhaal bestaat niet (meer).' : error.message);
  }
}

if (highlightID) loadStory(); else loadChoices();
