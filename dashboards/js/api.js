// Calls to the service's JSON API, and the page state kept in the URL's query string.

/**
 * An answer of the API that is not a success: its HTTP status, its stable code and the whole error answer
 * (`detail`: parameter, reason, value … of a bad parameter), which messages.js words in Japanese.
 */
export class ApiError extends Error {
  constructor(status, code, detail = {}) {
    super(`${code} (HTTP ${status})`);
    this.status = status;
    this.code = code;
    this.detail = detail;
  }
}

/** Builds "path?a=1&b=2" from an object whose values are strings, numbers, booleans or arrays (repeated keys). */
export function apiUrl(path, params = {}) {
  const qs = toSearchParams(params).toString();
  return qs ? `${path}?${qs}` : path;
}

export function toSearchParams(params) {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    for (const one of Array.isArray(v) ? v : [v]) {
      if (one !== undefined && one !== null && one !== '') sp.append(k, String(one));
    }
  }
  return sp;
}

/** GETs JSON; throws ApiError for every kind of failure (unreachable, an error answer, an unreadable answer). */
export async function getJson(path, params = {}) {
  let response;
  try {
    response = await fetch(apiUrl(path, params), { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(0, 'unreachable');
  }
  let body = null;
  const text = await response.text();
  try {
    body = text ? JSON.parse(text) : null;
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    const code = body && typeof body.error === 'string' ? body.error : 'http_' + response.status;
    throw new ApiError(response.status, code, body && typeof body === 'object' ? body : {});
  }
  if (body === null) {
    throw new ApiError(response.status, 'bad_answer');
  }
  return body;
}

/** The page's query string as an object of arrays: {q: ['…'], role: ['委員', '会長']}. */
export function readState(search = window.location.search) {
  const state = {};
  for (const [k, v] of new URLSearchParams(search)) {
    if (v === '') continue;
    (state[k] ||= []).push(v);
  }
  return state;
}

/** The first value of a key in a state object, or the fallback. */
export function first(state, key, fallback = '') {
  return state[key] && state[key].length ? state[key][0] : fallback;
}

/** Puts the state into the address bar: push (a new history entry, so Back works) or replace. */
export function writeState(state, { replace = false } = {}) {
  const qs = toSearchParams(state).toString();
  const url = window.location.pathname + (qs ? '?' + qs : '');
  if (url === window.location.pathname + window.location.search) return;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
}

/** The search page's URL for these parameters (a dashboard's filters and a cell's own). */
export function searchHref(params) {
  return './?' + toSearchParams(params).toString();
}

/** The projects page's view of one project and its discussion. */
export function projectHref(id) {
  return 'projects.html?' + toSearchParams({ project: id }).toString();
}
