// The key figures the server computes from the raw ones (FigureService.computedValues),
// computed the same way here so that the page can show them while the person types.
// They are never sent: the API refuses a computed figure.

/** Totals: the sum of the parts that are filled in; null when none is. */
export const SUMS = {
  members_total: ['members_paying', 'members_youth', 'members_start', 'members_other'],
  loans_physical_total: ['loans_books', 'loans_avm', 'loans_magazines'],
  loans_online_total: ['loans_ebooks', 'loans_audiobooks'],
};

export function sum(values, codes) {
  const present = codes.map((code) => values[code]).filter((value) => typeof value === 'number' && Number.isFinite(value));
  return present.length ? present.reduce((total, value) => total + value, 0) : null;
}

/**
 * numerator / denominator × scale in tenths, rounded half away from zero, exactly as
 * FigureNumber.ratioTenths (in BigInt, so that large counts stay exact); null for a zero
 * or missing denominator.
 */
export function ratioTenths(numerator, denominator, scale) {
  if (numerator == null || !(denominator > 0)) return null;
  const wide = BigInt(numerator) * BigInt(scale) * 10n;
  const divisor = BigInt(denominator);
  let quotient = wide / divisor;
  const remainder = wide % divisor;
  if ((remainder < 0n ? -remainder : remainder) * 2n >= divisor) quotient += wide < 0n ? -1n : 1n;
  return Number(quotient);
}

/** Every live total from the raw values ({code: number|null}) and the inhabitants (or null). */
export function computeTotals(values, inhabitants) {
  const totals = {};
  for (const [code, parts] of Object.entries(SUMS)) totals[code] = sum(values, parts);
  const tenths = ratioTenths(totals.members_total, inhabitants, 100);
  // Percentages carry one decimal, like the API's 20.5.
  totals.participation_rate = tenths == null ? null : tenths / 10;
  return totals;
}
