// Euros as a person types them ↔ integer cents as the API keeps them, and the
// indexation's arithmetic exactly as the server does it (PriceService.index with
// DecimalPercent.apply: cents × (1 + p/100), rounded half away from zero to the cent),
// in BigInt so that no floating point can make the preview differ from what is saved.

/**
 * "12,50", "1.234,5", "€ 1234", "12.50" → cents (1250, 123450, 123400, 1250); null when it is
 * not an amount of euros with at most two decimals. A dot followed by exactly three
 * digits groups thousands (Dutch), otherwise a single dot is a decimal point.
 */
export function parseEuros(text) {
  let value = String(text ?? '').replace(/[€\s\u00a0]/g, '');
  if (!value) return null;
  if (value.includes(',')) {
    if (!/^\d{1,3}(\.\d{3})*(,\d{0,2})?$|^\d+(,\d{0,2})?$/.test(value)) return null;
    value = value.replace(/\./g, '').replace(',', '.');
  } else if (/^\d{1,3}(\.\d{3})+$/.test(value)) {
    value = value.replace(/\./g, '');
  } else if (!/^\d+(\.\d{0,2})?$/.test(value)) {
    return null;
  }
  const [whole, fraction = ''] = value.split('.');
  const cents = BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
  return cents > BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(cents);
}

/** 1250 → "12,50": the value an input shows (no euro sign, no grouping, so it re-parses). */
export function eurosInput(cents) {
  if (cents === null || cents === undefined) return '';
  const magnitude = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.floor(magnitude / 100)},${String(magnitude % 100).padStart(2, '0')}`;
}

/**
 * "3,2" or "3.2" or "-1,25" → the API's decimal string ("3.2", "-1.25"); null unless it has
 * 1–3 integer digits, at most 4 decimals and is above −100 (DecimalPercent's rules).
 */
export function parsePercent(text) {
  const value = String(text ?? '').trim().replace(/\s*%$/, '').replace(',', '.');
  const match = /^([+-]?)(\d{1,3})(?:\.(\d{1,4}))?$/.exec(value);
  if (!match) return null;
  const normalised = `${match[1] === '-' ? '-' : ''}${match[2]}${match[3] !== undefined ? `.${match[3]}` : ''}`;
  const { scaled, scale } = scaledPercent(normalised);
  return scaled > -(100n * 10n ** BigInt(scale)) ? normalised : null;
}

function scaledPercent(percent) {
  const negative = percent.startsWith('-');
  const [whole, fraction = ''] = percent.replace(/^[+-]/, '').split('.');
  const magnitude = BigInt(whole + fraction);
  return { scaled: negative ? -magnitude : magnitude, scale: fraction.length };
}

/** `cents` raised by `percent` (the API's decimal string), rounded half away from zero. */
export function indexedCents(cents, percent) {
  const { scaled, scale } = scaledPercent(percent);
  const denominator = 100n * 10n ** BigInt(scale);
  const numerator = BigInt(cents) * (denominator + scaled);
  let quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const twice = (remainder < 0n ? -remainder : remainder) * 2n;
  if (twice >= denominator) quotient += numerator < 0n ? -1n : 1n;
  return Number(quotient);
}

/** "3.2" → "3,2 %" for text. */
export function percentText(percent) {
  return `${percent.replace('.', ',')}\u00a0%`;
}
