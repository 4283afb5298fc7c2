// Discussion dashboard: themes per role group and per fiscal year, remarks per role, characteristic words.
import { getJson, readState, writeState, first, toSearchParams } from './api.js';
import { h, replace, errorBox, statusLine, dataTable, options, roleGroupLabel } from './dom.js';
import { fiscalYearLabel, eraYear } from './era.js';
import { drawChart, narrow } from './chart.js';

const FILTERS = ['body', 'fy_from', 'fy_to'];
const form = document.getElementById('filters');
const message = document.getElementById('message');
const vocabulary = { body: new Set(), fiscal_year: new Set() };
let vocabularyLoaded = null;

function filtersOf(state) {
  return Object.fromEntries(FILTERS.map((f) => [f, first(state, f)]).filter(([, v]) => v));
}

/** The search page's URL for the remarks behind a cell: the dashboard's filters plus the cell's own. */
function searchHref(filters, extra) {
  return './?' + toSearchParams({ ...filters, ...extra }).toString();
}

function loadVocabulary() {
  vocabularyLoaded ||= getJson('/api/meetings', { size: 100 }).then((r) => (r.meetings || []).forEach((m) => {
    if (m.body) vocabulary.body.add(m.body);
    if (m.fiscal_year) vocabulary.fiscal_year.add(Number(m.fiscal_year));
  })).catch(() => {});
  return vocabularyLoaded;
}

function fillForm(state, years) {
  options(form.elements.body, 'すべて', [...vocabulary.body].sort((a, b) => a.localeCompare(b, 'ja')).map((b) => [b, b]),
    first(state, 'body'));
  const fys = [...new Set([...vocabulary.fiscal_year, ...years])].filter(Number.isInteger).sort((a, b) => a - b)
    .map((y) => [String(y), fiscalYearLabel(y)]);
  options(form.elements.fy_from, '指定なし', fys, first(state, 'fy_from'));
  options(form.elements.fy_to, '指定なし', fys, first(state, 'fy_to'));
}

async function load() {
  const state = readState();
  const filters = filtersOf(state);
  await loadVocabulary();
  fillForm(state, []);
  replace(message, statusLine('読み込み中…'));
  const parts = await Promise.allSettled([
    getJson('/api/themes/matrix', { ...filters, by: 'role_group' }).then((m) => showMatrix(m, filters)),
    getJson('/api/themes/matrix', { ...filters, by: 'fiscal_year' }).then((m) => {
      fillForm(state, m.columns.map(Number));
      showTrend(m, filters);
    }),
    getJson('/api/roles', filters).then((r) => showRoles(r, filters, state)),
  ]);
  const failed = parts.filter((p) => p.status === 'rejected').map((p) => p.reason);
  replace(message, failed.length ? errorBox(failed[0], '集計') : null);
}

function cellsOf(m) {
  return m.rows.map((_, i) => m.columns.map((__, j) => Number((m.cells[i] || [])[j] || 0)));
}

function showMatrix(m, filters) {
  const cols = m.columns.map(roleGroupLabel);
  const cells = cellsOf(m);
  const max = Math.max(1, ...cells.flat());
  const el = document.getElementById('chart-matrix');
  const chart = drawChart(el, {
    tooltip: { position: 'top', formatter: (p) => `${m.rows[p.data[1]]} × ${cols[p.data[0]]}: ${p.data[2]}件` },
    grid: { left: 8, right: 16, top: 8, bottom: 64, containLabel: true },
    xAxis: { type: 'category', data: cols, splitArea: { show: true },
      axisLabel: { interval: 0, rotate: narrow() ? 40 : 0, fontSize: narrow() ? 10 : 12 } },
    yAxis: { type: 'category', data: m.rows, inverse: true, splitArea: { show: true },
      axisLabel: { fontSize: narrow() ? 10 : 12 } },
    visualMap: { min: 0, max, calculable: false, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 120,
      inRange: { color: ['#f3f7fc', '#2f6db5'] } },
    series: [{ type: 'heatmap', data: cells.flatMap((row, i) => row.map((v, j) => [j, i, v])),
      label: { show: true }, emphasis: { itemStyle: { borderColor: '#333', borderWidth: 1 } } }],
  }, `テーマごとの発言数を役職の区分別に示したヒートマップ。行はテーマ（${m.rows.length}件）、列は役職の区分（${cols.join('、')}）。数値は下の表にあります。`);
  if (chart) {
    chart.off('click');
    chart.on('click', (p) => {
      if (!Array.isArray(p.data)) return;
      window.location.href = searchHref(filters, { theme: m.rows[p.data[1]], role_group: m.columns[p.data[0]] });
    });
  }
  const link = (i, j) => h('a', { href: searchHref(filters, { theme: m.rows[i], role_group: m.columns[j] }),
    'data-theme': m.rows[i], 'data-column': m.columns[j] }, cells[i][j].toLocaleString('ja-JP'));
  replace(document.getElementById('table-matrix'), dataTable({
    caption: 'テーマ別・役職の区分別の発言数（数字をクリックで検索）',
    id: 'matrix-table',
    head: ['テーマ', ...cols, 'テーマの計'],
    rows: m.rows.map((t, i) => [t, ...m.columns.map((_, j) => link(i, j)), Number((m.row_totals || [])[i] ?? 0)]),
    foot: m.column_totals ? ['区分の発言数', ...m.column_totals.map(Number), Number(m.total ?? 0)] : null,
  }));
  markNumeric('matrix-table');
}

