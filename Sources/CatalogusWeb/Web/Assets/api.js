// Talks to the JSON API with the signed-in person's session cookie (same origin only).
// Changes carry the page's CSRF token (<meta name="csrf-token">), which the server
// checks together with the Origin header; a page of another site can send neither.

export class ApiError extends Error {
  /**
   * status: the HTTP status (0 when the server could not be reached);
   * problem: the RFC 9457 problem document when the server sent one, else null;
   * fieldErrors: [{field, code, params, row?, message}] of a 422, else []; message is
   * the server's Dutch detail (the server says every error in Dutch; pages show it as is).
   */
  constructor(status, message, problem = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.fieldErrors = fieldErrors(problem);
  }
}

/** The CSRF token of this page, or '' when nobody is signed in. */
export function csrfToken() {
  return document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') || '';
}

/** A problem's field errors (or a bulk upload's row errors), each with its Dutch detail as `message`. */
export function fieldErrors(problem) {
  return Array.isArray(problem?.errors) ? problem.errors.map((error) => ({ ...error, message: error.detail || '' })) : [];
}

/**
 * The server's own Dutch detail; the words below only when no problem document came
 * (a proxy's answer, a cut connection), so that the page still says something.
 */
function explain(status, problem) {
  if (problem?.detail && problem?.code) return problem.detail;
  switch (status) {
    case 401: return 'U bent niet (meer) aangemeld. Meld u opnieuw aan.';
    case 403: return 'Dit mag u niet met uw account.';
    case 404: return 'Dit bestaat (niet meer).';
    case 409: return 'Dit botst met een andere wijziging.';
    case 412: return 'Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw.';
    case 413: return 'Wat u stuurt is te groot.';
    case 422: return 'Niet alle velden zijn goed ingevuld.';
    case 429: return 'Te veel verzoeken achter elkaar; probeer het over een paar seconden opnieuw.';
    case 503: return 'De server is even te druk; probeer het zo opnieuw.';
    case 507: return 'De server heeft geen schijfruimte meer; er is niets opgeslagen.';
    default: return `De server kon dit niet verwerken (HTTP ${status}).`;
  }
}

/**
 * One API call. options: {json: body to send as JSON, body: raw body, contentType,
 * headers, accept (default application/json)}. Returns {status, headers, data} where
 * data is the parsed JSON (or text for other types, null for 204). Throws ApiError.
 */
export async function request(method, path, options = {}) {
  const headers = { Accept: options.accept || 'application/json', ...(options.headers || {}) };
  let body;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.body !== undefined) {
    headers['Content-Type'] = options.contentType || 'application/octet-stream';
    body = options.body;
  }
  if (!['GET', 'HEAD'].includes(method)) {
    const token = csrfToken();
    if (token) headers['X-CSRF-Token'] = token;
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body, credentials: 'same-origin', cache: 'no-cache' });
  } catch {
    throw new ApiError(0, 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.');
  }
  const type = response.headers.get('Content-Type') || '';
  let data = null;
  if (response.status !== 204 && response.status !== 304) {
    if (type.includes('json')) {
      try { data = await response.json(); } catch { data = null; }
    } else {
      data = await response.text();
    }
  }
  if (!response.ok) {
    const problem = data && typeof data === 'object' ? data : null;
    throw new ApiError(response.status, explain(response.status, problem), problem);
  }
  return { status: response.status, headers: response.headers, data };
}

/** GET a JSON document; throws ApiError with a Dutch message on any failure. */
export async function getJSON(path) {
  return (await request('GET', path)).data;
}

/** Every item of a paginated list ({items, next_cursor}), following the cursor; at most `limit` pages. */
export async function getAll(path, pages = 50) {
  const items = [];
  let url = path;
  for (let page = 0; page < pages && url; page += 1) {
    const data = await getJSON(url);
    items.push(...(data.items || []));
    if (!data.next_cursor) break;
    const next = new URL(url, location.origin);
    next.searchParams.set('cursor', data.next_cursor);
    url = next.pathname + next.search;
  }
  return items;
}
