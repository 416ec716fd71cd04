// Dates and versions as the catalogue manager reads them, and the labels of a page's own
// <select>s. The words for the API's codes come from the server (vocabulary.js).
/** The label of each option of a server-rendered <select>, by value: {code: name}. */
export function optionLabels(select) {
  const labels = {};
  for (const option of select?.options || []) if (option.value) labels[option.value] = option.textContent;
  return labels;
}

const DATE_TIME = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam',
});
const DATE = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-11-03T09:15:00Z" → "3 november 2026 om 10:15" (Dutch time); '' for nothing. */
export function dateTime(timestamp) {
  if (!timestamp) return '';
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? timestamp : DATE_TIME.format(date).replace(' om ', ' om ');
}

/** "2026-10-01" → "1 oktober 2026". */
export function calendarDate(text) {
  if (!text) return '';
  const date = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? text : DATE.format(date);
}

/** The strong entity tag the API compares If-Match with: "\"3\"" for version 3. */
export function versionTag(version) {
  return `"${version}"`;
}
