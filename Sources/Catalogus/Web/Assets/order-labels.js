// The order vocabulary in Dutch, as the portal pages show it: statuses, price units,
// dates and times (in the Netherlands' time zone, whatever the browser's).
import * as nl from './format.js';

export const STATUS = {
  draft: 'concept',
  submitted: 'ingediend',
  confirmed: 'bevestigd',
  cancelled: 'geannuleerd',
};

/** The same words as the catalogue pages (DutchText.units on the server). */
export const UNITS = {
  activity: 'per activiteit',
  session: 'per dagdeel',
  course: 'per cursus',
  location_year: 'per locatie per jaar',
  school_year: 'per school per schooljaar',
  year: 'per jaar',
  inhabitant: 'per inwoner',
};

export function statusLabel(code) {
  return STATUS[code] || code;
}

export function unitLabel(code) {
  return UNITS[code] || code;
}

/** "2026-11-15" → "15 november 2026". */
export function dateLabel(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || '');
  if (!match) return text || nl.DASH;
  return `${Number(match[3])} ${nl.MONTH_NAMES[Number(match[2]) - 1]} ${match[1]}`;
}

const STAMP = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit',
});

/** An RFC 3339 timestamp → "2 december 2026 om 14:30" (Amsterdam time). */
export function timestampLabel(text) {
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? (text || nl.DASH) : STAMP.format(date);
}

/** Today in the Netherlands as YYYY-MM-DD, to compare with an order deadline. */
export function todayInAmsterdam() {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date());
  return parts;
}

/** "1 activiteit", "3 activiteiten". */
export function activityCount(count) {
  return count === 1 ? '1 activiteit' : `${nl.integer(count)} activiteiten`;
}
