// Projects dashboard: yearly project counts (/api/projects/yearly) by form and new vs continuing, with filters.
import { getJson, readState, writeState, first } from './api.js';
import { h, replace, errorBox, statusLine, dataTable, options } from './dom.js';
import { fiscalYearLabel, eraYear, axisYearLabel } from './era.js';
import { drawChart, narrow } from './chart.js';

const FILTERS = ['department', 'area', 'form'];
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

async function load() {
  const state = readState();
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
    replace(message);
    render(answer.years, params);
  } catch (err) {
    replace(message, errorBox(err, '事業の集計'));
  }
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
  const base = (legend) => ({
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { type: narrow() ? 'plain' : 'scroll', data: legend, bottom: 0, itemGap: narrow() ? 8 : 10 },
    grid: { left: 8, right: 16, top: 36, bottom: narrow() ? 16 + 22 * Math.ceil(legend.length / 3) : 40,
      containLabel: true },
    xAxis: { type: 'category', data: axisLabels,
      axisLabel: { interval: 0, fontSize: narrow() ? 9 : 12, rotate: slanted ? 45 : 0 } },
    yAxis: { type: 'value', name: '件数', minInterval: 1 },
  });
  drawChart(document.getElementById('chart-form'), {
    ...base(forms),
    series: forms.map((f) => ({ name: f, type: 'bar', stack: 'form', data: years.map((y) => (y.by_form || {})[f] || 0) })),
  }, `年度別の事業件数を協働の形態で積み上げた棒グラフ。${years.map((y, i) => `${labels[i]} ${y.count}件`).join('、')}。数値は下の表にあります。`);
  replace(document.getElementById('table-form'), dataTable({
    caption: '年度別・協働の形態別の事業件数',
    id: 'projects-by-form',
    head: ['年度', ...forms, '合計'],
    rows: years.map((y, i) => [labels[i], ...forms.map((f) => (y.by_form || {})[f] || 0), y.count]),
    foot: years.length ? ['合計', ...forms.map((f) => years.reduce((s, y) => s + ((y.by_form || {})[f] || 0), 0)), total] : null,
  }));

  drawChart(document.getElementById('chart-new'), {
    ...base(['新規', '継続']),
    color: ['#e07b39', '#2f6db5'],
    series: [
      { name: '新規', type: 'bar', stack: 'new', data: years.map(newCount) },
      { name: '継続', type: 'bar', stack: 'new', data: years.map(continuingCount) },
    ],
  }, `年度別の新規事業と継続事業の件数の棒グラフ。${years.map((y, i) => `${labels[i]} 新規${newCount(y)}件・継続${continuingCount(y)}件`).join('、')}。数値は下の表にあります。`);
  replace(document.getElementById('table-new'), dataTable({
    caption: '年度別の新規・継続の事業件数',
    id: 'projects-new',
    head: ['年度', '新規', '継続', '合計'],
    rows: years.map((y, i) => [labels[i], newCount(y), continuingCount(y), y.count]),
  }));
}

form.addEventListener('change', () => {
  const state = {};
  for (const f of FILTERS) state[f] = form.elements[f].value;
  writeState(state);
  load();
});
document.getElementById('reset').addEventListener('click', () => {
  writeState({});
  load();
});
window.addEventListener('popstate', load);
load();
