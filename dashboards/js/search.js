// Search page: remarks (/api/search) or KWIC lines (/api/kwic) for the query and filters in the URL.
import { getJson, apiUrl, readState, writeState, first } from './api.js';
import { h, replace, errorBox, statusLine, highlighted, options, ROLE_GROUPS, roleGroupLabel } from './dom.js';
import { eraYear, fiscalYearLabel, dateLabel } from './era.js';

const PAGE_SIZE = 20;
// what goes to the API; the rest of the URL state (page, view, open) belongs to the page
const QUERY_KEYS = ['q', 'speaker', 'role', 'role_group', 'group', 'body', 'theme', 'fy_from', 'fy_to', 'sort', 'synonyms',
  'match'];
const SELECTS = ['role', 'role_group', 'group', 'body', 'theme', 'fy_from', 'fy_to', 'sort'];

const form = document.getElementById('search-form');
const results = document.getElementById('results');
const dialog = document.getElementById('remark');
// 会派 are known from the facets of the answers only: most minutes give none
const vocabulary = { role: new Set(), group: new Set(), body: new Set(), theme: new Set(), fiscal_year: new Set() };
let vocabularyLoaded = null;
let lastFacets = {};

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

function facetKeys(name) {
  return (lastFacets[name] || []).map((b) => b.key);
}

function fillForm(state) {
  form.elements.q.value = first(state, 'q');
  form.elements.speaker.value = first(state, 'speaker');
  form.elements.synonyms.checked = first(state, 'synonyms') !== 'false';
  const merged = (name) => [...new Set([...vocabulary[name], ...facetKeys(name)])];
  options(form.elements.role, 'すべて', merged('role').map((r) => [r, r]), first(state, 'role'));
  options(form.elements.role_group, 'すべて', ROLE_GROUPS, first(state, 'role_group'));
  const groups = merged('group');
  options(form.elements.group, 'すべて', groups.map((g) => [g, g]), first(state, 'group'));
  form.elements.group.closest('label').hidden = groups.length === 0 && !first(state, 'group');
  options(form.elements.body, 'すべて', merged('body').sort((a, b) => a.localeCompare(b, 'ja')).map((b) => [b, b]),
    first(state, 'body'));
  options(form.elements.theme, 'すべて', merged('theme').map((t) => [t, t]), first(state, 'theme'));
  const years = [...new Set([...vocabulary.fiscal_year, ...facetKeys('fiscal_year').map(Number)])]
    .filter(Number.isInteger).sort((a, b) => a - b).map((y) => [String(y), fiscalYearLabel(y)]);
  options(form.elements.fy_from, '指定なし', years, first(state, 'fy_from'));
  options(form.elements.fy_to, '指定なし', years, first(state, 'fy_to'));
  form.elements.sort.value = first(state, 'sort');
}

/** The state the form describes (a new search starts at page 1; the view is kept). */
function stateFromForm(current) {
  const state = { q: form.elements.q.value.trim(), speaker: form.elements.speaker.value.trim() };
  for (const k of SELECTS) state[k] = form.elements[k].value;
  if (!form.elements.synonyms.checked) state.synonyms = 'false';
  // a second role given in a shared URL survives while the first is unchanged
  if (current.role && current.role.length > 1 && current.role[0] === state.role) state.role = current.role;
  if (first(current, 'view')) state.view = first(current, 'view');
  return state;
}

async function run() {
  const state = readState();
  await loadVocabulary();
  fillForm(state);
  const panel = document.getElementById('filter-panel');
  const filtered = SELECTS.some((k) => state[k]) || first(state, 'speaker') || first(state, 'synonyms') === 'false';
  if (filtered || !window.matchMedia('(max-width: 600px)').matches) panel.open = true;
  else if (!panel.dataset.touched) panel.open = false;
  if (!hasQuery(state)) {
    replace(results, h('p', { class: 'muted' }, '検索語を入力するか、条件を選んでください。'));
  } else if (first(state, 'view') === 'kwic') {
    await showKwic(state);
  } else {
    await showHits(state);
  }
  const open = first(state, 'open');
  if (open) openRemark(open, false);
  else if (dialog.open) dialog.close();
}

