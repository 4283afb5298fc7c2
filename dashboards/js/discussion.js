// Discussion dashboard: themes per role group and per fiscal year, remarks per role, characteristic words.
import { getJson, apiUrl, readState, writeState, first, searchHref } from './api.js';
import { h, replace, errorBox, statusLine, dataTable, options, yearRange, csvLink, unknownParametersNote,
  ROLE_GROUPS, roleGroupLabel } from './dom.js';
import { fiscalYearLabel, axisYearLabel } from './era.js';
import { drawChart, emptyChart, narrow, tooltipHtml } from './chart.js';
import { showNetwork } from './network.js';

const FILTERS = ['body', 'role_group', 'project', 'fy_from', 'fy_to'];
// the rest of the URL: the role of the characteristic words, 件数 or 構成比, the co-occurrence word
const PAGE_KEYS = ['role', 'values', 'word'];
const form = document.getElementById('filters');
const message = document.getElementById('message');
const vocabulary = { body: new Set(), fiscal_year: new Set() };
let vocabularyLoaded = null;
// the projects remarks discuss, most remarks first, for the project filter: [{id, name, remarks}]
let projects = [];
let projectsLoaded = null;
const projectNames = new Map();

function loadProjects() {
  projectsLoaded ||= getJson('/api/projects/discussed').then((a) => {
    projects = a.discussed || [];
    projects.forEach((p) => projectNames.set(p.id, p.name));
  }).catch(() => {});
  return projectsLoaded;
}

/** The name of a project of the URL that the ranking does not hold (never discussed, or unknown: its id). */
async function projectName(id) {
  if (!projectNames.has(id)) {
    await getJson(`/api/projects/${encodeURIComponent(id)}`).then((p) => projectNames.set(id, p.name)).catch(() => {});
  }
  return projectNames.get(id) || id;
}

/** The project filter as a removable chip above the charts. */
async function showChips(state) {
  const chips = document.getElementById('chips');
  const id = first(state, 'project');
  if (!id) {
    replace(chips);
    chips.hidden = true;
    return;
  }
  const text = `事業: ${await projectName(id)}`;
  replace(chips, h('ul', { 'aria-label': '適用中の条件（×で外す）' }, h('li', { class: 'chip', 'data-key': 'project',
    'data-value': id }, h('span', {}, text), h('button', { type: 'button', class: 'plain remove',
    'aria-label': `${text} の条件を外す`, title: '条件を外す', onclick: () => {
      const next = readState();
      delete next.project;
      writeState(next);
      load();
    } }, '×'))));
  chips.hidden = false;
}

function filtersOf(state) {
  return Object.fromEntries(FILTERS.map((f) => [f, first(state, f)]).filter(([, v]) => v));
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
  options(form.elements.role_group, 'すべて', ROLE_GROUPS, first(state, 'role_group'));
  const chosen = first(state, 'project');
  options(form.elements.project, 'すべて', projects.map((p) => [p.id, `${p.name}（${Number(p.remarks).toLocaleString('ja-JP')}件）`])
    .concat(chosen && !projects.some((p) => p.id === chosen) ? [[chosen, projectNames.get(chosen) || chosen]] : []), chosen);
  yearRange(form.elements.fy_from, form.elements.fy_to, '指定なし', fys, first(state, 'fy_from'), first(state, 'fy_to'));
  const share = first(state, 'values') === 'of_column';
  document.getElementById('values-count').setAttribute('aria-pressed', String(!share));
  document.getElementById('values-share').setAttribute('aria-pressed', String(share));
}

async function load() {
  const state = readState();
  const filters = filtersOf(state);
  await Promise.all([loadVocabulary(), loadProjects()]);
  if (first(state, 'project')) await projectName(first(state, 'project'));
  fillForm(state, []);
  showChips(state);
  replace(message, statusLine('読み込み中…'));
  const share = first(state, 'values') === 'of_column';
  const parts = await Promise.allSettled([
    getJson('/api/themes/matrix', { ...filters, by: 'role_group' }).then((m) => showMatrix(m, filters, share)),
    getJson('/api/themes/matrix', { ...filters, by: 'fiscal_year' }).then((m) => {
      fillForm(state, m.columns.map(Number));
      showTrend(m, filters, share);
    }),
    getJson('/api/roles', filters).then((r) => showRoles(r, filters, state)),
    showNetwork(first(state, 'word'), filters),
  ]);
  const failed = parts.filter((p) => p.status === 'rejected').map((p) => p.reason);
  replace(message, unknownParametersNote(state, [...FILTERS, ...PAGE_KEYS]),
    failed.length ? errorBox(failed[0], '集計') : null);
}

const percent = (v) => `${(Number(v) * 100).toFixed(1)}%`;
const shareLabel = (p) => percent(p.data[2]).replace('%', '');
const countLabel = (p) => String(p.data[2]);

