// "Activiteit registreren" and "Registratie corrigeren": one form, saved with POST (a
// new registration) or PATCH with If-Match (a correction of one read a moment ago).
import { request, ApiError } from './api.js';
import { announce, busy, showFormMessage } from './forms.js';
import { RegistrationForm } from './registration-form.js';
import { longDate, count } from './staff-text.js';

const form = document.getElementById('registratie');
const registration = new RegistrationForm(form);
const saveButton = form.querySelector('button[type="submit"]');

// The place a worker registers at is mostly the same all day (and the next time).
const PLACE_KEY = 'catalogus.registreren.plek';

function rememberPlace() {
  try {
    localStorage.setItem(PLACE_KEY, JSON.stringify({ municipality: registration.municipality.value, location: registration.location.value }));
  } catch { /* storage off: nothing to remember */ }
}

function rememberedPlace() {
  try { return JSON.parse(localStorage.getItem(PLACE_KEY) || 'null'); } catch { return null; }
}

/** "Het Breicafé op 12 maart 2026 in Bibliotheek Beilen (Midden-Drenthe): 14 deelnemers." */
function describe(saved) {
  const place = saved.location ? `${saved.location.name} (${registration.municipalityName()})` : registration.municipalityName();
  const sessions = saved.sessions !== 1 || !registration.sessionsField.hidden ? `, ${count(saved.sessions, 'dagdeel', 'dagdelen')}` : '';
  return `${saved.activity.name} op ${longDate(saved.date)} in ${place}: ${count(saved.participants, 'deelnemer', 'deelnemers')}${sessions}.`;
}

function explainFailure(error) {
  if (error instanceof ApiError && error.status === 422 && error.fieldErrors.length) {
    registration.showErrors(error.fieldErrors);
  } else if (error instanceof ApiError && error.status === 412) {
    showFormMessage(form, 'Iemand anders heeft deze registratie intussen gewijzigd. Laad de pagina opnieuw; dan ziet u de nieuwe gegevens en kunt u opnieuw corrigeren.');
  } else {
    showFormMessage(form, error.message || 'Opslaan is niet gelukt.');
  }
}

function setUpNew() {
  const saved = document.getElementById('opgeslagen');
  const savedText = document.getElementById('opgeslagen-tekst');
  const another = document.getElementById('nog-een');

  const place = rememberedPlace();
  if (!registration.municipality.value && place?.municipality
      && [...registration.municipality.options].some((option) => option.value === place.municipality)) {
    registration.municipality.value = place.municipality;
    registration.loadLocations(place.location || '');
  } else {
    registration.loadLocations();
  }

  // One Idempotency-Key per registration being saved: when a phone loses the answer and
  // the person taps again, the server returns the first save instead of registering twice.
  // busy() keeps a double tap from sending twice in the first place.
  let attempt = null;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const { body, errors } = registration.read();
    if (errors.length) { registration.showErrors(errors); return; }
    registration.clearErrors();
    const json = JSON.stringify(body);
    if (!attempt || attempt.json !== json) attempt = { key: idempotencyKey(), json };
    busy(saveButton, async () => {
      try {
        const response = await request('POST', '/api/v1/registrations', { json: body, headers: { 'Idempotency-Key': attempt.key } });
        attempt = null;
        rememberPlace();
        savedText.textContent = describe(response.data);
        form.hidden = true;
        saved.hidden = false;
        announce(`Opgeslagen. ${savedText.textContent}`);
        another.focus();
      } catch (error) {
        explainFailure(error);
      }
    });
  });

  another.addEventListener('click', () => {
    registration.startAnother();
    saved.hidden = true;
    form.hidden = false;
    announce('');
    registration.picker.focus();
  });
}

function setUpCorrection() {
  const id = form.dataset.registration;
  const back = form.dataset.back || '/registrations';
  let etag = null;

  (async () => {
    try {
      const response = await request('GET', `/api/v1/registrations/${encodeURIComponent(id)}`);
      etag = response.headers.get('ETag');
      await registration.fill(response.data);
      form.hidden = false;
      announce(`Registratie van ${response.data.activity.name} op ${longDate(response.data.date)}.`);
    } catch (error) {
      announce(error.status === 404 ? 'Deze registratie bestaat niet (meer).' : error.message);
      document.getElementById('status').classList.add('status-error');
    }
  })();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const { body, errors } = registration.read({ correcting: true });
    if (errors.length) { registration.showErrors(errors); return; }
    registration.clearErrors();
    busy(saveButton, async () => {
      try {
        // If-Match: a correction never overwrites a change made since this page read the registration.
        await request('PATCH', `/api/v1/registrations/${encodeURIComponent(id)}`, { json: body, headers: etag ? { 'If-Match': etag } : {} });
        const url = new URL(back, location.origin);
        url.searchParams.set('gecorrigeerd', id);
        location.assign(url.pathname + url.search);
      } catch (error) {
        explainFailure(error);
      }
    });
  });
}

if (form.dataset.mode === 'correct') setUpCorrection(); else setUpNew();

/** 128 random bits as hex; crypto.getRandomValues works on plain http too, unlike randomUUID. */
function idempotencyKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
