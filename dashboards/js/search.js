// Search page: remarks (/api/search) or KWIC lines (/api/kwic) for the query and filters in the URL.
import { getJson, apiUrl, readState, writeState, first, projectHref } from './api.js';
import { h, replace, errorBox, noteBox, statusLine, highlighted, options, yearRange, unknownParametersNote, ROLE_GROUPS,
  roleGroupLabel } from './dom.js';
import { eraYear, fiscalYearLabel, dateLabel, warekiDate, parseDay } from './era.js';
import { PARAMETER_LABELS } from './messages.js';
import { fitAll } from './fit.js';

const PAGE_SIZE = 20;
/** The API's window: page × size beyond it is refused, so the pager stops there. */
const MAX_WINDOW = 10000;
const MAX_PAGE = Math.floor(MAX_WINDOW / PAGE_SIZE);
// what goes to the API; the rest of the URL state (page, view, open) belongs to the page
const QUERY_KEYS = ['q', 'speaker', 'role', 'role_group', 'group', 'body', 'meeting', 'theme', 'project', 'fy_from',
  'fy_to', 'date_from', 'date_to', 'sort', 'synonyms', 'match'];
// facets=exact: every match counted (the total and the filter choices' counts), where the service would estimate them
const PAGE_KEYS = ['page', 'view', 'open', 'facets'];
const SELECTS = ['role', 'role_group', 'group', 'body', 'meeting', 'theme', 'fy_from', 'fy_to', 'sort'];
const TEXTS = ['speaker', 'date_from', 'date_to'];
// the filters shown as removable chips, in this order
const CHIP_KEYS = ['speaker', 'role', 'role_group', 'group', 'body', 'meeting', 'theme', 'project', 'fy_from', 'fy_to',
  'date_from', 'date_to', 'synonyms', 'match'];
const DEFAULT_TITLE = document.title;

const form = document.getElementById('search-form');
const results = document.getElementById('results');
const notes = document.getElementById('notes');
const chips = document.getElementById('chips');
const dialog = document.getElementById('remark');
// 会派 are known from the facets of the answers only: most minutes give none
const vocabulary = { role: new Set(), group: new Set(), body: new Set(), theme: new Set(), fiscal_year: new Set() };
let vocabularyLoaded = null;
let meetings = [];
let meetingsMore = 0;
let meetingsKey = null;
let lastFacets = {};
// project id → name, from the hits' links and from /api/projects/{id} for a project= of the URL
const projectNames = new Map();
// notes of this run: the URL's unknown parameters, a clamped page
let runNotes = [];

/** The API's parameters of a state: only the keys it knows, synonyms only when switched off. */
function queryOf(state) {
  const q = {};
  for (const k of QUERY_KEYS) if (state[k]) q[k] = state[k];
  if (first(state, 'synonyms') !== 'false') delete q.synonyms;
  return q;
}

function hasQuery(state) {
  return QUERY_KEYS.some((k) => k !== 'sort' && k !== 'synonyms' && k !== 'match' && state[k]);
}

/** Roles, bodies, themes and fiscal years for the filters; each source may fail alone without hiding the page. */
function loadVocabulary() {
  vocabularyLoaded ||= Promise.allSettled([
    getJson('/api/roles').then((r) => (r.roles || []).forEach((x) => vocabulary.role.add(x.key))),
    getJson('/api/themes').then((r) => (r.themes || []).forEach((x) => vocabulary.theme.add(x.name))),
    getJson('/api/meetings', { size: 100 }).then((r) => (r.meetings || []).forEach((m) => {
      if (m.body) vocabulary.body.add(m.body);
      if (m.fiscal_year) vocabulary.fiscal_year.add(Number(m.fiscal_year));
    })),
  ]);
  return vocabularyLoaded;
}

/**
 * The meetings the 会議 select offers: those of the chosen body, years and days (at most 100; the rest is
 * counted and the user asked to narrow), plus the chosen meeting itself.
 */
async function loadMeetings(state) {
  const params = { size: 100, sort: '-date' };
  for (const k of ['body', 'fy_from', 'fy_to', 'date_from', 'date_to']) if (first(state, k)) params[k] = first(state, k);
  const key = JSON.stringify(params);
  if (key === meetingsKey) return;
  try {
    const r = await getJson('/api/meetings', params);
    meetings = r.meetings || [];
    meetingsMore = Math.max(0, Number(r.total || 0) - meetings.length);
    meetingsKey = key;
  } catch (err) {
    // a bad year or day in the URL: the search itself says so
    meetings = [];
    meetingsMore = 0;
  }
  const chosen = first(state, 'meeting');
  if (chosen && !meetings.some((m) => m.id === chosen)) {
    try {
      meetings = [await getJson(`/api/meetings/${encodeURIComponent(chosen)}`), ...meetings];
    } catch (err) {
      // an unknown meeting: the select shows its id, the search finds nothing
    }
  }
}

