// The registration form, for a new registration and for a correction: the locations of
// the chosen municipality, the activity picker, sessions where the activity has them,
// the municipality's orders of that year with that activity, and the checks a person
// can be told about before anything is sent (in Dutch, next to the field).
import { getJSON } from './api.js';
import { h, fill } from './dom.js';
import { clearErrors, showErrors } from './forms.js';
import { ActivityPicker } from './activity-picker.js';
import { todayInAmsterdam, wholeNumber, count } from './staff-text.js';
import { locationKindLabel, statusLabel } from './vocabulary.js';
import { integer } from './format.js';

const KIND_ORDER = { branch: 0, service_point: 1, external: 2 };

/** Whether the activity is held in sessions (dagdelen), so that the form asks how many. */
export function hasSessions(activity) {
  return Boolean(activity) && (activity.sessions_per_unit != null || activity.format === 'course');
}

export class RegistrationForm {
  constructor(form) {
    this.form = form;
    this.municipality = form.elements.municipality;
    this.location = form.elements.location;
    this.picker = new ActivityPicker(form.querySelector('[data-picker]'));
    this.date = form.elements.date;
    this.participants = form.elements.participants;
    this.sessionsField = document.getElementById('veld-dagdelen');
    this.sessions = form.elements.sessions;
    this.sessionsSource = document.getElementById('dagdelen-herkomst');
    this.more = form.querySelector('details.more-fields');
    this.order = form.elements.order_id;
    this.orderHint = document.getElementById('bestelling-uitleg');
    this.partners = form.elements.partners;
    this.notes = form.elements.notes;
    this.activity = null;
    this.locationsLoaded = Promise.resolve();
    this.ordersKey = '';
    this.municipality.addEventListener('change', () => { this.loadLocations(); this.loadOrders(); });
    this.picker.container.addEventListener('activitychange', (event) => { this.activityChanged(event.detail); });
    this.date.addEventListener('change', () => this.loadOrders());
    // The note says where the number came from only while it is still that number.
    this.sessions.addEventListener('input', () => { if (this.sessions.value !== this.sessionsSource.dataset.value) this.showSessionsSource(null); });
  }

  /** Says next to the field that `sessions` was filled in from the activity (null: says nothing). */
  showSessionsSource(sessions) {
    this.sessionsSource.hidden = sessions === null;
    this.sessionsSource.dataset.value = sessions === null ? '' : String(sessions);
    fill(this.sessionsSource.querySelector('[data-slot="sessions"]'), sessions === null ? '' : count(sessions, 'dagdeel', 'dagdelen'));
  }

  municipalityName() {
    return this.municipality.selectedOptions[0]?.textContent.trim() || this.municipality.value;
  }

  locationName() {
    return this.location.value ? this.location.selectedOptions[0]?.dataset.name || '' : '';
  }

  /** The municipality's places, branches first; `selected` (an id) is kept when it is among them. */
  loadLocations(selected = '') {
    const slug = this.municipality.value;
    const placeholder = h('option', { value: '' }, 'Geen vaste locatie');
    if (!slug) {
      fill(this.location, placeholder);
      this.location.disabled = true;
      this.locationsLoaded = Promise.resolve();
      return this.locationsLoaded;
    }
    this.location.disabled = true;
    this.locationsLoaded = getJSON(`/api/v1/locations?municipality=${encodeURIComponent(slug)}&limit=500`).then((data) => {
      if (this.municipality.value !== slug) return;
      const items = (data.items || []).slice().sort((a, b) =>
        (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) || a.name.localeCompare(b.name, 'nl'));
      fill(this.location, placeholder, items.map((item) => h('option', {
        value: item.id, 'data-name': item.name, selected: String(item.id) === String(selected),
      }, `${item.name} (${locationKindLabel(item.kind)})`)));
      this.location.disabled = false;
    }).catch((error) => {
      fill(this.location, placeholder);
      this.location.disabled = false;
      showErrors(this.form, [{ field: 'location', message: `De locaties konden niet worden geladen: ${error.message}` }]);
    });
    return this.locationsLoaded;
  }

