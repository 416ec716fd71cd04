// /admin/orders: the orders of the chosen status, year and municipality (submitted by
// default: the ones waiting for the admin). Confirm, reopen and cancel are one click
// each (cancel asks for a reason first), sent with If-Match from the order's version;
// the order then shows its new status in place.
import { request, getAll, getJSON, ApiError } from './api.js';
import { h, fill } from './dom.js';
import { announce, busy } from './forms.js';
import { money } from './format.js';
import { optionLabels, dateTime, versionTag } from './admin-labels.js';
import { statusLabel } from './vocabulary.js';

const filters = document.getElementById('order-filters');
const list = document.getElementById('order-list');
const municipalities = optionLabels(document.getElementById('filter-municipality'));

/** The orders shown, by id, as last read from the API. */
const orders = new Map();

function submittedAt(order) {
  const entries = order.history.filter((entry) => entry.status === 'submitted');
  return entries.length ? entries[entries.length - 1].at : null;
}

function fact(term, ...value) {
  return h('div', null, h('dt', null, term), h('dd', null, ...value));
}

function actionButton(order, action, text, label, extraClass = '') {
  return h('button', {
    type: 'button', class: `button-small ${extraClass}`.trim(), 'data-action': action, 'data-order': order.id,
    'aria-label': `Bestelling ${order.number} ${label}`,
  }, text);
}

function cancelForm(order) {
  const id = `reden-${order.id}`;
  const required = order.status === 'confirmed';
  return h('form', { class: 'cancel-form', 'data-cancel': order.id, hidden: true, novalidate: true },
    h('div', { class: 'field' },
      h('label', { for: id }, required ? 'Reden van annuleren (verplicht)' : 'Reden van annuleren (niet verplicht)'),
      h('textarea', { id, name: 'reason', rows: '2', maxlength: '1000', required, 'aria-describedby': `${id}-hint` }),
      h('p', { class: 'hint', id: `${id}-hint` }, 'De gemeente ziet de reden bij de bestelling.')),
    h('div', { class: 'form-actions' },
      h('button', { type: 'submit', class: 'button-danger button-small', 'aria-label': `Bestelling ${order.number} definitief annuleren` }, 'Annuleren bevestigen'),
      h('button', { type: 'button', class: 'button-secondary button-small', 'data-action': 'keep', 'data-order': order.id }, 'Niet annuleren')));
}

function renderOrder(order, message = '') {
  const at = submittedAt(order);
  const buttons = [];
  if (order.status === 'submitted') {
    buttons.push(actionButton(order, 'confirm', 'Bevestigen', 'bevestigen'));
    buttons.push(actionButton(order, 'reopen', 'Terug naar concept', 'terugzetten naar concept', 'button-secondary'));
  }
  if (order.status !== 'cancelled') buttons.push(actionButton(order, 'cancel-open', 'Annuleren…', 'annuleren', 'button-secondary'));
  return h('li', { class: `order-item panel status-${order.status}`, 'data-order': order.id, id: `bestelling-${order.id}` },
    h('div', { class: 'order-head' },
      h('h2', null, h('a', { href: `/orders/${order.id}` }, order.number)),
      h('span', { class: `badge badge-${order.status}` }, statusLabel(order.status))),
    h('dl', { class: 'order-facts' },
      fact('Gemeente', municipalities[order.municipality] || order.municipality),
      fact('Jaar', String(order.year)),
      fact('Netto', money(order.totals.net_cents)),
      fact('Inclusief btw', money(order.totals.gross_cents)),
      fact('Ingediend', at ? dateTime(at) : 'nog niet'),
      order.reference ? fact('Kenmerk', order.reference) : null,
      order.status === 'cancelled' && order.cancel_reason ? fact('Reden', order.cancel_reason) : null),
    message ? h('p', { class: 'order-message', 'data-message': order.id }, message) : null,
    buttons.length ? h('div', { class: 'form-actions order-actions' }, buttons) : null,
    order.status !== 'cancelled' ? cancelForm(order) : null);
}

function replace(order, message) {
  orders.set(order.id, order);
  const old = document.getElementById(`bestelling-${order.id}`);
  const fresh = renderOrder(order, message);
  old.replaceWith(fresh);
  return fresh;
}