/** A meeting as the select and the chips name it: its title (digits as typed folded) and day in 和暦. */
function meetingLabel(m) {
  const title = String(m.title || m.id).replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, ' ').trim();
  return m.date ? `${title}（${warekiDate(m.date)}）` : title;
}

function facetCounts(name) {
  return new Map((lastFacets[name] || []).map((b) => [String(b.key), Number(b.count)]));
}

/** "[value, label]" pairs with the count of the current results beside each value the facets give. */
function counted(name, pairs) {
  const counts = facetCounts(name);
  return pairs.map(([v, label]) => [v, counts.has(v) ? `${label}（${counts.get(v).toLocaleString('ja-JP')}件）` : label]);
}

function fillMeetings(state) {
  const select = form.elements.meeting;
  const chosen = first(state, 'meeting');
  const bodies = new Map();
  for (const m of meetings) {
    const body = m.body || '会議体なし';
    if (!bodies.has(body)) bodies.set(body, []);
    if (!bodies.get(body).some((x) => x.id === m.id)) bodies.get(body).push(m);
  }
  replace(select, h('option', { value: '' }, 'すべて'),
    [...bodies.entries()].map(([body, list]) => h('optgroup', { label: body },
      list.map((m) => h('option', { value: m.id, selected: m.id === chosen }, meetingLabel(m))))),
    meetingsMore ? h('option', { value: '', disabled: true },
      `ほか${meetingsMore}件（会議体・年度・日付で絞り込むと選べます）`) : null,
    chosen && !meetings.some((m) => m.id === chosen) ? h('option', { value: chosen, selected: true }, chosen) : null);
  select.value = chosen;
}

/**
 * The typed fields from the state: done at once when a state is shown, before anything is awaited, so that a
 * slow answer never overwrites what the user has typed since.
 */
function fillTexts(state) {
  form.elements.q.value = first(state, 'q');
  for (const k of TEXTS) form.elements[k].value = first(state, k);
  form.elements.synonyms.checked = first(state, 'synonyms') !== 'false';
}

/** The selects from the state, with the vocabulary and the counts of the latest answer. */
function fillForm(state) {
  const merged = (name) => [...new Set([...vocabulary[name], ...facetCounts(name).keys()])];
  options(form.elements.role, 'すべて', counted('role', merged('role').map((r) => [r, r])), first(state, 'role'));
  options(form.elements.role_group, 'すべて', ROLE_GROUPS, first(state, 'role_group'));
  const groups = merged('group');
  options(form.elements.group, 'すべて', counted('group', groups.map((g) => [g, g])), first(state, 'group'));
  form.elements.group.closest('label').hidden = groups.length === 0 && !first(state, 'group');
  options(form.elements.body, 'すべて', counted('body', merged('body').sort((a, b) => a.localeCompare(b, 'ja'))
    .map((b) => [b, b])), first(state, 'body'));
  options(form.elements.theme, 'すべて', counted('theme', merged('theme').map((t) => [t, t])), first(state, 'theme'));
  fillMeetings(state);
  const years = [...new Set([...vocabulary.fiscal_year, ...[...facetCounts('fiscal_year').keys()].map(Number)])]
    .filter(Number.isInteger).sort((a, b) => a - b).map((y) => [String(y), fiscalYearLabel(y)]);
  yearRange(form.elements.fy_from, form.elements.fy_to, '指定なし', counted('fiscal_year', years), first(state, 'fy_from'),
    first(state, 'fy_to'));
  form.elements.sort.value = first(state, 'sort');
  dateHint();
}

/** Under the day fields: what each typed day is read as, in 和暦 and 西暦. */
function dateHint() {
  const parts = [['date_from', 'から'], ['date_to', 'まで']].map(([k, word]) => {
    const typed = form.elements[k].value.trim();
    if (!typed) return null;
    const day = parseDay(typed);
    return day ? `${dateLabel(day)}${word}` : `「${typed}」${word}（日付として読めるか検索時に確かめます）`;
  }).filter(Boolean);
  document.getElementById('date-hint').textContent = parts.length ? parts.join('、')
    : '令和3年4月1日、R3.4.1、2021-04-01 のどれでも入力できます。';
}

/** The state the form describes (a new search starts at page 1; the view is kept). */
function stateFromForm(current) {
  const state = { q: form.elements.q.value.trim() };
  for (const k of TEXTS) state[k] = form.elements[k].value.trim();
  // days the page can read go into the URL as ISO dates; others as typed, for the API to read or refuse
  for (const k of ['date_from', 'date_to']) state[k] = parseDay(state[k]) || state[k];
  for (const k of SELECTS) state[k] = form.elements[k].value;
  if (!form.elements.synonyms.checked) state.synonyms = 'false';
  if (first(current, 'match')) state.match = first(current, 'match');
  // the project filter has no field of its own: it comes from a hit's chip or the URL, and stays until removed
  if (current.project) state.project = current.project;
  // a second role given in a shared URL survives while the first is unchanged
  if (current.role && current.role.length > 1 && current.role[0] === state.role) state.role = current.role;
  if (first(current, 'view')) state.view = first(current, 'view');
  return state;
}

