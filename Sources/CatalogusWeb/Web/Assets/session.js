// On every page: the header's sign-out button ends the session on the server, then
// goes to the sign-in page. A signed-in page that the browser restores from its
// back/forward cache (Back after signing out) is asked for again, so the server decides
// what it shows: the sign-in page once the session has ended.
import { request } from './api.js';

const button = document.getElementById('afmelden');
if (button) {
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await request('DELETE', '/api/v1/session');
    } catch {
      // Signed out already, or the server is unreachable: the sign-in page tells which.
    }
    location.assign('/login?afgemeld=1');
  });
}

window.addEventListener('pageshow', (event) => {
  if (event.persisted && document.getElementById('afmelden')) location.reload();
});
