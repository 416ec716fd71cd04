// The person's own account: e-mail address and the browsers they are signed in on,
// each of which they can sign out here.
import { getJSON, request } from './api.js';
import { h, fill } from './dom.js';
import { announce } from './forms.js';

const list = document.getElementById('apparaten');

const WHEN = { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' };
function when(text) {
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? String(text || '') : date.toLocaleString('nl-NL', WHEN);
}

/** "Chrome op Android" from a User-Agent; enough to recognise one's own devices. */
function device(userAgent) {
  const agent = String(userAgent || '');
  if (!agent) return 'Onbekend apparaat';
  const browser = [['Edg/', 'Edge'], ['Firefox/', 'Firefox'], ['Chrome/', 'Chrome'], ['Chromium/', 'Chromium'], ['Safari/', 'Safari']]
    .find(([mark]) => agent.includes(mark))?.[1];
  const system = [['Android', 'Android'], ['iPhone', 'iPhone'], ['iPad', 'iPad'], ['Windows', 'Windows'], ['Mac OS X', 'Mac'],
    ['CrOS', 'ChromeOS'], ['Linux', 'Linux']].find(([mark]) => agent.includes(mark))?.[1];
  if (browser && system) return `${browser} op ${system}`;
  return browser || system || agent.slice(0, 60);
}

function item(userID, session) {
  const id = `apparaat-${session.id}`;
  const button = h('button', { type: 'button', class: 'button-secondary button-small', 'aria-describedby': id }, 'Afmelden op dit apparaat');
  const node = h('li', { class: 'device' },
    h('div', { class: 'device-text' },
      h('p', { class: 'device-name', id }, device(session.user_agent), session.current ? h('span', { class: 'device-current' }, ' (dit apparaat, nu in gebruik)') : null),
      h('p', { class: 'device-when' }, `Aangemeld op ${when(session.created_at)}; laatst gebruikt ${when(session.last_seen_at)}.`)),
    button);
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await request('DELETE', `/api/v1/users/${encodeURIComponent(userID)}/sessions/${encodeURIComponent(session.id)}`);
    } catch (error) {
      button.disabled = false;
      announce(error.message);
      return;
    }
    if (session.current) {
      location.assign('/login?afgemeld=1');
      return;
    }
    node.remove();
    announce(`${device(session.user_agent)} is afgemeld.`);
    list.querySelector('button')?.focus();
  });
  return node;
}

async function load() {
  try {
    const { user } = await getJSON('/api/v1/session');
    fill(document.getElementById('account-email'), user.email);
    const { items } = await getJSON(`/api/v1/users/${encodeURIComponent(user.id)}/sessions`);
    // This browser first: it is the one the person recognises.
    const sorted = [...items].sort((a, b) => Number(b.current) - Number(a.current));
    fill(list, sorted.map((session) => item(user.id, session)));
    announce(items.length === 1 ? 'U bent op 1 apparaat aangemeld.' : `U bent op ${items.length} apparaten aangemeld.`);
  } catch (error) {
    announce(error.message);
  }
}

load();

// The mail switches (AccountPage.mailSection): each saves at once, all of them together.
async function mailPreferences() {
  const boxes = [...document.querySelectorAll('input[data-mail]')];
  if (!boxes.length) return;
  try {
    const { user } = await getJSON('/api/v1/session');
    const path = `/api/v1/users/${encodeURIComponent(user.id)}/mail-preferences`;
    const current = await getJSON(path);
    for (const box of boxes) {
      box.checked = Boolean(current[box.dataset.mail]);
      box.disabled = false;
      box.addEventListener('change', async () => {
        const wanted = { ...current };
        for (const other of boxes) wanted[other.dataset.mail] = other.checked;
        boxes.forEach((other) => { other.disabled = true; });
        try {
          const { data } = await request('PUT', path, { json: wanted });
          Object.assign(current, data);
          const label = document.querySelector(`label[for="${box.id}"]`)?.textContent || '';
          announce(`${box.checked ? 'Aan' : 'Uit'}: ${label}. Opgeslagen.`, 'mail-status');
        } catch (error) {
          box.checked = !box.checked;
          announce(error.message, 'mail-status');
        }
        boxes.forEach((other) => { other.disabled = false; });
      });
    }
  } catch (error) {
    announce(error.message, 'mail-status');
  }
}

mailPreferences();