function go(state, { replace: replaceEntry = false } = {}) {
  writeState(state, { replace: replaceEntry });
  return run();
}

async function run() {
  const state = readState();
  runNotes = [unknownParametersNote(state, [...QUERY_KEYS, ...PAGE_KEYS])].filter(Boolean);
  fillTexts(state);
  dateHint();
  await loadVocabulary();
  await loadMeetings(state);
  fillForm(state);
  await loadProjectNames(state);
  showChips(state);
  const panel = document.getElementById('filter-panel');
  const filtered = SELECTS.some((k) => state[k]) || TEXTS.some((k) => first(state, k))
    || first(state, 'synonyms') === 'false';
  if (filtered || !window.matchMedia('(max-width: 600px)').matches) panel.open = true;
  else if (!panel.dataset.touched) panel.open = false;
  if (!hasQuery(state)) {
    document.title = DEFAULT_TITLE;
    replace(results, h('p', { class: 'muted' }, '検索語を入力するか、条件を選んでください。'));
  } else if (first(state, 'view') === 'kwic') {
    await showKwic(state);
  } else {
    await showHits(state);
  }
  replace(notes, runNotes);
  const open = first(state, 'open');
  if (open) openRemark(open, false);
  else if (dialog.open) dialog.close();
}

/** The page title: what was searched and how many remarks were found, so tabs and history say it. */
function setTitle(state, total, approximate) {
  const q = first(state, 'q');
  const filters = CHIP_KEYS.filter((k) => state[k]).length;
  const what = q ? `「${q}」` : '条件';
  document.title = `${what}${filters && q ? '（絞り込みあり）' : ''}の発言 ${countLabel(total, approximate)} — 会議録検索`;
}

/**
 * A count of remarks as the page shows it: an estimate (a total the service estimated from a random sample) as
 * 約 and three significant figures, since the digits beyond are noise.
 */
function countLabel(total, approximate) {
  if (!approximate) return `${total.toLocaleString('ja-JP')}件`;
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(1, total))) - 2);
  return `約${(Math.round(total / unit) * unit).toLocaleString('ja-JP')}件`;
}

/** The names of the URL's projects (project=) not yet known; an unknown id keeps its id as its name. */
async function loadProjectNames(state) {
  await Promise.allSettled((state.project || []).filter((id) => !projectNames.has(id)).map((id) =>
    getJson(`/api/projects/${encodeURIComponent(id)}`).then((p) => projectNames.set(id, p.name))));
}

/** A chip's text for one value of a filter. */
function chipText(key, value) {
  const name = PARAMETER_LABELS[key] || key;
  if (key === 'role_group') return `${name}: ${roleGroupLabel(value)}`;
  if (key === 'fy_from' || key === 'fy_to') return `${name}: ${/^\d{4}$/.test(value) ? eraYear(value) : value}`;
  if (key === 'date_from' || key === 'date_to') return `${name}: ${warekiDate(parseDay(value) || value)}`;
  if (key === 'meeting') {
    const m = meetings.find((x) => x.id === value);
    return `${name}: ${m ? meetingLabel(m) : value}`;
  }
  if (key === 'project') return `${name}: ${projectNames.get(value) || value}`;
  if (key === 'synonyms') return '同義語を使わない';
  if (key === 'match') return `一致: ${{ exact: 'そのままの一致のみ', broad: '語の一部の一致も含む', partial: '一部の語が欠ける発言も含む', related: '関連語だけの発言も含む', auto: '自動' }[value] || value}`;
  return `${name}: ${value}`;
}

/** The active filters as chips; each one's button removes that filter (and starts at page 1 again). */
function showChips(state) {
  const list = [];
  for (const key of CHIP_KEYS) {
    for (const value of state[key] || []) {
      if (key === 'synonyms' && value !== 'false') continue;
      const text = chipText(key, value);
      list.push(h('li', { class: 'chip', 'data-key': key, 'data-value': value },
        h('span', {}, text),
        h('button', { type: 'button', class: 'plain remove', 'aria-label': `${text} の条件を外す`, title: '条件を外す',
          onclick: () => {
            const next = { ...readState() };
            next[key] = (next[key] || []).filter((v) => v !== value);
            delete next.page;
            go(next);
          } }, '×')));
    }
  }
  replace(chips, list.length ? h('ul', { 'aria-label': '適用中の条件（×で外す）' }, list) : null);
  chips.hidden = !list.length;
}

