// /admin/users: the accounts of people. Inviting and resetting give a one-time link,
// shown once as a full URL to copy and pass on; changes (name, role, municipality,
// blocked or not) are PATCHes with If-Match from the account's version.
import { request, getAll, getJSON, ApiError } from './api.js';
import { h, fill } from './dom.js';
import { showErrors, showFormMessage, clearErrors, announce, busy } from './forms.js';
import { optionLabels, dateTime, versionTag } from './admin-labels.js';
import { roleLabel } from './vocabulary.js';

const list = document.getElementById('user-list');
const inviteForm = document.getElementById('invite-form');
const editPanel = document.getElementById('edit-panel');
const editForm = document.getElementById('edit-form');
const linkPanel = document.getElementById('link-panel');
const linkUrl = document.getElementById('link-url');
const municipalities = optionLabels(document.getElementById('invite-municipality'));

/** The accounts shown, by id. */
const users = new Map();
/** The account being edited ({id, version}). */
let editing = null;
/** The question open in a dialog: the account and what to do when the answer is yes. */
let asking = null;

// ---- the list ---------------------------------------------------------------------

function roleText(user) {
  const role = roleLabel(user.role);
  return user.municipality ? `${role} ${municipalities[user.municipality] || user.municipality}` : role;
}

function statusText(user) {
  if (!user.active) return h('span', { class: 'badge badge-cancelled' }, 'geblokkeerd');
  if (!user.has_password) return h('span', { class: 'badge badge-draft' }, 'uitgenodigd, nog geen wachtwoord');
  return 'actief';
}

function renderList() {
  const sorted = [...users.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const rows = sorted.map((user) => h('tr', { 'data-user': user.id },
    h('th', { scope: 'row' }, user.name, h('span', { class: 'admin-email' }, user.email)),
    h('td', { 'data-label': 'Rol' }, roleText(user)),
    h('td', { 'data-label': 'Status' }, statusText(user)),
    h('td', { 'data-label': 'Laatst aangemeld' }, user.last_sign_in_at ? dateTime(user.last_sign_in_at) : 'nooit'),
    h('td', null, h('div', { class: 'admin-row-actions' },
      h('button', { type: 'button', class: 'button-secondary button-small', 'data-action': 'edit', 'data-user': user.id, 'aria-label': `${user.name} wijzigen` }, 'Wijzigen'),
      h('button', { type: 'button', class: 'button-secondary button-small', 'data-action': user.active ? 'block' : 'unblock', 'data-user': user.id,
        'aria-label': user.active ? `${user.name} blokkeren` : `${user.name} weer toelaten` }, user.active ? 'Blokkeren' : 'Weer toelaten'),
      h('button', { type: 'button', class: 'button-secondary button-small', 'data-action': 'reset', 'data-user': user.id, 'aria-label': `Nieuwe link voor ${user.name}` }, 'Nieuwe link')))));
  fill(list, h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Accounts' },
    h('table', { class: 'data admin-table stack-on-phone', id: 'users-table' },
      h('caption', null, sorted.length === 1 ? '1 account' : `${sorted.length} accounts`),
      h('thead', null, h('tr', null, ['Naam en e-mailadres', 'Rol', 'Status', 'Laatst aangemeld', 'Acties']
        .map((text) => h('th', { scope: 'col' }, text)))),
      h('tbody', null, rows))));
}

async function load() {
  users.clear();
  for (const user of await getAll('/api/v1/users?limit=500')) users.set(user.id, user);
  renderList();
}

// ---- the one-time link ---------------------------------------------------------------

function showLink(user, welcome, reset) {
  fill(document.getElementById('link-title'), `Link voor ${user.name}`);
  fill(document.getElementById('link-text'), reset
    ? `Stuur deze nieuwe link aan ${user.email}. Het oude wachtwoord van ${user.name} werkt niet meer; met deze link kiest ${user.name} een nieuw wachtwoord.`
    : `Stuur deze link aan ${user.email}. Daarmee kiest ${user.name} een wachtwoord en is meteen aangemeld.`);
  linkUrl.value = location.origin + welcome.url;
  fill(document.getElementById('link-expires'), dateTime(welcome.expires_at));
  fill(document.getElementById('link-copied'));
  linkPanel.hidden = false;
  document.getElementById('link-title').focus();
}

async function copyLink() {
  linkUrl.select();
  try {
    await navigator.clipboard.writeText(linkUrl.value);
  } catch {
    // Without clipboard access (http on another host) the selected text can still be copied by hand.
    if (!document.execCommand?.('copy')) {
      fill(document.getElementById('link-copied'), 'Kopiëren lukte niet; de link is geselecteerd, kopieer hem met Ctrl+C.');
      return;
    }
  }
  fill(document.getElementById('link-copied'), 'De link is gekopieerd.');
}

// ---- invite -------------------------------------------------------------------------

function municipalityField(form, prefix) {
  const field = document.getElementById(`${prefix}-municipality-field`);
  field.hidden = form.elements.role.value !== 'municipality';
}

function readPerson(form, { email }) {
  const errors = [];
  const body = { name: form.elements.name.value.trim(), role: form.elements.role.value };
  if (!body.name) errors.push({ field: 'name', message: 'Vul de naam in.' });
  if (email) {
    body.email = form.elements.email.value.trim();
    if (!body.email) errors.push({ field: 'email', message: 'Vul het e-mailadres in.' });
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@.]+$/.test(body.email)) errors.push({ field: 'email', message: 'Vul een e-mailadres in, zoals naam@voorbeeld.nl.' });
  }
  if (body.role === 'municipality') {
    body.municipality = form.elements.municipality.value;
    if (!body.municipality) errors.push({ field: 'municipality', message: 'Kies de gemeente van dit account.' });
  }
  return { body, errors };
}

