// Small DOM helpers: every text from the API goes in as textContent; only <mark> from highlights becomes markup.
import { errorText, unknownParametersText } from './messages.js';

/** h('a', {href: '/x', class: 'y'}, 'text', child) → element; null/false children are skipped. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k in el && typeof v !== 'string') el[k] = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Replaces the children of an element. */
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/**
 * A highlight fragment as DOM: the API marks hits with <mark> and escapes the rest; parsing it in an inert
 * template and copying only text and <mark> keeps the page safe even if an answer were not escaped.
 */
export function highlighted(fragment) {
  const tpl = document.createElement('template');
  tpl.innerHTML = String(fragment);
  const out = document.createDocumentFragment();
  const walk = (node, target) => {
    for (const n of node.childNodes) {
      if (n.nodeType === Node.TEXT_NODE) target.append(document.createTextNode(n.textContent));
      else if (n.nodeName === 'MARK') target.append(h('mark', {}, n.textContent));
      else walk(n, target);
    }
  };
  walk(tpl.content, out);
  return out;
}

/** A readable error box (role=alert) in Japanese for an ApiError or any other failure; never the raw answer. */
export function errorBox(err, what) {
  return h('div', { class: 'error', role: 'alert', 'data-code': (err && err.code) || null },
    h('strong', {}, `${what}を表示できませんでした`), h('br'), errorText(err, what));
}

/** A note (role=status) that says what a page did with something in its URL or input. */
export function noteBox(text, id) {
  return h('div', { class: 'note', role: 'status', id }, text);
}

/** The note about the URL's parameters that a page does not use (null when there are none). */
export function unknownParametersNote(state, known) {
  const unknown = Object.keys(state).filter((k) => !known.includes(k));
  return unknown.length ? noteBox(unknownParametersText(unknown.map((k) => `${k}=${state[k][0] ?? ''}`)),
    'unknown-parameters') : null;
}

/** A status line (e.g. "読み込み中…") announced to screen readers. */
export function statusLine(text) {
  return h('p', { class: 'status', role: 'status' }, text);
}

/** A <table> in a scrolling wrapper: caption, header cells, rows of cells (strings, numbers or nodes). */
export function dataTable({ caption, head, rows, foot, numericFrom = 1, id }) {
  const cell = (tag, v, i) => h(tag, { class: i >= numericFrom && (typeof v === 'number') ? 'num' : null,
    scope: tag === 'th' ? (i === 0 ? 'row' : null) : null }, v instanceof Node ? v : formatCell(v));
  const table = h('table', { class: 'data', id },
    caption ? h('caption', {}, caption) : null,
    h('thead', {}, h('tr', {}, head.map((c, i) => h('th', { scope: 'col',
      class: i >= numericFrom && rows.length && typeof rows[0][i] === 'number' ? 'num' : null }, c)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, r.map((v, i) => cell(i === 0 ? 'th' : 'td', v, i))))),
    foot ? h('tfoot', {}, h('tr', {}, foot.map((v, i) => cell(i === 0 ? 'th' : 'td', v, i)))) : null);
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption || '表' }, table);
}

function formatCell(v) {
  if (typeof v === 'number') return v.toLocaleString('ja-JP');
  return v === undefined || v === null ? '' : String(v);
}

/** Option elements for a <select>: a first "all" option, then [value, label] pairs; marks the chosen value. */
export function options(select, allLabel, pairs, chosen, disabled = () => false) {
  const seen = new Set(pairs.map(([v]) => v));
  const list = chosen && !seen.has(chosen) ? [...pairs, [chosen, chosen]] : pairs;
  replace(select, h('option', { value: '' }, allLabel),
    list.map(([v, label]) => h('option', { value: v, selected: v === chosen, disabled: v !== chosen && disabled(v) },
      label)));
  select.value = chosen || '';
}

/**
 * A 年度 range of two selects that can never be chosen backwards: years after "to" are off in "from", and years
 * before "from" off in "to". `pairs` are [year, label] in order.
 */
export function yearRange(fromSelect, toSelect, allLabel, pairs, from, to) {
  const f = Number(from) || null;
  const t = Number(to) || null;
  options(fromSelect, allLabel, pairs, from, (y) => t !== null && Number(y) > t);
  options(toSelect, allLabel, pairs, to, (y) => f !== null && Number(y) < f);
}

/** A link to the CSV of a table (the same filters as the table), placed under it. */
export function csvLink(href, what, id) {
  return h('p', { class: 'csv-link' }, h('a', { href, download: '', id, class: 'button secondary' }, `${what}をCSVで保存`));
}

export { ROLE_GROUPS, roleGroupLabel } from './labels.js';