function toolbar(state, total, csvPath, approximate = false) {
  const kwic = first(state, 'view') === 'kwic';
  const view = (name) => () => {
    const next = { ...state, view: name === 'kwic' ? 'kwic' : '' };
    delete next.page;
    go(next);
  };
  return h('div', { class: 'result-bar' },
    h('span', { class: 'total', id: 'total', 'data-total': total, 'data-approximate': String(approximate) },
      countLabel(total, approximate)),
    h('div', { class: 'tabs', role: 'group', 'aria-label': '表示' },
      h('button', { type: 'button', 'aria-pressed': String(!kwic), id: 'view-hits', onclick: view('hits') }, '発言一覧'),
      h('button', { type: 'button', 'aria-pressed': String(kwic), id: 'view-kwic', onclick: view('kwic') }, 'KWIC')),
    h('a', { class: 'button secondary', id: 'csv', href: apiUrl(csvPath, queryOf(state)), download: '' },
      'CSVで保存'),
    h('button', { type: 'button', class: 'secondary', id: 'copy-link', onclick: copyLink }, 'リンクをコピー'),
    h('span', { id: 'copy-status', class: 'muted', role: 'status' }));
}

/** Copies the page's URL (the whole search) to the clipboard; where that is refused, shows it to copy by hand. */
async function copyLink() {
  const status = document.getElementById('copy-status');
  const url = window.location.href;
  try {
    await navigator.clipboard.writeText(url);
    status.textContent = 'この検索のリンクをコピーしました。';
  } catch (err) {
    const field = h('input', { type: 'text', readonly: true, value: url, 'aria-label': 'この検索のリンク', class: 'link-field' });
    replace(status, 'コピーできませんでした。次のリンクを選んでコピーしてください: ', field);
    field.select();
  }
}

function expansionsNote(state, expanded) {
  const entries = Object.entries(expanded || {}).filter(([, v]) => v && v.length);
  const off = first(state, 'synonyms') === 'false';
  if (!entries.length && !off) return null;
  const toggle = h('button', { type: 'button', class: 'secondary', id: 'synonym-toggle', onclick: () => {
    const next = { ...state, synonyms: off ? '' : 'false' };
    delete next.page;
    go(next);
  } }, off ? '同義語も検索する' : '同義語を使わない');
  const text = off ? '同義語の展開はオフです。'
    : '同義語も検索しました: ' + entries.map(([k, v]) => `${k} → ${v.join('、')}`).join(' ／ ');
  return h('div', { class: 'expansions', id: 'expansions' }, h('span', {}, text), ' ', toggle);
}

// from a large index the filter choices' counts, and beyond twice the sample the total, are estimated from a random
// sample of the matches; a switch counts every match instead (slower)
function facetsNote(state, answer, total) {
  if (!answer.facets_approximate) return null;
  const counted = Number(answer.facets_counted) || 0;
  const approximate = Boolean(answer.total_approximate);
  const exact = h('button', { type: 'button', class: 'secondary', id: 'count-exact', onclick: () => {
    go({ ...state, facets: 'exact' });
  } }, 'すべて数える');
  return h('p', { class: 'muted', id: 'facets-note' },
    `${approximate ? '件数と' : ''}絞り込みの候補の件数は、${countLabel(total, approximate)}から無作為に選んだ`
      + `${counted.toLocaleString('ja-JP')}件をもとにした推計です（概数）。`, ' ', exact);
}

const MATCH_LABELS = {
  exact: '語がそのまま（表記ゆれ・同義語・発言者名を含む）現れる発言',
  broad: '語の一部が離れて現れる発言も含む',
  partial: '複数の語のうち一つが欠ける発言、複合語はその一部だけの発言も含む',
  related: '見つかった発言に特徴的な語（関連語）を二つ以上含む発言も、1ページ目を満たすまで含む',
};

/** What the total counts (exact, broad, partial or related matching), with a switch to the other extreme. */
function matchNote(state, match) {
  if (!match || !MATCH_LABELS[match]) return null;
  const widen = match === 'exact';
  const toggle = h('button', { type: 'button', class: 'secondary', id: 'match-toggle', onclick: () => {
    const next = { ...state, match: widen ? 'broad' : 'exact' };
    delete next.page;
    go(next);
  } }, widen ? '語の一部だけの一致も含める' : 'そのままの一致だけにする');
  return h('div', { class: 'expansions', id: 'match', 'data-match': match },
    h('span', {}, `件数は${MATCH_LABELS[match]}の数です。`), ' ', toggle);
}

// Speaker names as one types (by name or, in kana, by reading), from /api/speakers; the latest answer wins.
const SUGGEST_DELAY_MS = 200;
let suggestTimer = null;
let suggestSeq = 0;