function toolbar(state, total, csvPath) {
  const kwic = first(state, 'view') === 'kwic';
  const go = (view) => () => {
    const next = { ...state, view: view === 'kwic' ? 'kwic' : '' };
    delete next.page;
    writeState(next);
    run();
  };
  return h('div', { class: 'result-bar' },
    h('span', { class: 'total', id: 'total', 'data-total': total }, `${total.toLocaleString('ja-JP')}件`),
    h('div', { class: 'tabs', role: 'group', 'aria-label': '表示' },
      h('button', { type: 'button', 'aria-pressed': String(!kwic), id: 'view-hits', onclick: go('hits') }, '発言一覧'),
      h('button', { type: 'button', 'aria-pressed': String(kwic), id: 'view-kwic', onclick: go('kwic') }, 'KWIC')),
    h('a', { class: 'button secondary', id: 'csv', href: apiUrl(csvPath, queryOf(state)), download: '' },
      'CSVで保存'));
}

function expansionsNote(state, expanded) {
  const entries = Object.entries(expanded || {}).filter(([, v]) => v && v.length);
  const off = first(state, 'synonyms') === 'false';
  if (!entries.length && !off) return null;
  const toggle = h('button', { type: 'button', class: 'secondary', id: 'synonym-toggle', onclick: () => {
    const next = { ...state, synonyms: off ? '' : 'false' };
    delete next.page;
    writeState(next);
    run();
  } }, off ? '同義語も検索する' : '同義語を使わない');
  const text = off ? '同義語の展開はオフです。'
    : '同義語も検索しました: ' + entries.map(([k, v]) => `${k} → ${v.join('、')}`).join(' ／ ');
  return h('div', { class: 'expansions', id: 'expansions' }, h('span', {}, text), ' ', toggle);
}

// beyond the service's facet sample size, the filter choices are counted from the best-matching remarks only
function facetsNote(answer, total) {
  if (!answer.facets_approximate) return null;
  const counted = Number(answer.facets_counted) || 0;
  return h('p', { class: 'muted', id: 'facets-note' },
    `絞り込みの候補は、${total.toLocaleString('ja-JP')}件のうち関連度の高い${counted.toLocaleString('ja-JP')}件から集計しています（概数）。`);
}

const MATCH_LABELS = {
  exact: '語がそのまま（表記ゆれ・同義語・発言者名を含む）現れる発言',
  broad: '語の一部が離れて現れる発言も含む',
  partial: '複数の語のうち一つが欠ける発言も含む',
};

