// The server's Dutch words for the API's codes (Vocabulary.swift and the enums beside it),
// which every page with a script carries in <script type="application/json" id="vocabulary">.
// The scripts keep no tables of their own: a code the page does not know is shown as it is.
const element = document.getElementById('vocabulary');
const words = element ? JSON.parse(element.textContent) : {};

/** The label of `code` in the set `name` ('roles', 'order_statuses', 'units', …). */
export function label(name, code) {
  return words[name]?.[code] ?? code;
}

export const roleLabel = (code) => label('roles', code);
export const statusLabel = (code) => label('order_statuses', code);
export const unitLabel = (code) => label('units', code);
export const formatLabel = (code) => label('formats', code);
export const locationKindLabel = (code) => label('location_kinds', code);
export const fieldLabel = (code) => label('registration_fields', code);

/** A price unit as a noun, for a column headed "Eenheid": "per dagdeel" → "dagdeel". */
export function unitNoun(code) {
  return unitLabel(code).replace(/^per /, '');
}