function suggestSpeakers() {
  clearTimeout(suggestTimer);
  const prefix = form.elements.speaker.value.trim();
  const list = document.getElementById('speaker-list');
  if (!prefix) {
    replace(list);
    return;
  }
  suggestTimer = setTimeout(async () => {
    const seq = ++suggestSeq;
    let answer;
    try {
      answer = await getJson('/api/speakers', { prefix, size: 10 });
    } catch (err) {
      return; // suggestions are a help: the field still works without them
    }
    if (seq !== suggestSeq) return;
    replace(list, ...(answer.speakers || []).map((s) =>
      h('option', { value: s.name, label: `${s.name}（${s.remarks}件）` })));
  }, SUGGEST_DELAY_MS);
}

form.elements.speaker.addEventListener('input', suggestSpeakers);

/** The facets parameter of a state: every match counted only when asked for (facets=exact). */
function facetsOf(state) {
  return first(state, 'facets') === 'exact' ? { facets: 'exact' } : {};
}

function totalOf(answer) {
  return Number(answer.total && answer.total.value !== undefined ? answer.total.value : answer.total) || 0;
}

async function showHits(state) {
  const asked = Math.max(1, Math.floor(Number(first(state, 'page', '1'))) || 1);
  let page = Math.min(asked, MAX_PAGE);
  replace(results, statusLine('検索中…'));
  let answer;
  try {
    answer = await getJson('/api/search', { ...queryOf(state), ...facetsOf(state), size: PAGE_SIZE, page });
    const last = Math.min(MAX_PAGE, Math.max(1, Math.ceil(totalOf(answer) / PAGE_SIZE)));
    if (page > last) {
      // past the last page (a shared URL, fewer results since): show the last page and say so
      page = last;
      answer = await getJson('/api/search', { ...queryOf(state), ...facetsOf(state), size: PAGE_SIZE, page });
    }
  } catch (err) {
    document.title = `エラー — ${DEFAULT_TITLE}`;
    replace(results, errorBox(err, '検索結果'));
    return;
  }
  const total = totalOf(answer);
  if (page !== asked) {
    const next = { ...state, page: page > 1 ? String(page) : '' };
    writeState(next, { replace: true });
    runNotes.push(noteBox(total ? `${asked}ページはありません。最後の${page}ページを表示しています。`
      : `${asked}ページはありません。`, 'page-note'));
  }
  lastFacets = answer.facets || {};
  fillForm(state);
  const approximate = Boolean(answer.total_approximate);
  setTitle(state, total, approximate);
  const hits = answer.hits || [];
  const pages = Math.min(MAX_PAGE, Math.max(1, Math.ceil(total / PAGE_SIZE)));
  replace(results,
    toolbar(state, total, '/api/search.csv', approximate),
    expansionsNote(state, answer.expanded),
    facetsNote(state, answer, total),
    matchNote(state, answer.match),
    hits.length ? h('ol', { class: 'hits', id: 'hits', start: (page - 1) * PAGE_SIZE + 1 }, hits.map(hitItem))
      : h('p', { class: 'muted', id: 'no-hits' }, '該当する発言はありません。条件を減らすか、別の語で検索してください。'),
    total > MAX_WINDOW ? h('p', { class: 'muted' },
      `${MAX_WINDOW.toLocaleString('ja-JP')}件目より後は表示できません。条件を絞り込むか、CSVで保存してください。`) : null,
    pages > 1 ? pager(state, page, pages) : null);
}

function who(remark) {
  const role = remark.role || roleGroupLabel(remark.role_group) || '';
  return remark.speaker ? `${role}（${remark.speaker}）` : role;
}

/**
 * 原文: a link to the publisher's page of the record or speech where the source gives one (http and https only),
 * else the file it was loaded from; with the PDF page where known.
 */
function sourceOf(remark) {
  const s = remark.source;
  if (!s || (!s.url && !s.file)) return null;
  const page = s.page ? ` ${s.page}ページ` : '';
  if (s.url && /^https?:\/\//i.test(s.url)) {
    return h('a', { class: 'source', href: s.url, target: '_blank', rel: 'noopener noreferrer' }, '原文' + page);
  }
  const name = String(s.file || '').split(/[\\/]/).pop();
  return h('span', { class: 'source', title: s.file || '' }, `原文: ${name}${page}`);
}

function agendaText(item) {
  if (!item) return '';
  if (typeof item === 'string') return item;
  return [item.number, item.title].filter(Boolean).join(' ');
}

/**
 * The snippet of a hit: the API's fragments (a short remark whole; longer ones cut where … stands, never
 * overlapping), one … between two fragments.
 */