/** Link cells hold numbers too: align them like the others. */
function markNumeric(id) {
  document.querySelectorAll(`#${id} td`).forEach((td) => td.classList.add('num'));
  document.querySelectorAll(`#${id} thead th:not(:first-child)`).forEach((th) => th.classList.add('num'));
}

function showTrend(m, filters) {
  const years = m.columns.map(Number);
  const cells = cellsOf(m);
  const el = document.getElementById('chart-trend');
  const chart = drawChart(el, {
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', bottom: 0, data: m.rows },
    grid: { left: 8, right: 16, top: 24, bottom: narrow() ? 70 : 44, containLabel: true },
    xAxis: { type: 'category', data: years.map((y) => `${eraYear(y)}\n(${y})`),
      axisLabel: { interval: 0, fontSize: narrow() ? 10 : 12 } },
    yAxis: { type: 'value', name: '発言数', minInterval: 1 },
    series: m.rows.map((t, i) => ({ name: t, type: 'line', symbolSize: 8, data: cells[i] })),
  }, `テーマごとの発言数の年度推移を示した折れ線グラフ（${years.map(fiscalYearLabel).join('、')}）。数値は下の表にあります。`);
  if (chart) {
    chart.off('click');
    chart.on('click', (p) => {
      const y = years[p.dataIndex];
      window.location.href = searchHref(filters, { theme: p.seriesName, fy_from: y, fy_to: y });
    });
  }
  const link = (i, j) => h('a', { href: searchHref(filters, { theme: m.rows[i], fy_from: years[j], fy_to: years[j] }),
    'data-theme': m.rows[i], 'data-column': m.columns[j] }, cells[i][j].toLocaleString('ja-JP'));
  replace(document.getElementById('table-trend'), dataTable({
    caption: 'テーマ別・年度別の発言数（数字をクリックで検索）',
    id: 'trend-table',
    head: ['テーマ', ...years.map(fiscalYearLabel), 'テーマの計'],
    rows: m.rows.map((t, i) => [t, ...years.map((_, j) => link(i, j)), Number((m.row_totals || [])[i] ?? 0)]),
    foot: m.column_totals ? ['年度の発言数', ...m.column_totals.map(Number), Number(m.total ?? 0)] : null,
  }));
  markNumeric('trend-table');
}

const TOP_ROLES = 15;

function showRoles(r, filters, state) {
  const roles = (r.roles || []).slice().sort((a, b) => b.remarks - a.remarks);
  const shown = roles.slice(0, TOP_ROLES).reverse();
  const el = document.getElementById('chart-roles');
  const chart = drawChart(el, {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: shown.map((x) => x.key), axisLabel: { fontSize: narrow() ? 10 : 12 } },
    series: [{ type: 'bar', name: '発言数', data: shown.map((x) => x.remarks), label: { show: true, position: 'right' } }],
  }, `役職別の発言数の横棒グラフ（上位${shown.length}件）。${roles.slice(0, 5).map((x) => `${x.key} ${x.remarks}件`).join('、')}など。数値は下の表にあります。`);
  if (chart) {
    chart.off('click');
    chart.on('click', (p) => chooseRole(shown[p.dataIndex].key, filters));
  }
  replace(document.getElementById('table-roles'), dataTable({
    caption: '役職別の発言数・文字数・会議数',
    id: 'roles-table',
    head: ['役職', '区分', '発言数', '文字数', '会議数'],
    numericFrom: 2,
    rows: roles.map((x) => [x.key, roleGroupLabel(x.role_group || ''), x.remarks, x.chars, x.meetings]),
  }));
  const select = document.getElementById('keyword-role');
  const chosen = first(state, 'role') || (roles.find((x) => x.role_group === 'member') || roles[0] || {}).key;
  options(select, '役職を選ぶ', roles.map((x) => [x.key, `${x.key}（${x.remarks}件）`]), chosen);
  select.onchange = () => chooseRole(select.value, filters);
  if (chosen) showKeywords(chosen, filters);
}

function chooseRole(role, filters) {
  const state = readState();
  state.role = role ? [role] : [];
  writeState(state, { replace: true });
  document.getElementById('keyword-role').value = role;
  showKeywords(role, filters);
}

async function showKeywords(role, filters) {
  const box = document.getElementById('keywords');
  if (!role) {
    replace(box);
    return;
  }
  replace(box, statusLine('読み込み中…'));
  try {
    const k = await getJson(`/api/roles/${encodeURIComponent(role)}/keywords`, { ...filters, size: 20 });
    const words = k.keywords || [];
    replace(box,
      words.length ? null : h('p', { class: 'muted' }, 'この役職に特徴的な語は見つかりませんでした。'),
      words.length ? h('p', { class: 'muted' }, `「${role}」の発言${Number(k.foreground_remarks ?? 0).toLocaleString('ja-JP')}件を`
        + 'ほかの発言と比べて、特に多く使われる語（語をクリックで検索）') : null,
      words.length ? dataTable({
        caption: `${role}の特徴語`,
        id: 'keywords-table',
        head: ['語', 'スコア', '出現した発言数'],
        rows: words.map((w) => [h('a', { href: searchHref(filters, { q: w.term, role }) }, w.term),
          Number(Number(w.score).toFixed(3)), Number(w.count ?? w.doc_count ?? 0)]),
      }) : null);
  } catch (err) {
    replace(box, errorBox(err, '特徴語'));
  }
}

form.addEventListener('change', () => {
  const state = {};
  for (const f of FILTERS) state[f] = form.elements[f].value;
  const role = first(readState(), 'role');
  if (role) state.role = role;
  writeState(state);
  load();
});
document.getElementById('reset').addEventListener('click', () => {
  writeState({});
  load();
});
window.addEventListener('popstate', load);
load();
