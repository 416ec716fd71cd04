// /admin/activities: the list of activities (search, programme, active or archived),
// and one editor for a new or an existing activity. Changes go through the API with
// If-Match from the version last read, so that nobody overwrites a change unseen.
import { request, getAll, getJSON, ApiError } from './api.js';
import { h, fill } from './dom.js';
import { showErrors, showFormMessage, clearErrors, announce, busy } from './forms.js';
import { optionLabels, versionTag } from './admin-labels.js';
import { formatLabel, unitLabel } from './vocabulary.js';

const filters = document.getElementById('activity-filters');
const list = document.getElementById('activity-list');
const editor = document.getElementById('editor');
const form = document.getElementById('activity-form');
const title = document.getElementById('editor-title');
const archiveButton = document.getElementById('archive-activity');
const restoreButton = document.getElementById('restore-activity');
const reloadButton = document.getElementById('reload-activity');
const dialog = document.getElementById('archive-dialog');
const programmes = optionLabels(document.getElementById('filter-programme'));

/** The activity being edited ({id, version, name, active}), or null for a new one. */
let editing = null;

const STALE = 'Iemand anders heeft deze activiteit gewijzigd; laad opnieuw.';

// ---- the list ---------------------------------------------------------------------

function filterQuery() {
  const params = new URLSearchParams();
  const q = filters.elements.q.value.trim();
  if (q) params.set('q', q);
  if (filters.elements.programme.value) params.set('programme', filters.elements.programme.value);
  params.set('active', filters.elements.active.value);
  return params;
}

async function loadList() {
  const params = filterQuery();
  history.replaceState(null, '', `${location.pathname}?${params}`);
  params.set('limit', '500');
  try {
    const items = await getAll(`/api/v1/activities?${params}`);
    renderList(items);
    announce(items.length === 1 ? '1 activiteit gevonden.' : `${items.length} activiteiten gevonden.`);
  } catch (error) {
    fill(list);
    announce(error instanceof ApiError && error.status === 422
      ? 'Zoek op een woord met minstens één letter of cijfer.' : error.message);
  }
}

function renderList(items) {
  if (!items.length) {
    fill(list, h('p', { class: 'empty' }, 'Geen activiteiten gevonden met deze zoekopdracht.'));
    return;
  }
  const rows = items.map((activity) => h('tr', { 'data-activity': activity.id },
    h('th', { scope: 'row' },
      h('a', { href: `/catalogue/${encodeURIComponent(activity.code)}` }, activity.name),
      h('span', { class: 'admin-code' }, activity.code)),
    h('td', { 'data-label': 'Programma' }, programmes[activity.programme] || activity.programme),
    h('td', { 'data-label': 'Vorm' }, formatLabel(activity.format)),
    h('td', { 'data-label': 'Prijseenheid' }, unitLabel(activity.unit)),
    h('td', { 'data-label': 'Status' }, activity.active ? 'actief' : h('span', { class: 'badge badge-muted' }, 'gearchiveerd')),
    h('td', null, h('button', {
      type: 'button', class: 'button-secondary button-small', 'data-edit': activity.id,
      'aria-label': `${activity.name} wijzigen`,
    }, 'Wijzigen'))));
  fill(list, h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Activiteiten' },
    h('table', { class: 'data admin-table stack-on-phone' },
      h('thead', null, h('tr', null, ['Activiteit', 'Programma', 'Vorm', 'Prijseenheid', 'Status', 'Actie']
        .map((text) => h('th', { scope: 'col' }, text)))),
      h('tbody', null, rows))));
}

// ---- the editor -------------------------------------------------------------------

function openEditor(activity) {
  editing = activity ? { id: activity.id, version: activity.version, name: activity.name, active: activity.active } : null;
  form.reset();
  clearErrors(form);
  reloadButton.hidden = true;
  const fields = form.elements;
  if (activity) {
    for (const name of ['code', 'name', 'summary', 'description', 'programme', 'format', 'unit']) fields[name].value = activity[name] ?? '';
    fields.sessions_per_unit.value = activity.sessions_per_unit ?? '';
    fields.max_participants.value = activity.max_participants ?? '';
    for (const box of form.querySelectorAll('input[name="audiences"]')) box.checked = activity.audiences.includes(box.value);
  }
  fill(title, activity ? `${activity.name} wijzigen` : 'Nieuwe activiteit');
  archiveButton.hidden = !activity || !activity.active;
  restoreButton.hidden = !activity || activity.active;
  editor.hidden = false;
  title.focus();
  editor.scrollIntoView({ block: 'start' });
}

function closeEditor() {
  editor.hidden = true;
  editing = null;
}

/** Keeps the keyboard where the person was: the activity's row, else the "new" button. */
function focusActivity(id) {
  const button = list.querySelector(`button[data-edit="${id}"]`);
  (button || document.getElementById('new-activity')).focus();
}

