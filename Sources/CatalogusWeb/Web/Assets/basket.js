// The basket: what a person is putting together for one municipality and one year,
// kept in this browser (localStorage) until it is saved as a draft order. It holds
// activity codes, names and quantities only — nothing secret; prices always come from
// the API's quote.
const PREFIX = 'catalogus.basket.v1';
const CHOICE = 'catalogus.basket.v1.municipality';

function key(municipality, year) {
  return `${PREFIX}.${municipality}.${year}`;
}

function read(storageKey) {
  try {
    const value = JSON.parse(localStorage.getItem(storageKey) || 'null');
    return Array.isArray(value?.lines) ? value.lines.filter(valid) : [];
  } catch {
    return [];  // unreadable (or storage refused): start with an empty basket
  }
}

function valid(line) {
  return line && typeof line.activity === 'string' && Number.isInteger(line.quantity) && line.quantity > 0;
}

/** The lines [{activity (code), name, unit, quantity}] of a basket. */
export function lines(municipality, year) {
  return municipality ? read(key(municipality, year)) : [];
}

/** Replaces a basket's lines; an empty basket is removed. */
export function save(municipality, year, basketLines) {
  const storageKey = key(municipality, year);
  const kept = basketLines.filter(valid);
  try {
    if (kept.length) localStorage.setItem(storageKey, JSON.stringify({ lines: kept })); else localStorage.removeItem(storageKey);
  } catch {
    // Storage full or refused (private mode): the page keeps working with what it shows.
  }
}

/** Adds `quantity` of an activity (to the line it already has, if any); returns the line. */
export function add(municipality, year, { activity, name, unit }, quantity) {
  const current = lines(municipality, year);
  let line = current.find((entry) => entry.activity === activity);
  if (line) line.quantity += quantity; else current.push(line = { activity, name, unit, quantity });
  save(municipality, year, current);
  return line;
}

export function clear(municipality, year) {
  save(municipality, year, []);
}

/** Every non-empty basket in this browser: [{municipality, year, lines}], for the orders page. */
export function all() {
  const baskets = [];
  for (let index = 0; index < localStorage.length; index += 1) {
    const storageKey = localStorage.key(index);
    const match = storageKey && new RegExp(`^${PREFIX.replaceAll('.', '\\.')}\\.([a-z0-9-]+)\\.(\\d{4})$`).exec(storageKey);
    if (!match) continue;
    const basketLines = read(storageKey);
    if (basketLines.length) baskets.push({ municipality: match[1], year: Number(match[2]), lines: basketLines });
  }
  return baskets.sort((a, b) => b.year - a.year || a.municipality.localeCompare(b.municipality));
}

/** The municipality an admin last ordered for (a municipality account has its own). */
export function chosenMunicipality() {
  try { return localStorage.getItem(CHOICE) || ''; } catch { return ''; }
}

export function chooseMunicipality(slug) {
  try {
    if (slug) localStorage.setItem(CHOICE, slug); else localStorage.removeItem(CHOICE);
  } catch {
    // ignored: the choice is a convenience
  }
}
