// The projects page's discussion parts: one project with its years and what the minutes said about it
// (/api/projects/{id}, /api/search?project=), and the ranking of listed projects by remarks (/api/projects/discussed).
import { getJson, searchHref, projectHref } from './api.js';
import { h, replace, errorBox, statusLine, dataTable, ROLE_GROUPS, roleGroupLabel } from './dom.js';
import { fiscalYearLabel, eraYear, axisYearLabel, dateLabel } from './era.js';
import { drawChart, emptyChart, narrow, PALETTE } from './chart.js';

const REMARKS_SHOWN = 20;
const RANKED_SHOWN = 30;

function who(remark) {
  const role = remark.role || roleGroupLabel(remark.role_group) || '';
  return remark.speaker ? `${role}（${remark.speaker}）` : role;
}

/**
 * Remarks of the project per fiscal year and role group: one search per role group the discussion has, counted by
 * the search's fiscal-year facet (the project's answer gives the two axes apart, the timeline needs them crossed).
 */
async function timeline(id, groups) {
  const rows = await Promise.all(groups.map((g) => getJson('/api/search', { project: id, role_group: g.key, size: 1,
    facets: 'exact' }).then((a) => [g.key, new Map(((a.facets || {}).fiscal_year || [])
    .map((b) => [Number(b.key), Number(b.count)]))])));
  return new Map(rows);
}

/** A closing button that removes project= from the URL and calls `close`. */
function closeButton(close) {
  return h('button', { type: 'button', class: 'secondary', id: 'project-close', onclick: close }, '事業の表示を閉じる');
}

/**
 * One project in `box`: its name and department, every fiscal year the lists give it, then its discussion: counts,
 * first and last day, a timeline by fiscal year and role group (chart and table), characteristic words and the
 * remarks themselves; a project no remark discusses says so.
 */
export async function showProject(box, id, close) {
  box.hidden = false;
  replace(box, h('h2', { id: 'project-title' }, '事業の議論'), statusLine('読み込み中…'));
  let p;
  try {
    p = await getJson(`/api/projects/${encodeURIComponent(id)}`);
  } catch (err) {
    replace(box, h('div', { class: 'list-head' }, h('h2', { id: 'project-title' }, '事業の議論'), closeButton(close)),
      errorBox(err, '事業'));
    return;
  }
  const d = p.discussion || {};
  const remarks = Number(d.remarks || 0);
  const years = p.years || [];
  const head = h('div', { class: 'list-head' }, h('h2', { id: 'project-title' }, p.name), closeButton(close));
  const about = h('p', { class: 'muted', id: 'project-about' }, [p.department, years.length
    ? `${years.map((y) => eraYear(y.fiscal_year)).join('・')}の一覧に掲載` : null].filter(Boolean).join('　'));
  const yearTable = dataTable({
    caption: 'この事業が一覧に載った年度',
    id: 'project-years',
    head: ['年度', '事業名', '担当課', '協働の形態', '協働の相手'],
    rows: years.map((y) => [fiscalYearLabel(y.fiscal_year), y.name || '', y.department || '', y.form || '',
      (y.partners || []).join('、')]),
  });
  if (!remarks) {
    replace(box, head, about, yearTable, h('p', { class: 'note', id: 'project-never' },
      'この事業は、読み込まれた会議録のどの発言でも取り上げられていません。'
      + ((p.words || []).length ? `（発言と結び付ける語: ${p.words.join('、')}）` : '')));
    return;
  }
  const summary = h('p', { id: 'project-summary' },
    `発言${remarks.toLocaleString('ja-JP')}件・会議${Number(d.meetings || 0).toLocaleString('ja-JP')}回。`
    + `最初は${dateLabel(d.first_date)}、最後は${dateLabel(d.last_date)}。`);
  const chartEl = h('div', { class: 'chart', id: 'chart-project' });
  const timelineBox = h('div', { id: 'project-timeline' });
  const wordsBox = h('div', { id: 'project-words' });
  const remarksBox = h('div', { id: 'project-remarks' }, statusLine('読み込み中…'));
  replace(box, head, about, summary,
    h('h3', {}, '年度別・役職の区分別の発言数（件）'), chartEl, timelineBox,
    h('h3', {}, '特徴語'), wordsBox,
    h('h3', {}, '発言'), remarksBox,
    h('h3', {}, '一覧に載った年度'), yearTable);
  showWords(wordsBox, p);
  const groups = (d.by_role_group || []).filter((g) => Number(g.remarks) > 0);
  try {
    drawTimeline(chartEl, timelineBox, p, await timeline(id, groups));
  } catch (err) {
    replace(timelineBox, errorBox(err, '発言の推移'));
  }
  await showRemarks(remarksBox, p);
}

