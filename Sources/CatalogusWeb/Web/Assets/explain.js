// Every figure explains itself (issue 24 §3): a figure in a table of figures is a button;
// pressing it opens, beside the table, where the figure comes from — the registrations
// it adds up or counts, the key figure someone entered, or for a ratio its two terms,
// each of which explains itself in turn. Read from /api/v1/stats/…/explain.
import { getJSON } from './api.js';
import { h, fill } from './dom.js';
import * as nl from './format.js';

const METHODS = {
  sum: (n) => `de optelling van ${n === 1 ? '1 bron' : `${nl.integer(n)} bronnen`}`,
  count: (n) => `het aantal van ${n === 1 ? '1 registratie' : `${nl.integer(n)} registraties`}`,
  stored: () => 'een ingevoerd kerncijfer',
};

/** The figure as a button that explains it; `key` is a figure code or `programme.<code>.<measure>`. */
export function explainButton(text, key, report) {
  return h('button', {
    type: 'button', class: 'figure-explain', 'data-explain': key,
    'data-municipality': report.municipality.slug, 'data-year': report.year,
    'aria-expanded': 'false', 'aria-describedby': hint().id, title: HINT,
  }, text);
}

const HINT = 'Toont waar dit getal vandaan komt';

/** The one description every figure button points at (read by screen readers, shown as a tooltip). */
function hint() {
  let node = document.getElementById('uitleg-hint');
  if (!node) {
    node = h('span', { id: 'uitleg-hint', hidden: true }, HINT);
    document.body.append(node);
  }
  return node;
}

function source(item) {
  if (item.kind === 'registration') {
    const where = item.location ? `, ${item.location.name}` : '';
    return h('li', {}, h('a', { href: `/registrations/${encodeURIComponent(item.id)}/edit` }, `${nl.date(item.date)}: ${item.activity.name}${where}`),
      ` — ${nl.integer(item.participants)} deelnemers, ${nl.integer(item.sessions)} dagdelen`);
  }
  if (item.kind === 'key_figure') {
    const who = item.entered_by ? ` (ingevoerd door ${item.entered_by} op ${nl.date(String(item.entered_at || '').slice(0, 10))})` : '';
    return h('li', {}, `${item.label}: ${nl.integer(item.value)}${who}`);
  }
  if (item.kind === 'order_line') {
    return h('li', {}, h('a', { href: `/orders/${encodeURIComponent(item.order.id)}` }, `Bestelling ${item.order.number}, regel ${item.line_no}`),
      `: ${item.activity.name}, ${nl.integer(item.quantity)} × ${nl.money(item.unit_price_cents)} = ${nl.money(item.value)}`);
  }
  return h('li', {}, `${item.kind} ${item.id}: ${item.value}`);
}

async function explanation(panel, base, key, depth) {
  const data = await getJSON(`${base}&figure=${encodeURIComponent(key)}&limit=100`);
  const value = nl.figure(data.value, data.unit);
  const parts = [h('p', { class: 'explain-what' }, h('strong', {}, `${value} ${data.label}`))];
  if (data.method === 'ratio' && data.terms) {
    const term = (role, word) => {
      const t = data.terms[role];
      const button = h('button', { type: 'button', class: 'link-button' }, `${word}: ${nl.integer(t.value)} (${t.figure})`);
      button.addEventListener('click', () => show(panel, base, t.figure, depth + 1));
      return h('li', {}, button);
    };
    parts.push(h('p', {}, '= de verhouding van twee getallen, elk met hun eigen bronnen:'),
      h('ul', {}, term('numerator', 'Teller'), term('denominator', 'Noemer')));
  } else {
    const count = data.method === 'count' ? data.value : data.items.length;
    parts.push(h('p', {}, `= ${(METHODS[data.method] || METHODS.sum)(count)}${data.next_cursor ? ' (de eerste 100 hieronder)' : ''}:`),
      data.items.length ? h('ul', { class: 'explain-sources' }, data.items.map(source)) : h('p', { class: 'empty' }, 'Geen bronnen.'));
  }
  return parts;
}

async function show(panel, base, key, depth = 0) {
  fill(panel, h('p', {}, 'Uitleg laden…'));
  panel.hidden = false;
  try {
    const parts = await explanation(panel, base, key, depth);
    const close = h('button', { type: 'button', class: 'button-secondary button-small' }, 'Sluiten');
    close.addEventListener('click', () => { panel.hidden = true; panel.previous?.focus(); panel.previous?.setAttribute('aria-expanded', 'false'); });
    fill(panel, h('h3', { tabindex: '-1' }, 'Waar komt dit getal vandaan?'), parts, close);
    panel.querySelector('h3').focus();
  } catch (error) {
    fill(panel, h('p', { class: 'status-error' }, error.message || 'De uitleg kon niet worden geladen.'));
  }
}

// One delegated listener for every page that shows figures (the dashboard, the report).
document.addEventListener('click', (event) => {
  const button = event.target.closest?.('button.figure-explain');
  if (!button) return;
  const region = button.closest('.table-scroll') || button.parentElement;
  let panel = region.nextElementSibling;
  if (!panel || !panel.classList.contains('explain-panel')) {
    panel = h('aside', { class: 'explain-panel no-print', role: 'region', 'aria-label': 'Uitleg bij een getal', 'aria-live': 'polite', hidden: true });
    region.after(panel);
  }
  document.querySelectorAll('button.figure-explain[aria-expanded="true"]').forEach((other) => other.setAttribute('aria-expanded', 'false'));
  button.setAttribute('aria-expanded', 'true');
  panel.previous = button;
  const base = `/api/v1/stats/municipalities/${encodeURIComponent(button.dataset.municipality)}/explain?year=${encodeURIComponent(button.dataset.year)}`;
  show(panel, base, button.dataset.explain);
});
