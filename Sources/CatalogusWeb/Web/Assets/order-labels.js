// Dates, times (in the Netherlands' time zone, whatever the browser's) and counts as the
// portal pages show them; the words for statuses and units come from the server (vocabulary.js).
import * as nl from './format.js';

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