function drawTimeline(chartEl, tableBox, p, counts) {
  const d = p.discussion;
  const years = (d.by_fiscal_year || []).map((y) => Number(y.key)).sort((a, b) => a - b);
  const order = ROLE_GROUPS.map(([k]) => k);
  const groups = [...counts.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const cell = (g, y) => (counts.get(g) || new Map()).get(y) || 0;
  const totalOf = (y) => Number(((d.by_fiscal_year || []).find((x) => Number(x.key) === y) || {}).remarks || 0);
  if (!years.length) {
    emptyChart(chartEl, '年度の分かる発言はありません。');
  } else {
    drawChart(chartEl, {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { data: groups.map(roleGroupLabel), bottom: 0 },
      grid: { left: 8, right: 16, top: 24, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: years.map((y) => axisYearLabel(y, narrow())),
        axisLabel: { interval: 0, fontSize: narrow() ? 9 : 12 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: groups.map((g, i) => ({ name: roleGroupLabel(g), type: 'bar', stack: 'role',
        itemStyle: { color: PALETTE[order.indexOf(g) % PALETTE.length] || PALETTE[i] },
        data: years.map((y) => cell(g, y)) })),
    }, `「${p.name}」を取り上げた発言の数を年度別に役職の区分で積み上げた棒グラフ。`
      + `${years.map((y) => `${eraYear(y)} ${totalOf(y)}件`).join('、')}。数値は下の表にあります。`);
  }
  replace(tableBox, dataTable({
    caption: '年度別・役職の区分別の発言数（数字を選ぶと検索）',
    id: 'project-timeline-table',
    head: ['年度', ...groups.map(roleGroupLabel), '合計'],
    rows: years.map((y) => [fiscalYearLabel(y), ...groups.map((g) => (cell(g, y)
      ? h('a', { href: searchHref({ project: p.id, role_group: g, fy_from: y, fy_to: y }) }, String(cell(g, y)))
      : 0)), totalOf(y)]),
    foot: ['合計', ...groups.map((g) => Number(((d.by_role_group || []).find((x) => x.key === g) || {}).remarks || 0)),
      Number(d.remarks)],
  }));
  tableBox.querySelectorAll('#project-timeline-table td').forEach((td) => td.classList.add('num'));
}

function showWords(box, p) {
  const words = (p.discussion.keywords || []);
  replace(box, words.length ? h('ul', { class: 'word-list', id: 'project-keywords' }, words.map((w) =>
    h('li', {}, h('a', { href: searchHref({ project: p.id, q: w.term }), title: `${w.count}件の発言` }, w.term))))
    : h('p', { class: 'muted' }, '特徴的な語は見つかりませんでした（発言が少ないときは出ません）。'));
}

async function showRemarks(box, p) {
  let answer;
  try {
    answer = await getJson('/api/search', { project: p.id, sort: 'date', size: REMARKS_SHOWN, facets: false });
  } catch (err) {
    replace(box, errorBox(err, '発言'));
    return;
  }
  const hits = answer.hits || [];
  const total = Number(answer.total && answer.total.value !== undefined ? answer.total.value : answer.total) || 0;
  replace(box,
    h('ol', { class: 'hits', id: 'project-hits' }, hits.map((hit) => {
      const m = hit.meeting || {};
      const link = (hit.projects || []).find((x) => x.id === p.id);
      return h('li', { class: 'hit', 'data-id': hit.id },
        h('div', { class: 'meta' }, h('span', { class: 'who' }, who(hit)),
          h('a', { href: searchHref({ project: p.id, open: hit.id }) }, m.title || '会議'),
          m.date ? h('span', { class: 'date' }, dateLabel(m.date)) : null,
          link && (link.words || []).length ? h('span', {}, `一致した語: ${link.words.join('、')}`) : null),
        h('p', { class: 'text' }, hit.text || ''));
    })),
    h('p', {}, h('a', { class: 'button secondary', id: 'project-search', href: searchHref({ project: p.id, sort: 'date' }) },
      total > hits.length ? `すべての発言（${total.toLocaleString('ja-JP')}件）を検索ページで見る` : '検索ページで見る')));
}

/**
 * Listed projects ranked by the remarks that discuss them, each linked to its view, and those no remark discusses.
 */
export async function showDiscussed(box) {
  replace(box, h('h2', { id: 'discussed-title' }, '会議で取り上げられた事業'), statusLine('読み込み中…'));
  let a;
  try {
    a = await getJson('/api/projects/discussed');
  } catch (err) {
    replace(box, h('h2', { id: 'discussed-title' }, '会議で取り上げられた事業'), errorBox(err, '事業の順位'));
    return;
  }
  const discussed = a.discussed || [];
  const never = a.never_discussed || [];
  const name = (p) => h('a', { href: projectHref(p.id), 'data-project': p.id }, p.name);
  replace(box,
    h('h2', { id: 'discussed-title' }, '会議で取り上げられた事業'),
    h('p', { class: 'muted', id: 'discussed-summary' }, `一覧の事業${Number(a.listed || 0).toLocaleString('ja-JP')}件のうち、`
      + `発言で取り上げられたのは${discussed.length.toLocaleString('ja-JP')}件です。事業名を選ぶと、その事業の議論を表示します。`),
    discussed.length ? dataTable({
      caption: '発言の多い順の事業',
      id: 'discussed-table',
      head: ['事業名', '担当課', '発言数', '会議数'],
      numericFrom: 2,
      rows: discussed.slice(0, RANKED_SHOWN).map((p) => [name(p), p.department || '', Number(p.remarks),
        Number(p.meetings)]),
    }) : h('p', { class: 'muted' }, '発言で取り上げられた事業はありません。'),
    discussed.length > RANKED_SHOWN ? h('p', { class: 'muted' }, `上位${RANKED_SHOWN}件を表示しています。`) : null,
    never.length ? h('details', { id: 'never-discussed' },
      h('summary', {}, `一度も取り上げられていない事業（${never.length.toLocaleString('ja-JP')}件）`),
      h('ul', {}, never.map((p) => h('li', {}, name(p), p.department ? `（${p.department}）` : '')))) : null);
}