function snippet(hit) {
  const text = h('p', { class: 'text' });
  const fragments = hit.highlight && hit.highlight.length ? hit.highlight : null;
  if (!fragments) {
    const chars = Array.from(hit.text || '');
    text.textContent = chars.length > 240 ? chars.slice(0, 240).join('') + '…' : chars.join('');
    return text;
  }
  fragments.forEach((f, i) => {
    let part = String(f);
    if (i > 0) part = part.replace(/^\s*…/, '');
    if (i < fragments.length - 1) part = part.replace(/…\s*$/, '');
    if (i > 0) text.append(' … ');
    text.append(highlighted(part));
  });
  return text;
}

function hitItem(hit) {
  const m = hit.meeting || {};
  const open = h('button', { type: 'button', class: 'open', onclick: () => openRemark(hit.id, true) },
    m.title || '会議');
  return h('li', { class: 'hit', 'data-id': hit.id },
    h('div', { class: 'meta' },
      h('span', { class: 'who' }, who(hit)),
      hit.group ? h('span', { class: 'group' }, hit.group) : null,
      open,
      m.date ? h('span', { class: 'date' }, dateLabel(m.date)) : null,
      hit.agenda_item ? h('span', {}, '議題: ' + agendaText(hit.agenda_item)) : null,
      hit.section ? h('span', {}, hit.section) : null,
      sourceOf(hit)),
    snippet(hit),
    projectChips(hit));
}

/**
 * The projects a hit discusses: each name links to the project's discussion on the projects page, and its button
 * narrows the search to the project's remarks (project=, shown as a chip above the hits).
 */
function projectChips(hit) {
  const projects = hit.projects || [];
  if (!projects.length) return null;
  return h('ul', { class: 'project-chips', 'aria-label': 'この発言が取り上げた事業' }, projects.map((p) => {
    projectNames.set(p.id, p.name);
    const words = (p.words || []).join('、');
    return h('li', { class: 'project-chip', 'data-project': p.id },
      h('a', { href: projectHref(p.id), title: words ? `「${words}」で事業と結び付けました` : null }, p.name),
      h('button', { type: 'button', class: 'plain filter', 'aria-label': `事業「${p.name}」の発言に絞り込む`,
        title: 'この事業の発言に絞り込む', onclick: () => {
          const next = { ...readState(), project: [p.id] };
          delete next.page;
          go(next);
        } }, '絞り込む'));
  }));
}

/** The pages to offer: the first, the last, and two either side of the current one, with gaps marked. */
function pageNumbers(page, pages) {
  const wanted = new Set([1, pages]);
  for (let p = page - 2; p <= page + 2; p++) if (p >= 1 && p <= pages) wanted.add(p);
  const sorted = [...wanted].sort((a, b) => a - b);
  const out = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) out.push(null);
    out.push(p);
  });
  return out;
}

function pager(state, page, pages) {
  const to = (p) => () => {
    go({ ...state, page: p > 1 ? String(p) : '' }).then(() => results.scrollIntoView({ block: 'start' }));
  };
  return h('nav', { class: 'pager', 'aria-label': 'ページ送り' },
    h('button', { type: 'button', class: 'secondary', disabled: page <= 1, onclick: to(page - 1), id: 'prev' }, '前へ'),
    h('span', { id: 'page', class: 'muted' }, `${page} / ${pages}ページ`),
    h('ol', { class: 'pages' }, pageNumbers(page, pages).map((p) => (p === null
      ? h('li', { class: 'gap', 'aria-hidden': 'true' }, '…')
      : h('li', {}, h('button', { type: 'button', class: p === page ? '' : 'secondary', 'data-page': p,
        'aria-current': p === page ? 'page' : null, 'aria-label': `${p}ページ`, onclick: to(p) }, String(p)))))),
    h('button', { type: 'button', class: 'secondary', disabled: page >= pages, onclick: to(page + 1), id: 'next' }, '次へ'));
}

async function showKwic(state) {
  replace(results, statusLine('検索中…'));
  if (!first(state, 'q')) {
    document.title = DEFAULT_TITLE;
    replace(results, toolbar(state, 0, '/api/kwic.csv'), h('p', { class: 'muted' }, 'KWIC には検索語が必要です。'));
    return;
  }
  let answer;
  try {
    answer = await getJson('/api/kwic', queryOf(state));
  } catch (err) {
    document.title = `エラー — ${DEFAULT_TITLE}`;
    replace(results, errorBox(err, 'KWIC'));
    return;
  }
  const lines = answer.lines || [];
  const total = Number(answer.total ?? lines.length) || 0;
  setTitle(state, total);
  const table = lines.length ? h('table', { class: 'kwic', id: 'kwic' },
    h('caption', { class: 'muted' }, `検索語の前後${answer.width || 24}文字（入りきらない部分は…で省略。行を選ぶと発言全体を表示）`),
    h('colgroup', {}, h('col', { class: 'left' }), h('col', { class: 'match' }), h('col', { class: 'right' }),
      h('col', { class: 'src' })),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '前'), h('th', { scope: 'col' }, '検索語'),
      h('th', { scope: 'col' }, '後'), h('th', { scope: 'col', class: 'src' }, '発言者・会議'))),
    h('tbody', {}, lines.map(kwicRow))) : null;
  replace(results,
    toolbar(state, total, '/api/kwic.csv'),
    h('p', { class: 'muted', id: 'kwic-count' }, `${lines.length.toLocaleString('ja-JP')}行`
      + (answer.truncated ? '（上限に達したため一部のみ表示。CSVも同じ上限です）' : '')),
    expansionsNote(state, answer.expanded),
    table ? h('div', { class: 'table-wrap', role: 'region', 'aria-label': 'KWIC', tabindex: '0' }, table)
      : h('p', { class: 'muted' }, '該当する箇所はありません。'));
  if (table) fitAll(table);
}

