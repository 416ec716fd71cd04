// Dutch notation: 6.984, 20,5 %, € 1.234,56. Money stays in integer cents.
export const MONTHS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
export const MONTH_NAMES = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli',
  'augustus', 'september', 'oktober', 'november', 'december'];
const MINUS = '\u2212';
// A no-break space keeps a number and its unit on one line: "20,5 %", "€ 65,00".
const NBSP = '\u00a0';
export const DASH = '\u2013';

function group(digits) {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function isNumber(value) {
  return typeof value === 'number' && Number.isFinite(value);
}

/** 188901 → "188.901"; null → "–". */
export function integer(value) {
  if (!isNumber(value)) return DASH;
  const rounded = Math.round(value);
  return (rounded < 0 ? MINUS : '') + group(String(Math.abs(rounded)));
}

/** 20.5 → "20,5" (one decimal unless told otherwise). */
export function decimal(value, digits = 1) {
  if (!isNumber(value)) return DASH;
  const [whole, fraction] = Math.abs(value).toFixed(digits).split('.');
  const negative = value < 0 && Number(Math.abs(value).toFixed(digits)) !== 0;
  return (negative ? MINUS : '') + group(whole) + (fraction ? ',' + fraction : '');
}

/** 20.5 → "20,5 %". */
export function percent(value, digits = 1) {
  return isNumber(value) ? `${decimal(value, digits)}${NBSP}%` : DASH;
}

/** 837500 (cents) → "€ 8.375,00". */
export function money(cents) {
  if (!isNumber(cents)) return DASH;
  const magnitude = Math.abs(Math.round(cents));
  const euros = Math.floor(magnitude / 100);
  const rest = String(magnitude % 100).padStart(2, '0');
  return `€${NBSP}${cents < 0 ? MINUS : ''}${group(String(euros))},${rest}`;
}

/** A key figure in its unit: counts as integers, percentages with one decimal. */
export function figure(value, unit) {
  return unit === 'percent' ? percent(value) : integer(value);
}

/** The direction of a change, for styling and for words: "up", "down" or "same". */
export function direction(delta) {
  if (!isNumber(delta) || delta === 0) return 'same';
  return delta > 0 ? 'up' : 'down';
}

function signed(text, delta) {
  return delta > 0 ? `+${text}` : text;
}

/**
 * A change against the previous year as short text: "+3,7 %" for counts (the delta
 * when the previous value was 0), "+0,5 %-punt" (percentage points) for percentages.
 */
export function change(change, unit) {
  if (!change || !isNumber(change.delta)) return DASH;
  if (unit === 'percent') return `${signed(decimal(change.delta), change.delta)}${NBSP}%-punt`;
  if (isNumber(change.percent)) return signed(percent(change.percent), change.percent);
  return signed(integer(change.delta), change.delta);
}

/** "2024-03" → "mrt". */
export function monthLabel(period) {
  const month = Number(String(period).slice(5, 7));
  return MONTHS[month - 1] || String(period);
}

/** Delivery rate 0.854 → "85,4 %". */
export function rate(fraction) {
  return isNumber(fraction) ? percent(fraction * 100) : DASH;
}

/** A calendar date "2024-03-12" → "12 maart 2024" (the text itself when it is not one). */
export function date(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(text || ''));
  if (!match || !MONTH_NAMES[Number(match[2]) - 1]) return String(text || DASH);
  return `${Number(match[3])} ${MONTH_NAMES[Number(match[2]) - 1]} ${match[1]}`;
}