/** What the total counts (exact, broad or partial matching), with a switch to the other extreme. */
function matchNote(state, match) {
  if (!match || !MATCH_LABELS[match]) return null;
  const widen = match === 'exact';
  const toggle = h('button', { type: 'button', class: 'secondary', id: 'match-toggle', onclick: () => {
    const next = { ...state, match: widen ? 'broad' : 'exact' };
    delete next.page;
    writeState(next);
    run();
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

async function showHits(state) {
  const page = Math.max(1, Number(first(state, 'page', '1')) || 1);
  replace(results, statusLine('検索中…'));
  let answer;
  try {
    answer = await getJson('/api/search', { ...queryOf(state), size: PAGE_SIZE, page });
  } catch (err) {
    replace(results, errorBox(err, '検索結果'));
    return;
  }
  lastFacets = answer.facets || {};
  fillForm(state);
  const total = Number(answer.total && answer.total.value !== undefined ? answer.total.value : answer.total) || 0;
  const hits = answer.hits || [];
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  replace(results,
    toolbar(state, total, '/api/search.csv'),
    expansionsNote(state, answer.expanded),
    facetsNote(answer, total),
    matchNote(state, answer.match),
    hits.length ? h('ol', { class: 'hits', id: 'hits', start: (page - 1) * PAGE_SIZE + 1 }, hits.map(hitItem))
      : h('p', { class: 'muted' }, '該当する発言はありません。'),
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

function hitItem(hit) {
  const m = hit.meeting || {};
  const fragments = hit.highlight && hit.highlight.length ? hit.highlight : null;
  const text = h('p', { class: 'text' });
  if (fragments) {
    fragments.forEach((f, i) => {
      // fragments cut out of a longer text may carry their own ellipses
      if (i > 0) text.append(/^\s*…/.test(f) || /…\s*$/.test(fragments[i - 1]) ? ' ' : ' … ');
      text.append(highlighted(f));
    });
  } else {
    text.textContent = (hit.text || '').length > 240 ? hit.text.slice(0, 240) + '…' : (hit.text || '');
  }
  const open = h('button', { type: 'button', class: 'open', onclick: () => openRemark(hit.id, true) },
    m.title || '会議');
  return h('li', { class: 'hit', 'data-id': hit.id },
    h('div', { class: 'meta' },
      h('span', { class: 'who' }, who(hit)),
      hit.group ? h('span', { class: 'group' }, hit.group) : null,
      open,
      m.date ? h('span', {}, dateLabel(m.date)) : null,
      hit.agenda_item ? h('span', {}, '議題: ' + agendaText(hit.agenda_item)) : null,
      hit.section ? h('span', {}, hit.section) : null,
      sourceOf(hit)),
    text);
}

function pager(state, page, pages) {
  const go = (p) => () => {
    writeState({ ...state, page: p > 1 ? String(p) : '' });
    run().then(() => results.scrollIntoView({ block: 'start' }));
  };
  return h('nav', { class: 'pager', 'aria-label': 'ページ送り' },
    h('button', { type: 'button', class: 'secondary', disabled: page <= 1, onclick: go(page - 1), id: 'prev' }, '前へ'),
    h('span', { id: 'page' }, `${page} / ${pages}ページ`),
    h('button', { type: 'button', class: 'secondary', disabled: page >= pages, onclick: go(page + 1), id: 'next' }, '次へ'));
}

async function showKwic(state) {
  replace(results, statusLine('検索中…'));
  if (!first(state, 'q')) {
    replace(results, toolbar(state, 0, '/api/kwic.csv'), h('p', { class: 'muted' }, 'KWIC には検索語が必要です。'));
    return;
  }
  let answer;
  try {
    answer = await getJson('/api/kwic', queryOf(state));
  } catch (err) {
    replace(results, errorBox(err, 'KWIC'));
    return;
  }
  const lines = answer.lines || [];
  const total = Number(answer.total ?? lines.length) || 0;
  replace(results,
    toolbar(state, total, '/api/kwic.csv'),
    h('p', { class: 'muted', id: 'kwic-count' }, `${lines.length.toLocaleString('ja-JP')}行`
      + (answer.truncated ? '（上限に達したため一部のみ表示。CSVも同じ上限です）' : '')),
    expansionsNote(state, answer.expanded),
    lines.length ? h('div', { class: 'table-wrap', role: 'region', 'aria-label': 'KWIC', tabindex: '0' },
      h('table', { class: 'kwic', id: 'kwic' },
        h('caption', { class: 'muted' }, `検索語の前後${answer.width || 24}文字`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '前'), h('th', { scope: 'col' }, '検索語'),
          h('th', { scope: 'col' }, '後'), h('th', { scope: 'col', class: 'src' }, '発言者・会議'))),
        h('tbody', {}, lines.map(kwicRow))))
      : h('p', { class: 'muted' }, '該当する箇所はありません。'));
}

function kwicRow(line) {
  const m = line.meeting || {};
  const title = typeof m === 'string' ? m : [m.title, m.date ? dateLabel(m.date) : ''].filter(Boolean).join(' ');
  const source = [line.role, title].filter(Boolean).join(' · ');
  const open = () => openRemark(line.remark_id, true);
  return h('tr', {},
    h('td', { class: 'left' }, h('span', {}, line.left || '')),
    h('td', { class: 'match' }, h('button', { type: 'button', class: 'plain', title: `${source}（発言を開く）`,
      onclick: open }, h('mark', {}, line.match || ''))),
    h('td', { class: 'right' }, line.right || ''),
    h('td', { class: 'src' }, h('button', { type: 'button', class: 'link', onclick: open }, source || '発言を開く')));
}

/** The remark with its neighbours, in a dialog; `push` records it in the URL so Back closes it. */
async function openRemark(id, push) {
  if (push) writeState({ ...readState(), open: id });
  const body = document.getElementById('remark-body');
  const meta = document.getElementById('remark-meta');
  replace(body, statusLine('読み込み中…'));
  replace(meta);
  document.getElementById('remark-title').textContent = '発言';
  if (!dialog.open) dialog.showModal();
  try {
    const answer = await getJson(`/api/remarks/${encodeURIComponent(id)}`, { context: 3 });
    const { list, meeting } = contextOf(answer, id);
    showTurns(list, meeting, id, true);
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

function showTurns(list, meeting, id, partial) {
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
}

async function showMeeting(meetingId, id) {
  const body = document.getElementById('remark-body');
  replace(body, statusLine('読み込み中…'));
  try {
    const m = await getJson(`/api/meetings/${encodeURIComponent(meetingId)}`);
    showTurns(m.remarks || [], m, id, false);
  } catch (err) {
    replace(body, errorBox(err, '会議'));
  }
}

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
  writeState(stateFromForm(readState()));
  run();
});
form.addEventListener('change', (e) => {
  if (e.target.name === 'q') return;
  writeState(stateFromForm(readState()));
  run();
});
document.getElementById('clear').addEventListener('click', () => {
  writeState({});
  run();
});
document.getElementById('filter-panel').addEventListener('toggle', (e) => {
  e.target.dataset.touched = 'yes';
});
window.addEventListener('popstate', run);
run();