async function load() {
  const params = new URLSearchParams();
  for (const name of ['status', 'year', 'municipality']) if (filters.elements[name].value) params.set(name, filters.elements[name].value);
  params.set('limit', '500');
  try {
    const items = await getAll(`/api/v1/orders?${params}`);
    orders.clear();
    for (const order of items) orders.set(order.id, order);
    // Newest first: the last submitted is the one most likely asked about.
    items.sort((a, b) => (submittedAt(b) || b.updated_at).localeCompare(submittedAt(a) || a.updated_at));
    fill(list, items.map((order) => renderOrder(order)));
    announce(items.length ? (items.length === 1 ? '1 bestelling.' : `${items.length} bestellingen.`) : 'Geen bestellingen met deze keuze.');
    if (!items.length) fill(list, h('li', { class: 'empty' }, 'Geen bestellingen met deze keuze.'));
  } catch (error) {
    announce(error.message);
  }
}

const DONE = {
  confirm: (n) => `Bestelling ${n} is bevestigd.`,
  reopen: (n) => `Bestelling ${n} is teruggezet naar concept; de gemeente kan haar weer wijzigen.`,
  cancel: (n) => `Bestelling ${n} is geannuleerd.`,
};

async function change(id, action, body) {
  const order = orders.get(id);
  try {
    const options = { headers: { 'If-Match': versionTag(order.version) } };
    if (body) options.json = body;
    const { data } = await request('POST', `/api/v1/orders/${id}/${action}`, options);
    const message = DONE[action](data.number);
    replace(data, message).querySelector('h2 a').focus();
    announce(message);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    let message = error.message;
    if (error.status === 412 || error.status === 409) {
      // Someone else changed it first: show the order as it is now, and say so.
      let current = order;
      try { current = await getJSON(`/api/v1/orders/${id}`); } catch { /* keep what is shown */ }
      message = error.status === 412
        ? `Iemand anders heeft bestelling ${order.number} intussen gewijzigd; hieronder staat ze zoals ze nu is.`
        : `Dit kan niet meer: bestelling ${order.number} is nu ${statusLabel(current.status)}.`;
      replace(current, message);
    } else if (error.status === 422 && error.fieldErrors.some((e) => e.field === 'reason')) {
      message = 'Vul een reden in: een bevestigde bestelling annuleren kan alleen met een reden.';
      const form = document.querySelector(`[data-cancel="${id}"]`);
      if (form) { form.hidden = false; form.elements.reason.focus(); }
    }
    announce(message);
  }
}

list.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-action]');
  if (!button) return;
  const id = Number(button.dataset.order);
  const form = document.querySelector(`[data-cancel="${id}"]`);
  switch (button.dataset.action) {
    case 'confirm': busy(button, () => change(id, 'confirm')); break;
    case 'reopen': busy(button, () => change(id, 'reopen')); break;
    case 'cancel-open': form.hidden = false; form.elements.reason.focus(); break;
    case 'keep': form.hidden = true; document.querySelector(`[data-action="cancel-open"][data-order="${id}"]`)?.focus(); break;
    default: break;
  }
});

list.addEventListener('submit', (event) => {
  const form = event.target.closest('form[data-cancel]');
  if (!form) return;
  event.preventDefault();
  const id = Number(form.dataset.cancel);
  const reason = form.elements.reason.value.trim();
  const field = form.elements.reason;
  const note = form.querySelector('.field-error');
  if (note) note.remove();
  if (!reason && orders.get(id).status === 'confirmed') {
    const error = h('p', { class: 'field-error', id: `${field.id}-fout` }, 'Vul een reden in: een bevestigde bestelling annuleren kan alleen met een reden.');
    field.closest('.field').append(error);
    field.setAttribute('aria-invalid', 'true');
    field.setAttribute('aria-describedby', `${field.id}-hint ${field.id}-fout`);
    field.focus();
    announce(error.textContent);
    return;
  }
  busy(form.querySelector('button[type="submit"]'), () => change(id, 'cancel', reason ? { reason } : undefined));
});

load();
