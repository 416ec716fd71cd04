// What the statistics pages (dashboard.js, report.js) say when the session does not
// allow the figures: nobody signed in (or the session ended) → a way to sign in that
// comes back here; a municipality's account asking for another municipality → why not.
import { csrfToken } from './api.js';
import { h, fill } from './dom.js';

/** Someone is signed in on this page (the server gave it a CSRF token). */
export function signedIn() {
  return csrfToken() !== '';
}

/**
 * "Meld u aan om de cijfers te zien." with a link to /login that comes back to this
 * page as it is now (the dashboard changes its query); the server writes the same.
 */
export function askToSignIn(region) {
  fill(region, 'Meld u aan om de cijfers te zien. ',
    h('a', { href: `/login?next=${encodeURIComponent(location.pathname + location.search)}` }, 'Aanmelden'));
}

/**
 * Writes into `region` (the page's status line) what a 401 or 403 of the statistics
 * means and returns true; false for any other error (the caller shows its message).
 */
export function explainRefusal(region, error) {
  if (error.status === 401) {
    askToSignIn(region);
    return true;
  }
  if (error.status === 403) {
    fill(region, 'Met het account van een gemeente ziet u alleen de cijfers van uw eigen gemeente. ',
      h('a', { href: '/' }, 'Naar de cijfers van uw gemeente'));
    return true;
  }
  return false;
}
