// Calls to the service's JSON API, and the page state kept in the URL's query string.

/** An answer of the API that is not a success, with the service's own sentence when it gave one. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
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

/** GETs JSON; throws ApiError with a readable message for every kind of failure. */
export async function getJson(path, params = {}) {
  let response;
  try {
    response = await fetch(apiUrl(path, params), { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(0, 'unreachable', 'サーバーに接続できません。ネットワークとサービスの状態を確認してください。');
  }
  let body = null;
  const text = await response.text();
  try {
    body = text ? JSON.parse(text) : null;
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    const message = body && typeof body.message === 'string' ? body.message : describeStatus(response.status);
    throw new ApiError(response.status, body && body.error ? String(body.error) : 'http_' + response.status, message);
  }
  if (body === null) {
    throw new ApiError(response.status, 'bad_answer', 'サーバーの応答を読めませんでした。');
  }
  return body;
}

function describeStatus(status) {
  if (status === 404) return '見つかりません。';
  if (status === 503) return '検索エンジンに接続できません。しばらくしてから再度お試しください。';
  return `サーバーがエラーを返しました (HTTP ${status})。`;
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
