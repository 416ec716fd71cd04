// On every page: the header's sign-out button ends the session on the server, then
// goes to the sign-in page.
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
