// Talks to the JSON API. The token lives in this tab's sessionStorage only; a link may
// bring it in the fragment (#token=…), which never reaches a server and which we remove
// from the address bar at once.
const STORAGE_KEY = 'catalogus.token';

function takeTokenFromFragment() {
  if (!location.hash) return null;
  const params = new URLSearchParams(location.hash.slice(1));
  const token = params.get('token');
  if (token === null) return null;
  params.delete('token');
  const rest = params.toString();
  history.replaceState(history.state, '', location.pathname + location.search + (rest ? `#${rest}` : ''));
  return token.trim();
}

export function saveToken(token) {
  try {
    if (token) sessionStorage.setItem(STORAGE_KEY, token);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage may be switched off; the token then lasts as long as the page.
  }
}

/** The token from the fragment (then remembered) or from this tab's storage; "" when none. */
export function loadToken() {
  const fromFragment = takeTokenFromFragment();
  if (fromFragment) {
    saveToken(fromFragment);
    return fromFragment;
  }
  try {
    return sessionStorage.getItem(STORAGE_KEY) || '';
  } catch {
    return '';
  }
}

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }
}

function explain(status, detail) {
  switch (status) {
    case 401: return 'Het token is onbekend of ingetrokken. Vul een geldig token in.';
    case 403: return 'Dit token mag deze cijfers niet lezen (een gemeentetoken ziet alleen de eigen gemeente).';
    case 404: return 'Deze gemeente bestaat niet.';
    case 429: return 'Te veel verzoeken achter elkaar; probeer het over een paar seconden opnieuw.';
    default: return `De server kon de cijfers niet leveren (HTTP ${status})${detail ? `: ${detail}` : '.'}`;
  }
}

/** GET a JSON document; throws ApiError with a Dutch message on any failure. */
export async function getJSON(path, token) {
  const headers = { Accept: 'application/json' };
  if (token) {
    if (!/^[\x21-\x7e]+$/.test(token)) throw new ApiError(401, 'Het token bevat tekens die niet in een token horen.');
    headers.Authorization = `Bearer ${token}`;
  }
  let response;
  try {
    response = await fetch(path, { headers, credentials: 'omit' });
  } catch {
    throw new ApiError(0, 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.');
  }
  if (!response.ok) {
    let detail = '';
    try { detail = (await response.json()).detail || ''; } catch { /* not a problem document */ }
    throw new ApiError(response.status, explain(response.status, detail));
  }
  return response.json();
}
