// Projects dashboard: yearly project counts (/api/projects/yearly) by form and new vs continuing, with filters.
import { getJson, apiUrl, readState, writeState, first, projectHref } from './api.js';
import { h, replace, errorBox, statusLine, dataTable, options, csvLink, unknownParametersNote } from './dom.js';
import { fiscalYearLabel, eraYear, axisYearLabel } from './era.js';
import { drawChart, emptyChart, narrow, PALETTE } from './chart.js';
import { showProject, showDiscussed } from './project-view.js';

const FILTERS = ['department', 'area', 'form'];
// the bar whose projects are listed: its year and its form, or new=true|false
const LIST_KEYS = ['year', 'of_form', 'new'];
// the project whose discussion is shown (its id, as /api/projects gives project_id)
const VIEW_KEYS = ['project'];
const LIST_SIZE = 100;
const NEW_COLOURS = { 新規: '#e07b39', 継続: '#2f6db5' };
const form = document.getElementById('filters');
const message = document.getElementById('message');
let vocabulary = null;

/** Every department, area and form that occurs in the unfiltered counts, most frequent first. */
function collect(years, key) {
  const totals = new Map();
  for (const y of years) {
    for (const [k, n] of Object.entries(y[key] || {})) totals.set(k, (totals.get(k) || 0) + n);
  }
  return [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'ja')).map(([k]) => k);
}

function newCount(y) {
  return y.is_new ?? y.new ?? 0;
}

function continuingCount(y) {
  return y.continuing ?? (y.count - newCount(y));
}

/**
 * The colour of a form: from its place among all forms of the unfiltered counts, so a form keeps its colour
 * when the filters leave others out.
 */
function formColour(name) {
  const i = vocabulary ? vocabulary.form.indexOf(name) : -1;
  return i >= 0 ? PALETTE[i % PALETTE.length] : '#8c8c8c';
}

async function load() {
  const state = readState();
  const unknown = unknownParametersNote(state, [...FILTERS, ...LIST_KEYS, ...VIEW_KEYS]);
  const view = showView(state);
  if (!discussedShown) {
    discussedShown = true;
    showDiscussed(document.getElementById('discussed'));
  }
  replace(message, statusLine('読み込み中…'));
  try {
    if (!vocabulary) {
      const all = await getJson('/api/projects/yearly');
      vocabulary = { department: collect(all.years, 'by_department'), area: collect(all.years, 'by_area'),
        form: collect(all.years, 'by_form') };
    }
    for (const f of FILTERS) {
      options(form.elements[f], 'すべて', vocabulary[f].map((v) => [v, v]), first(state, f));
    }
    const params = Object.fromEntries(FILTERS.map((f) => [f, first(state, f)]));
    const answer = await getJson('/api/projects/yearly', params);
    replace(message, unknown);
    render(answer.years, params);
  } catch (err) {
    replace(message, unknown, errorBox(err, '事業の集計'));
  }
  await showList(state);
  await view;
}

let discussedShown = false;

/** The discussion of the project of the URL (project=), or nothing. */
function showView(state) {
  const box = document.getElementById('project-view');
  const id = first(state, 'project');
  if (!id) {
    box.hidden = true;
    replace(box);
    return Promise.resolve();
  }
  const shown = showProject(box, id, () => {
    const next = readState();
    delete next.project;
    writeState(next);
    showView(next);
  });
  box.scrollIntoView({ block: 'start' });
  return shown;
}

/** The projects of the bar that was chosen (year and form, or year and new/continuing), under the filters. */
async function showList(state) {
  const box = document.getElementById('project-list');
  const year = first(state, 'year');
  if (!year) {
    box.hidden = true;
    replace(box);
    return;
  }
  box.hidden = false;
  const params = Object.fromEntries(FILTERS.map((f) => [f, first(state, f)]).filter(([, v]) => v));
  params.fiscal_year = year;
  const form = first(state, 'of_form');
  const isNew = first(state, 'new');
  if (form) params.form = form;
  if (isNew) params.new = isNew;
  const what = [eraYear(year), form, isNew === 'true' ? '新規' : isNew === 'false' ? '継続' : null].filter(Boolean)
    .join('・');
  replace(box, h('h2', { id: 'list-title' }, `${what}の事業`), statusLine('読み込み中…'));
  let answer;
  try {
    answer = await getJson('/api/projects', { ...params, size: LIST_SIZE });
  } catch (err) {
    replace(box, h('h2', { id: 'list-title' }, `${what}の事業`), errorBox(err, '事業の一覧'));
    return;
  }
  const projects = answer.projects || [];
  const total = Number(answer.total ?? projects.length);
  const close = h('button', { type: 'button', class: 'secondary', id: 'list-close', onclick: () => {
    const next = readState();
    for (const k of LIST_KEYS) delete next[k];
    writeState(next);
    showList(next);
  } }, '一覧を閉じる');
  replace(box,
    h('div', { class: 'list-head' }, h('h2', { id: 'list-title' }, `${what}の事業（${total.toLocaleString('ja-JP')}件）`), close),
    total > projects.length ? h('p', { class: 'muted' },
      `先頭の${projects.length}件を表示しています。すべてはCSVで保存してください。`) : null,
    projects.length ? dataTable({
      caption: `${what}の事業`,
      id: 'project-list-table',
      head: ['事業名', '担当課', '協働の形態', '地域', '新規・継続', '提案型', '協働の相手'],
      rows: projects.map((p) => [p.project_id ? h('a', { href: projectHref(p.project_id), 'data-project': p.project_id,
        title: 'この事業の議論を表示' }, p.name) : p.name, p.department || '', p.form || '', p.area || '',
        p.is_new === true ? '新規' : p.is_new === false ? '継続' : '', p.proposal === true ? '提案型' : '',
        (p.partners || []).join('、')]),
    }) : h('p', { class: 'muted' }, '該当する事業はありません。'),
    csvLink(apiUrl('/api/projects.csv', params), '一覧', 'project-list-csv'));
  box.scrollIntoView({ block: 'nearest' });
}