/** The form as the API's body, or {errors} in Dutch for what we can check here. */
function readForm() {
  const fields = form.elements;
  const errors = [];
  const text = (name) => fields[name].value.trim();
  const code = text('code');
  if (!code) errors.push({ field: 'code', message: 'Vul een code in.' });
  else if (!/^[a-z][a-z0-9-]*$/.test(code)) errors.push({ field: 'code', message: 'Alleen kleine letters, cijfers en streepjes, en beginnen met een letter.' });
  if (!text('name')) errors.push({ field: 'name', message: 'Vul een naam in.' });
  for (const [name, what] of [['programme', 'een programma'], ['format', 'een vorm'], ['unit', 'een prijseenheid']]) {
    if (!fields[name].value) errors.push({ field: name, message: `Kies ${what}.` });
  }
  const whole = (name, max) => {
    const value = text(name);
    if (!value) return null;
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
      errors.push({ field: name, message: `Vul een heel getal in van 1 tot en met ${max.toLocaleString('nl-NL')}, of laat het leeg.` });
      return null;
    }
    return Number(value);
  };
  const body = {
    code, name: text('name'), summary: text('summary'), description: fields.description.value.trim(),
    programme: fields.programme.value, format: fields.format.value, unit: fields.unit.value,
    audiences: [...form.querySelectorAll('input[name="audiences"]:checked')].map((box) => box.value),
    sessions_per_unit: whole('sessions_per_unit', 1000),
    max_participants: whole('max_participants', 100000),
  };
  return errors.length ? { errors } : { body };
}

const fieldFor = (name) => {
  const base = name.replace(/\[\d+\]$/, '');
  return base === 'audiences' ? document.getElementById('act-audiences') : form.elements[base] || null;
};

function explainFailure(error) {
  if (error.status === 412) {
    reloadButton.hidden = false;
    showFormMessage(form, STALE);
  } else if (error.status === 422 && error.fieldErrors.length) {
    showErrors(form, error.fieldErrors, { fieldFor });
  } else if (error.problem?.code === 'activity.unit_locked') {
    showErrors(form, [{ field: 'unit', message: error.message }], { fieldFor });
  } else {
    showFormMessage(form, error.message);
  }
}

async function save() {
  const { body, errors } = readForm();
  if (errors) { showErrors(form, errors, { fieldFor }); return; }
  clearErrors(form);
  try {
    const response = editing
      ? await request('PATCH', `/api/v1/activities/${editing.id}`, { json: body, headers: { 'If-Match': versionTag(editing.version) } })
      : await request('POST', '/api/v1/activities', { json: body });
    const saved = response.data;
    closeEditor();
    await loadList();
    focusActivity(saved.id);
    announce(`${saved.name} is ${response.status === 201 ? 'toegevoegd' : 'opgeslagen'}.`);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    explainFailure(error);
  }
}

async function edit(id) {
  try {
    openEditor(await getJSON(`/api/v1/activities/${id}`));
  } catch (error) {
    announce(error.message);
  }
}

async function setActive(active) {
  const method = active ? 'PATCH' : 'DELETE';
  const options = { headers: { 'If-Match': versionTag(editing.version) } };
  if (active) options.json = { active: true };
  try {
    const { data } = await request(method, `/api/v1/activities/${editing.id}`, options);
    closeEditor();
    await loadList();
    focusActivity(data.id);
    announce(active ? `${data.name} is weer actief.` : `${data.name} is gearchiveerd. In oude bestellingen en registraties blijft ze staan.`);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    explainFailure(error);
  }
}

// ---- wiring -----------------------------------------------------------------------

filters.addEventListener('submit', (event) => { event.preventDefault(); loadList(); });
document.getElementById('new-activity').addEventListener('click', () => openEditor(null));
document.getElementById('cancel-edit').addEventListener('click', () => {
  const id = editing?.id;
  closeEditor();
  focusActivity(id);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  busy(document.getElementById('save-activity'), save);
});
list.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-edit]');
  if (button) edit(button.dataset.edit);
});
reloadButton.addEventListener('click', () => edit(editing.id));
restoreButton.addEventListener('click', () => busy(restoreButton, () => setActive(true)));
archiveButton.addEventListener('click', () => {
  fill(document.getElementById('archive-text'), `U archiveert “${editing.name}”.`);
  dialog.returnValue = '';
  dialog.showModal();
});
dialog.addEventListener('close', () => {
  if (dialog.returnValue === 'archive') busy(archiveButton, () => setActive(false));
  else archiveButton.focus();
});

const initial = new URLSearchParams(location.search);
filters.elements.q.value = initial.get('q') || '';
if (initial.get('programme') && programmes[initial.get('programme')]) filters.elements.programme.value = initial.get('programme');
if (['true', 'false', 'all'].includes(initial.get('active'))) filters.elements.active.value = initial.get('active');
loadList();