  activityChanged(activity, sessions = null) {
    this.activity = activity;
    const show = hasSessions(activity);
    this.sessionsField.hidden = !show;
    if (show) this.sessions.value = String(sessions ?? activity.sessions_per_unit ?? 1);
    else this.sessions.value = '';
    // A number the person did not type is said, not slipped in.
    this.showSessionsSource(show && sessions === null ? Number(this.sessions.value) : null);
    this.loadOrders();
  }

  /** Submitted and confirmed orders of the municipality in the date's year that hold the activity. */
  async loadOrders(selected = this.order.value) {
    const slug = this.municipality.value;
    const code = this.activity?.code;
    const year = /^\d{4}-/.test(this.date.value) ? this.date.value.slice(0, 4) : '';
    const key = `${slug}|${code}|${year}`;
    if (key === this.ordersKey && this.order.options.length > 1) return;
    this.ordersKey = key;
    const none = h('option', { value: '' }, 'Geen bestelling');
    if (!slug || !code || !year) {
      fill(this.order, none);
      this.orderHint.textContent = 'Kies eerst gemeente, activiteit en datum.';
      return;
    }
    let orders = [];
    try {
      const lists = await Promise.all(['submitted', 'confirmed'].map((status) =>
        getJSON(`/api/v1/orders?municipality=${encodeURIComponent(slug)}&year=${year}&status=${status}&limit=500`)));
      orders = lists.flatMap((list) => list.items || [])
        .filter((order) => (order.lines || []).some((line) => line.activity?.code === code))
        .sort((a, b) => String(a.number).localeCompare(String(b.number)));
    } catch (error) {
      this.orderHint.textContent = `De bestellingen konden niet worden geladen: ${error.message}`;
    }
    if (key !== this.ordersKey) return;
    const options = orders.map((order) => h('option', { value: order.id, selected: String(order.id) === String(selected) },
      `${order.number} (${statusLabel(order.status)})`));
    // A correction keeps the order it had, even when that order is no longer listed.
    if (selected && !orders.some((order) => String(order.id) === String(selected))) {
      options.push(h('option', { value: selected, selected: true }, `Bestelling ${selected}`));
    }
    fill(this.order, none, options);
    this.orderHint.textContent = orders.length
      ? `Ingediende en bevestigde bestellingen van ${this.municipalityName()} in ${year} met deze activiteit.`
      : `${this.municipalityName()} heeft in ${year} geen ingediende of bevestigde bestelling met deze activiteit.`;
  }