async function invite() {
  const { body, errors } = readPerson(inviteForm, { email: true });
  if (errors.length) { showErrors(inviteForm, errors); return; }
  clearErrors(inviteForm);
  try {
    const { data } = await request('POST', '/api/v1/users', { json: body });
    users.set(data.user.id, data.user);
    renderList();
    inviteForm.reset();
    municipalityField(inviteForm, 'invite');
    showLink(data.user, data.welcome, false);
    announce(`${data.user.name} is uitgenodigd.`);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 409) showErrors(inviteForm, [{ field: 'email', message: 'Er is al een account met dit e-mailadres.' }]);
    else if (error.status === 422 && error.fieldErrors.length) showErrors(inviteForm, error.fieldErrors);
    else showFormMessage(inviteForm, error.message);
  }
}

// ---- change, block, reset -------------------------------------------------------------

async function openEdit(id) {
  const user = await getJSON(`/api/v1/users/${id}`);
  users.set(user.id, user);
  editing = { id: user.id, version: user.version };
  clearErrors(editForm);
  editForm.elements.name.value = user.name;
  editForm.elements.role.value = user.role;
  editForm.elements.municipality.value = user.municipality || '';
  municipalityField(editForm, 'edit');
  fill(document.getElementById('edit-title'), `${user.name} wijzigen`);
  editPanel.hidden = false;
  document.getElementById('edit-title').focus();
}

async function patch(id, version, body) {
  const { data } = await request('PATCH', `/api/v1/users/${id}`, { json: body, headers: { 'If-Match': versionTag(version) } });
  users.set(data.id, data);
  renderList();
  return data;
}

function staleMessage(name) {
  return `Iemand anders heeft het account van ${name} intussen gewijzigd; laad opnieuw.`;
}

async function saveEdit() {
  const { body, errors } = readPerson(editForm, { email: false });
  if (errors.length) { showErrors(editForm, errors); return; }
  clearErrors(editForm);
  try {
    const user = await patch(editing.id, editing.version, body);
    editPanel.hidden = true;
    announce(`Het account van ${user.name} is opgeslagen: ${roleText(user)}.`);
    list.querySelector(`button[data-action="edit"][data-user="${user.id}"]`)?.focus();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 412) showFormMessage(editForm, staleMessage(body.name));
    else if (error.status === 422 && error.fieldErrors.length) showErrors(editForm, error.fieldErrors);
    else showFormMessage(editForm, error.message);
  }
}

async function setActive(id, active) {
  const user = users.get(id);
  try {
    const changed = await patch(id, user.version, { active });
    announce(active ? `${changed.name} kan weer aanmelden.` : `${changed.name} is geblokkeerd en overal afgemeld.`);
    list.querySelector(`button[data-user="${id}"][data-action="${active ? 'block' : 'unblock'}"]`)?.focus();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    announce(error.status === 412 ? staleMessage(user.name) : error.message);
    if (error.status === 412) await load();
  }
}

async function reset(id) {
  const user = users.get(id);
  try {
    const { data } = await request('POST', `/api/v1/users/${id}/reset`);
    users.set(data.user.id, data.user);
    renderList();
    showLink(data.user, data.welcome, true);
    announce(`Er is een nieuwe link voor ${user.name}; het oude wachtwoord werkt niet meer.`);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    announce(error.message);
  }
}

// ---- wiring -------------------------------------------------------------------------

for (const [form, prefix] of [[inviteForm, 'invite'], [editForm, 'edit']]) {
  form.elements.role.addEventListener('change', () => municipalityField(form, prefix));
  municipalityField(form, prefix);
}
inviteForm.addEventListener('submit', (event) => { event.preventDefault(); busy(document.getElementById('invite-button'), invite); });
editForm.addEventListener('submit', (event) => { event.preventDefault(); busy(document.getElementById('edit-save'), saveEdit); });
document.getElementById('edit-cancel').addEventListener('click', () => {
  editPanel.hidden = true;
  list.querySelector(`button[data-action="edit"][data-user="${editing?.id}"]`)?.focus();
});
document.getElementById('link-copy').addEventListener('click', copyLink);
list.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-action]');
  if (!button) return;
  const id = Number(button.dataset.user);
  switch (button.dataset.action) {
    case 'edit': openEdit(id).catch((error) => announce(error.message)); break;
    case 'block': ask('block', id, () => busy(button, () => setActive(id, false))); break;
    case 'unblock': busy(button, () => setActive(id, true)); break;
    case 'reset': ask('reset', id, () => reset(id)); break;
    default: break;
  }
});

// Steps that sign someone out (a new link, blocking) are asked first, in the page's dialogs
// (AdminUsersPage.confirmation): the dialog names the person; its yes-button's value is the action.
function ask(action, id, yes) {
  const dialog = document.getElementById(`${action}-dialog`);
  const user = users.get(id);
  for (const slot of dialog.querySelectorAll('[data-slot]')) fill(slot, user[slot.dataset.slot]);
  asking = { action, id, yes };
  dialog.returnValue = '';
  dialog.showModal();
}
for (const dialog of document.querySelectorAll('dialog[data-confirm]')) {
  dialog.addEventListener('close', () => {
    const question = asking;
    asking = null;
    if (!question) return;
    if (dialog.returnValue === question.action) question.yes();
    else list.querySelector(`button[data-action="${question.action}"][data-user="${question.id}"]`)?.focus();
  });
}

load().catch((error) => announce(error.message));
