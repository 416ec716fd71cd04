// The admin overview: what waits in each section (orders to confirm, next year's price
// list), read from the API and written under the section's link.
import { getAll, getJSON } from './api.js';
import { integer } from './format.js';

function show(name, text) {
  const line = document.querySelector(`[data-count="${name}"]`);
  if (!line) return;
  line.textContent = text;
  line.hidden = false;
}

function plural(count, one, many) {
  return `${integer(count)} ${count === 1 ? one : many}`;
}

async function orders() {
  const waiting = await getAll('/api/v1/orders?status=submitted&limit=500');
  show('orders', waiting.length === 0 ? 'Er wachten geen bestellingen op bevestiging.'
    : `${plural(waiting.length, 'bestelling wacht', 'bestellingen wachten')} op bevestiging.`);
}

async function activities() {
  const active = await getAll('/api/v1/activities?limit=500');
  show('activities', `${plural(active.length, 'actieve activiteit', 'actieve activiteiten')} in de catalogus.`);
}

async function prices() {
  const next = new Date().getFullYear() + 1;
  const list = await getJSON(`/api/v1/prices?year=${next}&limit=1`);
  let text = `De prijslijst van ${next} is gepubliceerd.`;
  if (!list.published) text = list.items.length ? `De prijslijst van ${next} is nog niet gepubliceerd.` : `${next} heeft nog geen prijzen.`;
  show('prices', text);
}

async function users() {
  const accounts = await getAll('/api/v1/users?limit=500');
  const blocked = accounts.filter((user) => !user.active).length;
  show('users', `${plural(accounts.length, 'account', 'accounts')}${blocked ? `, waarvan ${integer(blocked)} geblokkeerd` : ''}.`);
}

const results = await Promise.allSettled([orders(), activities(), prices(), users()]);
const failed = results.find((result) => result.status === 'rejected');
if (failed) document.getElementById('status').textContent = `Niet alles kon worden opgehaald: ${failed.reason.message}`;
