// The orders list (/orders): the orders the person may see, filtered like the page's
// query (year, status; an admin also municipality), newest year first; the baskets
// this browser holds; and the same list as CSV.
import { getAll } from './api.js';
import { h, fill } from './dom.js';
import * as nl from './format.js';
import * as basket from './basket.js';
import { timestampLabel, activityCount } from './order-labels.js';
import { statusLabel } from './vocabulary.js';

const root = document.getElementById('bestellingen');
const status = document.getElementById('status');
// A role bound to a municipality has it in data-municipality; one without chooses.
const choosesMunicipality = !root.dataset.municipality;

function say(message, isError = false) {
  status.textContent = message;
  status.classList.toggle('status-error', isError);
}

function filters() {
  const query = new URLSearchParams(location.search);
  const chosen = new URLSearchParams();
  for (const name of ['year', 'status', 'municipality']) {
    const value = query.get(name);
    if (value) chosen.set(name, value);
  }
  return chosen;
}

function table(orders, names) {
  const showMunicipality = choosesMunicipality;
  return h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Bestellingen' },
    h('table', { class: 'data orders-table' },
      h('caption', null, orders.length === 1 ? '1 bestelling' : `${nl.integer(orders.length)} bestellingen`),
      h('thead', null, h('tr', null,
        h('th', { scope: 'col' }, 'Nummer'),
        showMunicipality ? h('th', { scope: 'col' }, 'Gemeente') : null,
        h('th', { scope: 'col' }, 'Jaar'),
        h('th', { scope: 'col' }, 'Status'),
        h('th', { scope: 'col' }, 'Kenmerk'),
        h('th', { scope: 'col', class: 'num' }, 'Excl. btw'),
        h('th', { scope: 'col', class: 'num' }, 'Incl. btw'),
        h('th', { scope: 'col' }, 'Laatst gewijzigd'))),
      h('tbody', null, orders.map((order) => h('tr', null,
        h('th', { scope: 'row', class: 'order-number' }, h('a', { href: `/orders/${order.id}` }, order.number)),
        showMunicipality ? h('td', { 'data-label': 'Gemeente' }, names[order.municipality] || order.municipality) : null,
        h('td', { 'data-label': 'Jaar' }, String(order.year)),
        h('td', { 'data-label': 'Status' }, h('span', { class: `order-status status-${order.status}` }, statusLabel(order.status))),
        h('td', { 'data-label': 'Kenmerk' }, order.reference || nl.DASH),
        h('td', { class: 'num', 'data-label': 'Excl. btw' }, nl.money(order.totals.net_cents)),
        h('td', { class: 'num', 'data-label': 'Incl. btw' }, nl.money(order.totals.gross_cents)),
        h('td', { 'data-label': 'Laatst gewijzigd' }, timestampLabel(order.updated_at)))))));
}

function baskets(names) {
  const mine = basket.all().filter((entry) => choosesMunicipality || entry.municipality === root.dataset.municipality);
  const box = document.getElementById('mandjes');
  if (!mine.length) { fill(box); return; }
  fill(box, h('div', { class: 'notice basket-notice' },
    h('p', null, 'U heeft een mandje dat nog niet is opgeslagen:'),
    h('ul', null, mine.map((entry) => {
      const target = `/orders/new?year=${entry.year}${choosesMunicipality ? `&municipality=${encodeURIComponent(entry.municipality)}` : ''}`;
      const who = choosesMunicipality ? ` voor ${names[entry.municipality] || entry.municipality}` : '';
      return h('li', null, h('a', { href: target }, `Mandje ${entry.year}${who}: ${activityCount(entry.lines.length)}`));
    }))));
}

async function start() {
  let names = {};
  try {
    for (const municipality of await getAll('/api/v1/municipalities?limit=500')) names[municipality.slug] = municipality.name;
  } catch { names = {}; }
  baskets(names);
  if (root.dataset.problems) { say('Pas de filters aan om de bestellingen te zien.', true); return; }
  const query = filters();
  query.set('limit', '500');
  let orders;
  try {
    orders = await getAll(`/api/v1/orders?${query}`);
  } catch (error) {
    say(error.message, true);
    return;
  }
  orders.sort((a, b) => b.year - a.year || b.number.localeCompare(a.number));
  if (!orders.length) {
    say('');
    fill(document.getElementById('bestellingen-tabel'), h('p', { class: 'empty' },
      query.has('year') || query.has('status') || query.has('municipality')
        ? 'Geen bestellingen met deze filters.' : 'Er zijn nog geen bestellingen. Begin in de catalogus met “Nieuwe bestelling”.'));
    return;
  }
  say('');
  fill(document.getElementById('bestellingen-tabel'), table(orders, names));
  const csv = new URLSearchParams(query);
  csv.set('output', 'csv');
  csv.set('sep', ';');
  const downloads = document.getElementById('bestellingen-csv');
  fill(downloads, h('a', { href: `/api/v1/orders?${csv}`, download: 'bestellingen.csv' }, 'Download deze bestellingen als CSV (voor Excel)'),
    ' — één regel per bestelregel.');
  downloads.hidden = false;
}

start();
