// The activity field: a combobox (WAI-ARIA 1.2 "list autocomplete") that searches the
// catalogue as the person types (GET /api/v1/activities?q=). Arrow keys and Enter pick
// with the keyboard, a tap picks on a phone; the chosen code goes into a hidden input
// and the container fires "activitychange" with the activity (or null).
import { getJSON } from './api.js';
import { h, fill } from './dom.js';

let programmeNames = null;
function programmes() {
  programmeNames = programmeNames || getJSON('/api/v1/programmes')
    .then((data) => Object.fromEntries((data.items || []).map((p) => [p.code, p.name])))
    .catch(() => ({}));
  return programmeNames;
}

/** "Het Breicafé (breicafe)": what the input shows once chosen. */
export function activityText(activity) {
  return `${activity.name} (${activity.code})`;
}

export class ActivityPicker {
  /** container: the element with data-picker; its input, listbox, hidden input and note are found by id. */
  constructor(container) {
    const id = container.dataset.picker;
    this.container = container;
    this.input = document.getElementById(id);
    this.list = document.getElementById(`${id}-lijst`);
    this.hidden = document.getElementById(`${id}-code`);
    this.note = document.getElementById(`${id}-gekozen`);
    this.id = id;
    this.results = [];
    this.active = -1;
    this.sequence = 0;
    this.timer = null;
    // A choice the server rendered (a filter from the URL) counts as chosen.
    this.chosen = this.hidden.value ? { code: this.hidden.value, name: this.input.value } : null;
    this.wire();
  }

  get value() { return this.chosen; }
  get text() { return this.input.value.trim(); }

  wire() {
    this.input.addEventListener('input', () => {
      if (this.chosen) this.choose(null, { keepText: true });
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.search(this.text), 200);
    });
    this.input.addEventListener('keydown', (event) => this.key(event));
    this.input.addEventListener('focusout', (event) => {
      if (!this.container.contains(event.relatedTarget)) this.close();
    });
    // Keep the focus in the input while a finger or the mouse picks an option.
    this.list.addEventListener('mousedown', (event) => event.preventDefault());
    this.list.addEventListener('click', (event) => {
      const option = event.target.closest('[role="option"]');
      if (option) this.pick(Number(option.dataset.index));
    });
  }

  key(event) {
    const open = !this.list.hidden;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) { this.search(this.text, { activateFirst: true }); return; }
        this.move(this.active + 1);
        break;
      case 'ArrowUp':
        if (!open) return;
        event.preventDefault();
        this.move(this.active - 1);
        break;
      case 'Enter':
        // With the list open Enter picks; otherwise the form submits as usual.
        if (open && this.active >= 0) { event.preventDefault(); this.pick(this.active); }
        break;
      case 'Escape':
        if (open) { event.preventDefault(); this.close(); } else if (this.input.value) {
          event.preventDefault(); this.input.value = ''; this.choose(null);
        }
        break;
      default:
    }
  }

  async search(text, { activateFirst = false } = {}) {
    const sequence = ++this.sequence;
    const query = new URLSearchParams({ limit: '30' });
    if (text) query.set('q', text);
    let items;
    try {
      const [data, names] = await Promise.all([getJSON(`/api/v1/activities?${query}`), programmes()]);
      items = (data.items || []).map((item) => ({ ...item, programmeName: names[item.programme] || item.programme }));
    } catch (error) {
      if (sequence === this.sequence) this.say(error.message);
      return;
    }
    // A slower answer to an older query must not replace the newer one.
    if (sequence !== this.sequence || this.chosen) return;
    this.results = items;
    this.render();
    if (items.length === 0) {
      this.close();
      this.say(text ? `Geen activiteit gevonden voor “${text}”. Probeer een ander woord.` : 'Geen activiteiten gevonden.');
    } else {
      this.say(items.length === 1 ? '1 activiteit gevonden; kies met pijltjes en Enter of tik erop.'
        : `${items.length} activiteiten gevonden; kies met pijltjes en Enter of tik erop.`);
      if (activateFirst) this.move(0);
    }
  }

  render() {
    fill(this.list, this.results.map((item, index) => h('li', {
      id: `${this.id}-optie-${index}`, role: 'option', 'aria-selected': 'false', 'data-index': index, class: 'combobox-option',
    }, h('span', { class: 'option-name' }, item.name), ' ', h('span', { class: 'option-meta' }, `${item.code} · ${item.programmeName}`))));
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    this.list.hidden = this.results.length === 0;
    this.input.setAttribute('aria-expanded', String(!this.list.hidden));
  }

  move(index) {
    const options = this.list.querySelectorAll('[role="option"]');
    if (options.length === 0) return;
    this.active = (index + options.length) % options.length;
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === this.active)));
    const current = options[this.active];
    this.input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  }

  close() {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }

  pick(index) {
    const activity = this.results[index];
    if (activity) this.choose(activity);
  }

  /** Sets the choice (null clears it) and tells the page. */
  choose(activity, { keepText = false } = {}) {
    this.chosen = activity;
    this.hidden.value = activity ? activity.code : '';
    if (activity) {
      this.input.value = activityText(activity);
      this.say(`Gekozen: ${activity.name}${activity.programmeName ? ` (${activity.programmeName})` : ''}.`);
      this.close();
    } else {
      if (!keepText) this.input.value = '';
      this.say('');
    }
    this.container.dispatchEvent(new CustomEvent('activitychange', { detail: activity }));
  }

  /** Shows a chosen activity without searching (a registration being corrected). */
  async set(activity) {
    const names = await programmes();
    this.choose(activity ? { ...activity, programmeName: names[activity.programme] || activity.programme } : null);
  }

  say(text) { this.note.textContent = text; }

  focus() { this.input.focus(); }
}
