// What the sign-in pages (login.js, welcome.js) share: where a role starts, which
// `next` addresses are safe to go to, the sign-in call itself, and "show password".
import { csrfToken } from './api.js';

/** Where each role starts its work (AccountPages.home on the server says the same). */
const HOMES = { municipality: '/orders', staff: '/registrations', admin: '/admin', viewer: '/' };

export function homeFor(role) {
  return HOMES[role] || '/';
}

/**
 * `next` if it is a path on this site, else null. "//other.example" and
 * "/\other.example" are other hosts to a browser, so only a single leading "/" counts,
 * and the browser's own URL parser must agree that the origin stays ours.
 */
export function sameSitePath(next) {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  if (/[\u0000-\u001f\u007f]/.test(next)) return null;
  let url;
  try { url = new URL(next, location.origin); } catch { return null; }
  if (url.origin !== location.origin) return null;
  // Back to the sign-in pages would be a loop.
  if (['/login', '/welcome', '/password-reset'].includes(url.pathname)) return null;
  return url.pathname + url.search + url.hash;
}

const wait = (seconds) => new Promise((resolve) => { setTimeout(resolve, seconds * 1000); });

async function post(path, body) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  // Someone signed in already (another account in this browser) sends a cookie, and
  // cookie requests need the page's token.
  const token = csrfToken();
  if (token) headers['X-CSRF-Token'] = token;
  const response = await fetch(path, { method: 'POST', headers, body: JSON.stringify(body), credentials: 'same-origin', cache: 'no-store' });
  let data = null;
  try { data = await response.json(); } catch { data = null; }
  const retryAfter = Number.parseInt(response.headers.get('Retry-After') || '', 10);
  return { status: response.status, data, retryAfter: Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : null };
}

/**
 * POSTs a sign-in (`/api/v1/session` or `/api/v1/welcome`). Own fetch rather than
 * api.js's request(): the page needs the Retry-After of a 429 (how long the account
 * is locked) and of a 503 (the server hashes only so many passwords at once; one retry
 * after the wait it asks for). Returns {status, data, retryAfter}; status 0 when the
 * server could not be reached.
 */
export async function signIn(path, body) {
  try {
    const first = await post(path, body);
    if (first.status !== 503) return first;
    await wait(Math.min(first.retryAfter ?? 1, 10));
    return await post(path, body);
  } catch {
    return { status: 0, data: null, retryAfter: null };
  }
}

/** "Te vaak …; probeer het over 15 minuten opnieuw": the minutes of a Retry-After, rounded up. */
export function minutes(seconds) {
  const count = Math.max(1, Math.ceil((seconds ?? 900) / 60));
  return count === 1 ? '1 minuut' : `${count} minuten`;
}

/** Checkboxes with data-shows="id id…" switch those password fields to plain text and back. */
export function wireShowPassword(root = document) {
  for (const box of root.querySelectorAll('input[type="checkbox"][data-shows]')) {
    box.addEventListener('change', () => {
      for (const id of box.dataset.shows.split(' ')) {
        const input = document.getElementById(id);
        if (input) input.type = box.checked ? 'text' : 'password';
      }
    });
  }
}

/** Before the page is left after signing in: a back button (or the browser's page
 *  cache) must not bring the typed password back. */
export function forgetPasswords(form) {
  for (const input of form.querySelectorAll('input[autocomplete$="password"]')) {
    input.type = 'password';
    input.value = '';
  }
  for (const box of form.querySelectorAll('input[data-shows]')) box.checked = false;
}