function kwicRow(line) {
  const m = line.meeting || {};
  const title = typeof m === 'string' ? m : [m.title, m.date ? dateLabel(m.date) : ''].filter(Boolean).join(' ');
  const source = [line.role, title].filter(Boolean).join(' · ');
  const open = () => openRemark(line.remark_id, true);
  // the contexts are cut to their cells at whole characters (fit.js): the left keeps its end, the right its start
  return h('tr', {},
    h('td', { class: 'left', 'data-fit': 'end', 'data-full': line.left || '' }, line.left || ''),
    h('td', { class: 'match' }, h('button', { type: 'button', class: 'plain', title: `${source}（発言を開く）`,
      onclick: open }, h('mark', {}, line.match || ''))),
    h('td', { class: 'right', 'data-fit': 'start', 'data-full': line.right || '' }, line.right || ''),
    h('td', { class: 'src' }, h('button', { type: 'button', class: 'link', onclick: open }, source || '発言を開く')));
}

// The remark in its meeting, with the search words marked and a way to step through them.
let dialogSeq = 0;

/** The remark with its neighbours, in a dialog; `push` records it in the URL so Back closes it. */
async function openRemark(id, push) {
  if (push) writeState({ ...readState(), open: id });
  const seq = ++dialogSeq;
  const body = document.getElementById('remark-body');
  const meta = document.getElementById('remark-meta');
  replace(body, statusLine('読み込み中…'));
  replace(meta);
  document.getElementById('hit-nav').hidden = true;
  document.getElementById('remark-title').textContent = '発言';
  if (!dialog.open) dialog.showModal();
  try {
    const answer = await getJson(`/api/remarks/${encodeURIComponent(id)}`, { context: 3 });
    if (seq !== dialogSeq) return;
    const { list, meeting } = contextOf(answer, id);
    showTurns(list, meeting, id, true, seq);
  } catch (err) {
    replace(body, errorBox(err, '発言'));
  }
}

/** The remark and its neighbours in meeting order, whatever grouping the answer uses. */
function contextOf(answer, id) {
  const r = answer.remark || answer;
  let list;
  if (Array.isArray(answer.remarks)) list = answer.remarks;
  else if (Array.isArray(answer.context)) list = answer.context.some((x) => x.id === id) ? answer.context
    : [...answer.context.filter((x) => x.order < r.order), r, ...answer.context.filter((x) => x.order > r.order)];
  else list = [...(answer.context_before || answer.before || []), r, ...(answer.context_after || answer.after || [])];
  return { list, meeting: answer.meeting || r.meeting || {} };
}

function showTurns(list, meeting, id, partial, seq) {
  const body = document.getElementById('remark-body');
  document.getElementById('remark-title').textContent = meeting.title || '会議';
  replace(document.getElementById('remark-meta'),
    [meeting.body, meeting.date ? dateLabel(meeting.date) : '', meeting.fiscal_year ? eraYear(meeting.fiscal_year) : '']
      .filter(Boolean).join('　'));
  let lastAgenda = null;
  const turns = [];
  for (const r of list) {
    const agenda = agendaText(r.agenda_item);
    if (agenda && agenda !== lastAgenda) turns.push(h('h3', {}, agenda));
    lastAgenda = agenda;
    turns.push(h('div', { class: r.id === id ? 'turn current' : 'turn', 'data-id': r.id,
      'aria-current': r.id === id ? 'true' : null },
    h('div', { class: 'who' }, who(r), r.group ? `　${r.group}` : '', ' ', sourceOf(r)), h('p', {}, r.text || '')));
  }
  const meetingId = meeting.id || (list[0] && list[0].meeting_id);
  replace(body, turns,
    partial && meetingId ? h('p', {}, h('button', { type: 'button', class: 'secondary', id: 'whole-meeting',
      onclick: () => showMeeting(meetingId, id) }, '会議全体を読む')) : null);
  const current = body.querySelector('.turn.current');
  if (current) current.scrollIntoView({ block: 'center' });
  if (meetingId) markSearchWords(meetingId, seq);
}

