// Form feedback that every person can perceive: each field error is written next to its
// field (aria-describedby, aria-invalid), a summary is announced (role="alert") and
// takes the focus, and success is announced politely (aria-live).
import { h, fill } from './dom.js';

/** Clears the errors a previous attempt left in `form`. */
export function clearErrors(form) {
  for (const node of form.querySelectorAll('.field-error')) node.remove();
  for (const input of form.querySelectorAll('[aria-invalid="true"]')) {
    input.removeAttribute('aria-invalid');
    const ids = (input.getAttribute('aria-describedby') || '').split(' ').filter((id) => !id.endsWith('-fout'));
    if (ids.length) input.setAttribute('aria-describedby', ids.join(' ')); else input.removeAttribute('aria-describedby');
  }
  const summary = form.querySelector('.error-summary');
  if (summary) fill(summary).hidden = true;
}

/**
 * Shows `errors` ([{field, message}]) in `form`. `fieldFor(name)` maps an API field
 * name to the input element (default: the element with data-field="name" or name="name").
 * Errors without a field of their own go in the summary only.
 */
export function showErrors(form, errors, { title = 'Controleer de volgende velden:', fieldFor } = {}) {
  clearErrors(form);
  const find = fieldFor || ((name) => form.querySelector(`[data-field="${CSS.escape(name)}"], [name="${CSS.escape(name)}"]`));
  const items = [];
  let first = null;
  for (const error of errors) {
    const input = error.field ? find(error.field) : null;
    const label = input ? labelText(input) : error.field;
    if (input) {
      const id = `${input.id || input.name || 'veld'}-fout`;
      const note = h('p', { class: 'field-error', id }, error.message);
      (input.closest('.field') || input.parentElement).append(note);
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
      first = first || input;
      items.push(h('li', null, h('a', { href: `#${input.id}` }, `${label}: ${error.message}`)));
    } else {
      items.push(h('li', null, label ? `${label}: ${error.message}` : error.message));
    }
  }
  const summary = ensureSummary(form);
  fill(summary, h('p', { class: 'error-summary-title' }, title), h('ul', null, items));
  summary.hidden = false;
  summary.focus();
  return first;
}

/** Shows one message (no field) in the form's summary, e.g. a 409 or a network failure. */
export function showFormMessage(form, message) {
  clearErrors(form);
  const summary = ensureSummary(form);
  fill(summary, h('p', null, message));
  summary.hidden = false;
  summary.focus();
}

function ensureSummary(form) {
  let summary = form.querySelector('.error-summary');
  if (!summary) {
    summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true });
    form.prepend(summary);
  }
  return summary;
}

function labelText(input) {
  const label = input.id ? document.querySelector(`label[for="${CSS.escape(input.id)}"]`) : null;
  return (label?.textContent || input.getAttribute('aria-label') || input.name || '').trim();
}

/** Announces `message` in a polite live region (`#status` by default). */
export function announce(message, regionId = 'status') {
  const region = document.getElementById(regionId);
  if (region) region.textContent = message;
}

/** Runs `work` with `button` disabled and marked busy, so that one tap saves once. */
export async function busy(button, work) {
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    return await work();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}
