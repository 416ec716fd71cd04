// "Wachtwoord vergeten?": posts the address to /api/v1/password-reset and shows the
// server's answer, which is the same whether or not the address has an account.
import { showErrors, showFormMessage, clearErrors, announce, busy } from './forms.js';
import { signIn, minutes } from './signin.js';

const form = document.getElementById('vergeten');
const email = document.getElementById('email');
const button = document.getElementById('vergeten-knop');
const sent = document.getElementById('verstuurd');
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearErrors(form);
  sent.hidden = true;
  const address = email.value.trim();
  if (!address || !EMAIL_SHAPE.test(address)) {
    showErrors(form, [{ field: 'email', message: address ? 'Vul een e-mailadres in zoals naam@gemeente.nl.' : 'Vul uw e-mailadres in.' }]);
    return;
  }
  busy(button, async () => {
    announce('Bezig…');
    // signIn() is the sign-in pages' POST: it gives the status and Retry-After of a refusal.
    const result = await signIn('/api/v1/password-reset', { email: address });
    announce('');
    switch (result.status) {
      case 202:
        document.getElementById('verstuurd-tekst').textContent = result.data?.message || '';
        sent.hidden = false;
        sent.focus();
        break;
      case 422:
        showErrors(form, [{ field: 'email', message: 'Vul een e-mailadres in zoals naam@gemeente.nl.' }]);
        break;
      case 429:
        showFormMessage(form, `Er is vanaf dit netwerk te vaak iets gevraagd. Probeer het over ${minutes(result.retryAfter)} opnieuw.`);
        break;
      case 0:
        showFormMessage(form, 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.');
        break;
      default:
        showFormMessage(form, result.data?.detail || `Het is niet gelukt (HTTP ${result.status}). Probeer het later opnieuw.`);
    }
  });
});