async function showMeeting(meetingId, id) {
  const seq = ++dialogSeq;
  const body = document.getElementById('remark-body');
  replace(body, statusLine('読み込み中…'));
  document.getElementById('hit-nav').hidden = true;
  try {
    const m = await getJson(`/api/meetings/${encodeURIComponent(meetingId)}`);
    if (seq !== dialogSeq) return;
    showTurns(m.remarks || [], m, id, false, seq);
  } catch (err) {
    replace(body, errorBox(err, '会議'));
  }
}

/** The words the search engine marked in the fragments of these hits (synonyms and other spellings included). */
function markedWords(hits) {
  const words = new Set();
  for (const hit of hits) {
    for (const f of hit.highlight || []) {
      for (const m of String(f).matchAll(/<mark>([^<]+)<\/mark>/g)) {
        words.add(new DOMParser().parseFromString(m[1], 'text/html').documentElement.textContent);
      }
    }
  }
  return [...words].filter(Boolean).sort((a, b) => b.length - a.length);
}

/** Wraps every occurrence of the words in the paragraph's text in <mark>. */
function markParagraph(p, words) {
  const text = p.textContent;
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const parts = [];
  let pos = 0;
  for (const m of text.matchAll(pattern)) {
    parts.push(text.slice(pos, m.index), h('mark', { class: 'hit-word' }, m[0]));
    pos = m.index + m[0].length;
  }
  parts.push(text.slice(pos));
  replace(p, parts);
}

/**
 * Marks the search words in the remarks of the dialog that the search finds in this meeting (asked of the API
 * with the page's query and meeting=…, so marks are the engine's, not a guess), and turns on 前の一致/次の一致.
 */
async function markSearchWords(meetingId, seq) {
  const state = readState();
  if (!first(state, 'q')) return;
  const params = { q: state.q, meeting: meetingId, size: 100, facets: false };
  if (first(state, 'synonyms') === 'false') params.synonyms = 'false';
  if (first(state, 'match')) params.match = first(state, 'match');
  let answer;
  try {
    answer = await getJson('/api/search', params);
  } catch (err) {
    return; // the remark still reads without marks
  }
  if (seq !== dialogSeq) return;
  const hits = answer.hits || [];
  const words = markedWords(hits);
  if (!words.length) return;
  const ids = new Set(hits.map((x) => x.id));
  const body = document.getElementById('remark-body');
  body.querySelectorAll('.turn').forEach((turn) => {
    if (ids.has(turn.dataset.id)) markParagraph(turn.querySelector('p'), words);
  });
  const marks = [...body.querySelectorAll('mark.hit-word')];
  if (!marks.length) return;
  // start at the first mark of the remark that was opened
  const current = body.querySelector('.turn.current mark.hit-word');
  hitIndex = Math.max(0, marks.indexOf(current));
  document.getElementById('hit-nav').hidden = false;
  showHit(marks, false);
}

let hitIndex = 0;

function showHit(marks, scroll) {
  marks.forEach((m, i) => m.classList.toggle('active', i === hitIndex));
  document.getElementById('hit-position').textContent = `${hitIndex + 1} / ${marks.length}件目`;
  if (scroll) marks[hitIndex].scrollIntoView({ block: 'center' });
}

function stepHit(delta) {
  const marks = [...document.querySelectorAll('#remark-body mark.hit-word')];
  if (!marks.length) return;
  hitIndex = (hitIndex + delta + marks.length) % marks.length;
  showHit(marks, true);
}

document.getElementById('hit-prev').addEventListener('click', () => stepHit(-1));
document.getElementById('hit-next').addEventListener('click', () => stepHit(1));
dialog.addEventListener('keydown', (e) => {
  // F3 / Shift+F3 in the dialog step through the marks, as in a browser's find
  if (e.key === 'F3') {
    e.preventDefault();
    stepHit(e.shiftKey ? -1 : 1);
  }
});

dialog.addEventListener('close', () => {
  const state = readState();
  if (state.open) {
    delete state.open;
    writeState(state, { replace: true });
  }
});
document.getElementById('remark-close').addEventListener('click', () => dialog.close());

form.addEventListener('submit', (e) => {
  e.preventDefault();
  go(stateFromForm(readState()));
});
form.addEventListener('change', (e) => {
  if (e.target.name === 'q') return;
  go(stateFromForm(readState()));
});
for (const k of ['date_from', 'date_to']) form.elements[k].addEventListener('input', dateHint);
document.getElementById('clear').addEventListener('click', () => go({}));
document.getElementById('filter-panel').addEventListener('toggle', (e) => {
  e.target.dataset.touched = 'yes';
});
window.addEventListener('popstate', run);
run();