/** Lists the projects of a clicked bar and records the bar in the URL. */
function chooseBar(year, key, value) {
  const next = { ...readState(), year: String(year), of_form: '', new: '' };
  next[key] = value;
  writeState(next);
  showList(readState());
}

function render(years, params) {
  const chosen = FILTERS.filter((f) => params[f]).map((f) => params[f]);
  const total = years.reduce((s, y) => s + y.count, 0);
  document.getElementById('summary').textContent = years.length
    ? `${eraYear(years[0].fiscal_year)}〜${eraYear(years[years.length - 1].fiscal_year)}、計${total.toLocaleString('ja-JP')}件`
      + (chosen.length ? `（${chosen.join('・')}）` : '')
    : '条件に合う事業はありません。';
  const labels = years.map((y) => fiscalYearLabel(y.fiscal_year));
  const slanted = narrow() && years.length > 4;
  const axisLabels = years.map((y) => axisYearLabel(y.fiscal_year, slanted));
  const forms = collect(years, 'by_form');
  const csv = apiUrl('/api/projects.csv', params);
  if (!years.length) {
    for (const id of ['chart-form', 'chart-new']) emptyChart(document.getElementById(id), '条件に合う事業はありません。条件を変えてください。');
    replace(document.getElementById('table-form'));
    replace(document.getElementById('table-new'));
    return;
  }
  const base = (legend) => ({
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { type: narrow() ? 'plain' : 'scroll', data: legend, bottom: 0, itemGap: narrow() ? 8 : 10 },
    grid: { left: 8, right: 16, top: 36, bottom: narrow() ? 16 + 22 * Math.ceil(legend.length / 3) : 40,
      containLabel: true },
    xAxis: { type: 'category', data: axisLabels,
      axisLabel: { interval: 0, fontSize: narrow() ? 9 : 12, rotate: slanted ? 45 : 0 } },
    // no axis name: the unit is in the heading, where no chart edge can clip it
    yAxis: { type: 'value', minInterval: 1 },
  });
  const formChart = drawChart(document.getElementById('chart-form'), {
    ...base(forms),
    series: forms.map((f) => ({ name: f, type: 'bar', stack: 'form', itemStyle: { color: formColour(f) },
      data: years.map((y) => (y.by_form || {})[f] || 0) })),
  }, `年度別の事業件数を協働の形態で積み上げた棒グラフ。${years.map((y, i) => `${labels[i]} ${y.count}件`).join('、')}。数値は下の表にあります。`);
  replace(document.getElementById('table-form'), dataTable({
    caption: '年度別・協働の形態別の事業件数',
    id: 'projects-by-form',
    head: ['年度', ...forms, '合計'],
    rows: years.map((y, i) => [labels[i], ...forms.map((f) => (y.by_form || {})[f] || 0), y.count]),
    foot: ['合計', ...forms.map((f) => years.reduce((s, y) => s + ((y.by_form || {})[f] || 0), 0)), total],
  }), csvLink(csv, '事業の一覧', 'projects-by-form-csv'));
  if (formChart) {
    formChart.off('click');
    formChart.on('click', (p) => chooseBar(years[p.dataIndex].fiscal_year, 'of_form', p.seriesName));
  }

  const newChart = drawChart(document.getElementById('chart-new'), {
    ...base(['新規', '継続']),
    series: [
      { name: '新規', type: 'bar', stack: 'new', itemStyle: { color: NEW_COLOURS.新規 }, data: years.map(newCount) },
      { name: '継続', type: 'bar', stack: 'new', itemStyle: { color: NEW_COLOURS.継続 }, data: years.map(continuingCount) },
    ],
  }, `年度別の新規事業と継続事業の件数の棒グラフ。${years.map((y, i) => `${labels[i]} 新規${newCount(y)}件・継続${continuingCount(y)}件`).join('、')}。数値は下の表にあります。`);
  replace(document.getElementById('table-new'), dataTable({
    caption: '年度別の新規・継続の事業件数',
    id: 'projects-new',
    head: ['年度', '新規', '継続', '合計', 'うち提案型'],
    rows: years.map((y, i) => [labels[i], newCount(y), continuingCount(y), y.count, Number(y.proposal ?? 0)]),
    foot: ['合計', years.reduce((s, y) => s + newCount(y), 0), years.reduce((s, y) => s + continuingCount(y), 0), total,
      years.reduce((s, y) => s + Number(y.proposal ?? 0), 0)],
  }), csvLink(csv, '事業の一覧', 'projects-new-csv'));
  if (newChart) {
    newChart.off('click');
    newChart.on('click', (p) => chooseBar(years[p.dataIndex].fiscal_year, 'new', p.seriesName === '新規' ? 'true' : 'false'));
  }
}

form.addEventListener('change', () => {
  // new filters close the list of a bar; the project shown stays
  const state = { project: first(readState(), 'project') };
  for (const f of FILTERS) state[f] = form.elements[f].value;
  writeState(state);
  load();
});
document.getElementById('reset').addEventListener('click', () => {
  writeState({});
  load();
});
// a project's name (in the ranking or a bar's list) opens its discussion here, keeping the filters and the list
document.querySelector('main').addEventListener('click', (e) => {
  const a = e.target.closest('a[data-project]');
  if (!a || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
  e.preventDefault();
  writeState({ ...readState(), project: a.dataset.project });
  showView(readState());
});
window.addEventListener('popstate', load);
load();
