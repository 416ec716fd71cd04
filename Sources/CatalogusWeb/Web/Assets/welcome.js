// Setting a password with the one-time link of an invitation. The code comes in the
// URL's fragment (#code=…), which the browser never sends to a server; it is taken out
// of the address bar at once, so that it stays out of the history, bookmarks and
// screenshots, and is kept only in this page's memory.
import { fill } from './dom.js';
import { showErrors, showFormMessage, clearErrors, announce, busy } from './forms.js';
import { homeFor, signIn, wireShowPassword, forgetPasswords } from './signin.js';

function takeCode() {
  const code = (new URLSearchParams(location.hash.slice(1)).get('code') || '').trim();
  if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
  return code;
}

const code = takeCode();
const form = document.getElementById('welkom');
const password = document.getElementById('nieuw-wachtwoord');
const repeat = document.getElementById('herhaal-wachtwoord');
const button = document.getElementById('instellen-knop');
const problem = document.getElementById('link-probleem');
wireShowPassword(form);

const MINIMUM = 12;

/** The link cannot be used (missing, used, expired): say what to do instead of showing a form that cannot work. */
function linkProblem(message, { focus = true } = {}) {
  form.hidden = true;
  announce('');
  fill(document.getElementById('link-probleem-tekst'), message);
  problem.hidden = false;
  // After a submit the focus was on the form that is now gone; on arrival it stays at the top.
  if (focus) problem.focus();
}

function problems() {
  const errors = [];
  // Characters as the server counts them (Unicode scalars), not UTF-16 units.
  const length = [...password.value].length;
  if (!password.value) errors.push({ field: 'password', message: 'Kies een wachtwoord.' });
  else if (length < MINIMUM) {
    errors.push({ field: 'password', message: `Kies een wachtwoord van minstens ${MINIMUM} tekens; dit zijn er ${length}.` });
  }
  if (!repeat.value) errors.push({ field: 'repeat', message: 'Typ het wachtwoord nog een keer.' });
  else if (password.value && repeat.value !== password.value) {
    errors.push({ field: 'repeat', message: 'De twee wachtwoorden zijn niet gelijk. Typ twee keer hetzelfde wachtwoord.' });
  }
  return errors;
}

function explainFailure(result) {
  switch (result.status) {
    case 410:
      linkProblem('Deze link is gebruikt of verlopen. Vraag via “Wachtwoord vergeten?” op de aanmeldpagina een nieuwe, of vraag de beheerder erom.');
      break;
    case 422: {
      const errors = (result.data?.errors || []).map((error) => (error.field === 'password'
        ? { field: 'password', message: error.detail }
        : { field: null, message: error.detail }));
      if (errors.length) showErrors(form, errors); else showFormMessage(form, 'Dit wachtwoord kan niet; kies een ander.');
      break;
    }
    case 503:
      showFormMessage(form, 'De server is op dit moment te druk. Probeer het over een minuut opnieuw; de link blijft geldig.');
      break;
    case 0:
      showFormMessage(form, 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw; de link blijft geldig.');
      break;
    default:
      showFormMessage(form, `Het wachtwoord instellen is niet gelukt (HTTP ${result.status})${result.data?.detail ? `: ${result.data.detail}` : '.'}`);
  }
  if (result.status !== 410) announce('');
}

if (!code) {
  linkProblem('In het adres van deze pagina ontbreekt de code van uw uitnodiging. Open de link uit de uitnodiging opnieuw; werkt die niet meer, vraag de beheerder dan om een nieuwe.', { focus: false });
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearErrors(form);
  const errors = problems();
  if (errors.length) {
    showErrors(form, errors);
    return;
  }
  busy(button, async () => {
    announce('Bezig met het instellen van uw wachtwoord…');
    const result = await signIn('/api/v1/welcome', { code, password: password.value });
    if (result.status !== 201) {
      explainFailure(result);
      return;
    }
    announce(`Uw wachtwoord is ingesteld. U bent aangemeld als ${result.data.user.name}.`);
    forgetPasswords(form);
    location.assign(homeFor(result.data.user.role));
  });
});
