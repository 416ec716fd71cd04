// Words of the staff pages: dates, counts, and the API's English validation messages in
// Dutch (field names and location kinds come from the server: vocabulary.js). A message
// we do not recognise is shown as the server wrote it, so that nothing is ever hidden.
import { integer } from './format.js';

const MESSAGES = [
  [/^is required$/, () => 'is verplicht.'],
  [/^no activity with (?:code|id) '?([^']*)'?$/, (m) => `er is geen activiteit “${m[1]}”.`],
  [/^must be an activity id \(integer\) or code \(string\)$/, () => 'moet de code (of het nummer) van een activiteit zijn.'],
  [/^no municipality with slug '([^']*)'$/, (m) => `er is geen gemeente met de code “${m[1]}”.`],
  [/^no location with id (\S+)$/, (m) => `er is geen locatie met nummer ${m[1]}.`],
  [/^location (\d+) belongs to (\S+), not to (\S+)$/, (m) => `locatie ${m[1]} hoort bij ${m[2]}, niet bij ${m[3]}.`],
  [/^must be a date YYYY-MM-DD$/, () => 'moet een datum zijn (JJJJ-MM-DD).'],
  [/^must not be in the future \(today is (\S+) in the Netherlands\)$/, (m) => `mag niet in de toekomst liggen (vandaag is ${longDate(m[1])}).`],
  [/^must be in 2000 or later$/, () => 'moet in 2000 of later zijn.'],
  [/^must be between (-?\d+) and (-?\d+)$/, (m) => `moet een heel getal van ${integer(Number(m[1]))} tot en met ${integer(Number(m[2]))} zijn.`],
  [/^must be an integer, not (.*)$/, () => 'moet een heel getal zijn.'],
  [/^must be a string, not (.*)$/, () => 'moet tekst zijn.'],
  [/^must be at most (\d+) characters$/, (m) => `mag hoogstens ${integer(Number(m[1]))} tekens lang zijn.`],
  [/^no order with id (\S+)$/, (m) => `er is geen bestelling met nummer ${m[1]}.`],
  [/^order (\d+) is not an order of (\S+)$/, (m) => `bestelling ${m[1]} is geen bestelling van ${m[2]}.`],
  [/^must be an array of at most 20 organisation names/, () => 'hoogstens 20 namen, elk op één regel en hoogstens 200 tekens.'],
  [/^is not a registration field$/, () => 'is geen kolom die het systeem kent (zie de kopregel hierboven).'],
  [/^is not a field of this resource$/, () => 'is geen kolom die het systeem kent.'],
  [/^is named twice in the header row$/, () => 'staat twee keer in de kopregel.'],
  [/^has (\d+) cells where the header names (\d+)/, (m) => `heeft ${m[1]} cellen, de kopregel noemt er ${m[2]}; zet een cel met een komma of puntkomma tussen aanhalingstekens.`],
  [/^holds no rows$/, () => 'bevat geen regels onder de kopregel.'],
  [/^holds (\d+) rows; at most (\d+) at once$/, (m) => `bevat ${integer(Number(m[1]))} regels; hoogstens ${integer(Number(m[2]))} tegelijk.`],
  [/^must be a whole number from 0 to (\d+), or null$/, () => 'moet een heel getal zijn (0 of meer), of leeg.'],
  [/^is a percentage: 0 to 100$/, () => 'is een percentage: 0 tot en met 100.'],
  [/^must be one line without control characters$/, () => 'moet één regel tekst zijn.'],
  [/^must not contain control characters$/, () => 'bevat tekens die niet zijn toegestaan.'],
];

/** A validation message of the API in Dutch; the original when we do not know it. */
export function dutchMessage(message) {
  const text = String(message || '').trim();
  for (const [pattern, say] of MESSAGES) {
    const match = text.match(pattern);
    if (match) return say(match);
  }
  return text;
}

/** The API's field errors with Dutch messages, for showErrors(). */
export function dutchErrors(errors) {
  return errors.map((error) => ({ ...error, message: capitalise(dutchMessage(error.message)) }));
}

function capitalise(text) {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}

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
