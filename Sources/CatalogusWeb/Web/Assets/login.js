// The sign-in form: checks what it can in the browser, posts to /api/v1/session, says
// in Dutch what went wrong, and after success goes to `?next=` (a path on this site
// only) or to where the person's role starts.
import { showErrors, showFormMessage, clearErrors, announce, busy } from './forms.js';
import { homeFor, sameSitePath, signIn, minutes, wireShowPassword, forgetPasswords } from './signin.js';

const form = document.getElementById('aanmelden');
// Signed in already: the page says so and has no form.
if (form) {
  const email = document.getElementById('email');
  const password = document.getElementById('wachtwoord');
  const button = document.getElementById('aanmelden-knop');
  const next = sameSitePath(new URLSearchParams(location.search).get('next'));
  wireShowPassword(form);

  const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

  function problems() {
    const errors = [];
    const address = email.value.trim();
    if (!address) errors.push({ field: 'email', message: 'Vul uw e-mailadres in.' });
    else if (!EMAIL_SHAPE.test(address)) errors.push({ field: 'email', message: 'Vul een e-mailadres in zoals naam@gemeente.nl.' });
    if (!password.value) errors.push({ field: 'password', message: 'Vul uw wachtwoord in.' });
    return errors;
  }

  function explainFailure(result) {
    switch (result.status) {
      case 401:
        showErrors(form, [{ field: 'password', message: 'Het e-mailadres of het wachtwoord klopt niet.' }],
          { title: 'Aanmelden is niet gelukt.' });
        break;
      case 403:
        // A blocked account (said only after the right password) or a refused origin: the server's words.
        showFormMessage(form, result.data?.detail || 'Aanmelden is niet toegestaan.');
        break;
      case 422:
        showErrors(form, [{ field: 'email', message: 'Vul een e-mailadres in zoals naam@gemeente.nl.' }]);
        break;
      case 429:
        // Locked for browsers this account has not signed in with before (or too many attempts from this network).
        showFormMessage(form, `Er is te vaak geprobeerd aan te melden. Meld u aan op een apparaat waarmee u eerder bent aangemeld, probeer het over ${minutes(result.retryAfter)} opnieuw, of vraag de beheerder om een nieuwe link.`);
        break;
      case 503:
        showFormMessage(form, 'De server is op dit moment te druk om u aan te melden. Probeer het over een minuut opnieuw.');
        break;
      case 0:
        showFormMessage(form, 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.');
        break;
      default:
        showFormMessage(form, `Aanmelden is niet gelukt (HTTP ${result.status})${result.data?.detail ? `: ${result.data.detail}` : '.'}`);
    }
    announce('');
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // "U bent afgemeld." is about the visit before; next to a new error it would confuse.
    document.getElementById('afgemeld')?.remove();
    clearErrors(form);
    const errors = problems();
    if (errors.length) {
      showErrors(form, errors);
      return;
    }
    busy(button, async () => {
      announce('Bezig met aanmelden…');
      const result = await signIn('/api/v1/session', { email: email.value.trim(), password: password.value });
      if (result.status !== 201) {
        explainFailure(result);
        return;
      }
      announce(`U bent aangemeld als ${result.data.user.name}.`);
      forgetPasswords(form);
      location.assign(next || homeFor(result.data.user.role));
    });
  });
}