function cellsOf(m) {
  return m.rows.map((_, i) => m.columns.map((__, j) => Number((m.cells[i] || [])[j] || 0)));
}

/**
 * A theme matrix as a heat map (a click on a cell opens the search page for its remarks) and as a table whose
 * numbers link to the same searches. `share` shows each cell as its share of the column (the API's
 * shares.of_column), so a column with few remarks is coloured by its own proportions, not by the largest count.
 * Remarks no theme tags get their own row; a remark tagged by several themes counts in each of their rows, which
 * the note under the table says with the figures.
 */
function showHeatmap(m, { chartId, boxId, tableId, labels, cellQuery, what, caption, columnTotal, share, csv }) {
  const el = document.getElementById(chartId);
  const box = document.getElementById(boxId);
  if (!m.rows.length || !m.columns.length || !Number(m.total)) {
    emptyChart(el, '条件に合う発言はありません。条件を変えてください。');
    replace(box, csvLink(csv, '表', `${tableId}-csv`));
    return;
  }
  const counts = cellsOf(m);
  const shares = m.rows.map((_, i) => m.columns.map((__, j) => Number((((m.shares || {}).of_column || [])[i] || [])[j] || 0)));
  const cells = share ? shares : counts;
  const max = share ? Math.max(0.0001, ...cells.flat()) : Math.max(1, ...cells.flat());
  const shown = (v) => (share ? percent(v) : String(v));
  const small = narrow();
  const chart = drawChart(el, {
    tooltip: { position: 'top',
      formatter: (p) => tooltipHtml(m.rows[p.data[1]], ' × ', labels[p.data[0]].replace('\n', ' '), ': ',
        share ? `${counts[p.data[1]][p.data[0]]}件（列の${shown(p.data[2])}）` : `${p.data[2]}件`) },
    grid: { left: 4, right: 8, top: 8, bottom: 56, containLabel: true },
    xAxis: { type: 'category', data: labels, splitArea: { show: true }, position: 'bottom',
      axisLabel: { interval: 0, rotate: small ? 45 : 0, fontSize: small ? 9 : 11 } },
    yAxis: { type: 'category', data: m.rows, inverse: true, splitArea: { show: true },
      axisLabel: { fontSize: small ? 9 : 11, width: small ? 84 : 160, overflow: 'truncate' } },
    visualMap: { min: 0, max, calculable: false, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 120,
      text: [shown(max), share ? '0%' : '0'], inRange: { color: ['#f3f7fc', '#2f6db5'] } },
    series: [{ type: 'heatmap', data: cells.flatMap((row, i) => row.map((v, j) => [j, i, v])),
      // drawn on the canvas as text, never as HTML
      label: { show: true, fontSize: small ? 9 : 11, formatter: share ? shareLabel : countLabel },
      emphasis: { itemStyle: { borderColor: '#333', borderWidth: 1 } } }],
  }, `${what}ヒートマップ（${share ? '列ごとの構成比' : '件数'}）。行はテーマ（${m.rows.length}件）、列は`
    + `${labels.map((l) => l.replace('\n', ' ')).join('、')}。数値は下の表にあります。マス目を選ぶとその発言を検索します。`);
  if (chart) {
    chart.off('click');
    chart.on('click', (p) => {
      if (Array.isArray(p.data)) window.location.href = searchHref(cellQuery(p.data[1], p.data[0]));
    });
  }
  const cell = (i, j) => (counts[i][j] > 0
    ? h('a', { href: searchHref(cellQuery(i, j)), 'data-theme': m.rows[i], 'data-column': m.columns[j],
      title: share ? `${counts[i][j]}件` : percent(shares[i][j]) }, share ? percent(shares[i][j]) : counts[i][j].toLocaleString('ja-JP'))
    : (share ? '0.0%' : 0));
  const untagged = (m.untagged || []).map(Number);
  const columnTotals = (m.column_totals || []).map(Number);
  const total = Number(m.total ?? 0);
  const untaggedRow = ['テーマなし', ...untagged.map((n, j) => (share
    ? percent(columnTotals[j] ? n / columnTotals[j] : 0) : n)), share
    ? percent(total ? Number(m.untagged_total ?? 0) / total : 0) : Number(m.untagged_total ?? 0)];
  const tagged = (m.row_totals || []).reduce((a, b) => a + Number(b), 0) + Number(m.untagged_total ?? 0);
  replace(box, dataTable({
    caption: `${caption}${share ? '（列ごとの構成比）' : ''}`,
    id: tableId,
    head: ['テーマ', ...labels.map((l) => l.replace('\n', ' ')), 'テーマの計'],
    rows: [...m.rows.map((t, i) => [t, ...m.columns.map((_, j) => cell(i, j)),
      share ? percent(total ? Number((m.row_totals || [])[i] ?? 0) / total : 0) : Number((m.row_totals || [])[i] ?? 0)]),
    untaggedRow],
    foot: [columnTotal, ...columnTotals, total],
  }),
  h('p', { class: 'muted table-note', id: `${tableId}-note` },
    `1件の発言が複数のテーマに当たるときは、それぞれのテーマの行に数えます。そのためテーマの行と「テーマなし」を足すと`
    + `${tagged.toLocaleString('ja-JP')}件になり、発言の総数${total.toLocaleString('ja-JP')}件より多くなります。`
    + (share ? '構成比は列の発言数に対する割合で、列ごとに足しても100%になりません。' : '')
    + (Number(m.other_remarks) ? `表に入りきらない列の発言が${Number(m.other_remarks).toLocaleString('ja-JP')}件あります。` : '')
    + (m.approximate ? `発言が多いため、各マスと列・行の計は、${total.toLocaleString('ja-JP')}件から無作為に選んだ`
      + `${Number(m.counted).toLocaleString('ja-JP')}件をもとにした推計です（概数）。CSVは全件を数えた値です。` : '')),
  csvLink(csv, '表', `${tableId}-csv`));
  box.querySelectorAll(`#${tableId} td`).forEach((td) => td.classList.add('num'));
  box.querySelectorAll(`#${tableId} thead th:not(:first-child)`).forEach((th) => th.classList.add('num'));
  box.querySelector(`#${tableId} tbody tr:last-child`).classList.add('untagged');
}

