// Words of the staff pages: dates and counts. Field names and location kinds come from
// the server (vocabulary.js); error messages too, in Dutch (`detail`), shown as they are.
import { integer } from './format.js';

const MONTH_NAMES = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTHS_SHORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** "2026-03-12" → "12 maart 2026". */
export function longDate(iso) {
  const [year, month, day] = String(iso).split('-').map(Number);
  return month ? `${day} ${MONTH_NAMES[month - 1]} ${year}` : String(iso);
}

/** "2026-03-12" → "12 mrt 2026" (for narrow table cells). */
export function shortDate(iso) {
  const [year, month, day] = String(iso).split('-').map(Number);
  return month ? `${day} ${MONTHS_SHORT[month - 1]} ${year}` : String(iso);
}

/** Today in the Netherlands as YYYY-MM-DD, the day the server checks "not in the future" against. */
export function todayInAmsterdam() {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** "14" → 14; "" → null; anything else (also "1.5", "-2", "12a") → NaN. */
export function wholeNumber(text) {
  const trimmed = String(text ?? '').replace(/\s/g, '');
  if (trimmed === '') return null;
  // Thousands dots as a Dutch person types them ("1.920") are fine; decimals are not.
  if (/^\d{1,3}(\.\d{3})+$/.test(trimmed)) return Number(trimmed.replace(/\./g, ''));
  return /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
}

/** "1 deelnemer" / "14 deelnemers". */
export function count(value, one, many) {
  return `${integer(value)} ${value === 1 ? one : many}`;
}