  /** The form's values checked as far as the browser can: {body, errors}. `correcting` sends cleared fields as null. */
  read({ correcting = false } = {}) {
    const errors = [];
    const body = {};
    if (!this.municipality.value) errors.push({ field: 'municipality', message: 'Kies een gemeente.' });
    else body.municipality = this.municipality.value;
    if (this.location.value) body.location = Number(this.location.value);
    else if (correcting) body.location = null;
    const activity = this.picker.value;
    if (activity) body.activity = activity.code;
    else if (this.picker.text) errors.push({ field: 'activity', message: 'Kies een activiteit uit de lijst: typ een deel van de naam en tik op de juiste.' });
    else errors.push({ field: 'activity', message: 'Kies een activiteit.' });
    const today = todayInAmsterdam();
    if (!this.date.value) errors.push({ field: 'date', message: 'Vul de datum in.' });
    else if (this.date.value > today) errors.push({ field: 'date', message: 'De datum mag niet in de toekomst liggen.' });
    else if (this.date.value < '2000-01-01') errors.push({ field: 'date', message: 'De datum moet in 2000 of later liggen.' });
    else body.date = this.date.value;
    const participants = wholeNumber(this.participants.value);
    if (participants === null) errors.push({ field: 'participants', message: 'Vul het aantal deelnemers in (0 als er niemand kwam).' });
    else if (Number.isNaN(participants)) errors.push({ field: 'participants', message: 'Vul een heel getal in, bijvoorbeeld 14.' });
    else if (participants > 1000000) errors.push({ field: 'participants', message: `Hoogstens ${integer(1000000)} deelnemers.` });
    else body.participants = participants;
    if (!this.sessionsField.hidden) {
      const sessions = wholeNumber(this.sessions.value);
      if (Number.isNaN(sessions)) errors.push({ field: 'sessions', message: 'Vul een heel getal in, bijvoorbeeld 1.' });
      else if (sessions !== null && sessions > 10000) errors.push({ field: 'sessions', message: `Hoogstens ${integer(10000)} dagdelen.` });
      else if (sessions !== null) body.sessions = sessions;
    }
    if (this.order.value) body.order_id = Number(this.order.value);
    else if (correcting) body.order_id = null;
    const partners = this.partners.value.split(',').map((name) => name.trim()).filter(Boolean);
    if (partners.length > 20) errors.push({ field: 'partners', message: 'Hoogstens 20 partners.' });
    else if (partners.some((name) => name.length > 200)) errors.push({ field: 'partners', message: 'Een naam mag hoogstens 200 tekens lang zijn.' });
    else if (partners.length || correcting) body.partners = partners;
    const notes = this.notes.value.trim();
    if (notes.length > 2000) errors.push({ field: 'notes', message: 'De notitie mag hoogstens 2.000 tekens lang zijn.' });
    else if (notes) body.notes = notes;
    else if (correcting) body.notes = null;
    return { body, errors };
  }

  fieldFor(name) {
    if (name === 'activity') return this.picker.input;
    return this.form.elements[name] || null;
  }

  /** Shows errors (ours or the API's) next to their fields; the folded fields unfold when one of them is wrong. */
  showErrors(shown) {
    if (shown.some((error) => ['order_id', 'partners', 'notes'].includes(error.field))) this.more.open = true;
    showErrors(this.form, shown, { fieldFor: (name) => this.fieldFor(name) });
  }

  clearErrors() { clearErrors(this.form); }

  /** Fills the form with a registration from the API (a correction). */
  async fill(registration) {
    this.municipality.value = registration.municipality;
    await this.loadLocations(registration.location ? registration.location.id : '');
    this.date.value = registration.date;
    this.participants.value = String(registration.participants);
    this.partners.value = (registration.partners || []).join(', ');
    this.notes.value = registration.notes || '';
    if (registration.order_id || registration.partners?.length || registration.notes) this.more.open = true;
    // Selected before the activity is set, so that the order list it loads keeps this order.
    fill(this.order, h('option', { value: '' }, 'Geen bestelling'),
      registration.order_id ? h('option', { value: registration.order_id, selected: true }, `Bestelling ${registration.order_id}`) : null);
    // The list carries the activity's reference only; its sessions and format come from the catalogue.
    const activity = await getJSON(`/api/v1/activities/${encodeURIComponent(registration.activity.id)}`);
    await this.picker.set(activity);
    this.activity = activity;
    const show = hasSessions(activity) || registration.sessions !== (activity.sessions_per_unit ?? 1);
    this.sessionsField.hidden = !show;
    this.sessions.value = show ? String(registration.sessions) : '';
    this.showSessionsSource(null);
  }

  /** Ready for the next registration: place and date stay, the rest is emptied. */
  startAnother() {
    this.clearErrors();
    this.picker.choose(null);
    this.participants.value = '';
    this.sessions.value = '';
    this.sessionsField.hidden = true;
    this.showSessionsSource(null);
    this.order.value = '';
    this.partners.value = '';
    this.notes.value = '';
    this.more.open = false;
    const today = todayInAmsterdam();
    this.date.max = today;
    if (this.date.value > today) this.date.value = today;
  }
}