function showMatrix(m, filters, share) {
  showHeatmap(m, {
    share,
    csv: apiUrl('/api/themes/matrix.csv', { ...filters, by: 'role_group', values: share ? 'of_column' : 'count', exact: 'true' }),
    chartId: 'chart-matrix',
    boxId: 'table-matrix',
    tableId: 'matrix-table',
    labels: m.columns.map(roleGroupLabel),
    cellQuery: (i, j) => ({ ...filters, theme: m.rows[i], role_group: m.columns[j] }),
    what: 'テーマごとの発言を役職の区分別に示した',
    caption: 'テーマ別・役職の区分別の発言数（数字を選ぶと検索）',
    columnTotal: '区分の発言数',
  });
}

function showTrend(m, filters, share) {
  const years = m.columns.map(Number);
  showHeatmap(m, {
    share,
    csv: apiUrl('/api/themes/matrix.csv', { ...filters, by: 'fiscal_year', values: share ? 'of_column' : 'count', exact: 'true' }),
    chartId: 'chart-trend',
    boxId: 'table-trend',
    tableId: 'trend-table',
    labels: years.map((y) => axisYearLabel(y, narrow())),
    // the column's year replaces the dashboard's year range
    cellQuery: (i, j) => ({ ...filters, theme: m.rows[i], fy_from: years[j], fy_to: years[j] }),
    what: 'テーマごとの発言の年度推移を示した',
    caption: 'テーマ別・年度別の発言数（数字を選ぶと検索）',
    columnTotal: '年度の発言数',
  });
}

const TOP_ROLES = 15;

function showRoles(r, filters, state) {
  const roles = (r.roles || []).slice().sort((a, b) => b.remarks - a.remarks);
  const shown = roles.slice(0, TOP_ROLES).reverse();
  const el = document.getElementById('chart-roles');
  if (!roles.length) {
    emptyChart(el, '条件に合う発言はありません。');
    replace(document.getElementById('table-roles'));
    replace(document.getElementById('keywords'));
    options(document.getElementById('keyword-role'), '役職を選ぶ', [], '');
    return;
  }
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
  }), csvLink(apiUrl('/api/roles.csv', filters), '表', 'roles-table-csv'));
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
        rows: words.map((w) => [h('a', { href: searchHref({ ...filters, q: w.term, role }) }, w.term),
          Number(Number(w.score).toFixed(3)), Number(w.count ?? w.doc_count ?? 0)]),
      }) : null,
      csvLink(apiUrl(`/api/roles/${encodeURIComponent(role)}/keywords.csv`, { ...filters, size: 20 }), '特徴語',
        'keywords-table-csv'));
  } catch (err) {
    replace(box, errorBox(err, '特徴語'));
  }
}

form.addEventListener('change', () => {
  const current = readState();
  const state = {};
  for (const f of FILTERS) state[f] = form.elements[f].value;
  for (const k of PAGE_KEYS) if (first(current, k)) state[k] = first(current, k);
  writeState(state);
  load();
});
for (const [id, values] of [['values-count', ''], ['values-share', 'of_column']]) {
  document.getElementById(id).addEventListener('click', () => {
    writeState({ ...readState(), values });
    load();
  });
}
document.getElementById('network-form').addEventListener('submit', (e) => {
  e.preventDefault();
  writeState({ ...readState(), word: e.target.elements.word.value.trim() });
  load();
});
document.getElementById('reset').addEventListener('click', () => {
  writeState({});
  load();
});
window.addEventListener('popstate', load);
load();
