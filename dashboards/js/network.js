// Co-occurrence network (共起ネットワーク, as in KH Coder) of the words around a query, from /api/cooccurrence.
import { getJson, apiUrl, searchHref } from './api.js';
import { h, replace, errorBox, statusLine, dataTable, csvLink } from './dom.js';
import { drawChart, emptyChart, narrow, tooltipHtml, PALETTE } from './chart.js';

/** Words drawn around the query word. */
const WORDS = 15;
/** Of those, the strongest ones whose own neighbours are asked, to link the words with each other. */
const LINKED = 6;


/**
 * Draws the network of `word` under the dashboard's filters into #chart-network, its words in #table-network:
 * the query in the middle, linked to each word that co-occurs with it (thicker for a higher score); words that
 * also co-occur with each other are linked too. A refusal of the API shows in the section itself.
 */
export async function showNetwork(word, filters) {
  const el = document.getElementById('chart-network');
  const box = document.getElementById('table-network');
  document.getElementById('word').value = word || '';
  if (!word) {
    emptyChart(el, '語を入力すると、その語と同じ発言によく現れる語をネットワークで示します。');
    replace(box);
    return;
  }
  replace(box, statusLine('読み込み中…'));
  let answer;
  try {
    answer = await getJson('/api/cooccurrence', { ...filters, q: word, size: WORDS });
  } catch (err) {
    emptyChart(el, '共起ネットワークを表示できませんでした。');
    replace(box, errorBox(err, '共起語'));
    return;
  }
  const words = answer.keywords || [];
  const csv = csvLink(apiUrl('/api/cooccurrence.csv', { ...filters, q: word, size: WORDS }), '共起語', 'network-csv');
  if (!words.length) {
    emptyChart(el, `「${word}」と一緒によく現れる語は見つかりませんでした。`);
    replace(box, csv);
    return;
  }
  const terms = new Set(words.map((w) => w.term));
  const links = words.map((w) => ({ source: word, target: w.term, value: Number(w.score) }));
  const seen = new Set(links.map((l) => [l.source, l.target].sort().join('\t')));
  // the neighbours of the strongest words: a failure leaves those links out, not the network
  const around = await Promise.allSettled(words.slice(0, LINKED).map((w) =>
    getJson('/api/cooccurrence', { ...filters, q: w.term, size: WORDS }).then((a) => [w.term, a.keywords || []])));
  for (const r of around) {
    if (r.status !== 'fulfilled') continue;
    const [from, near] = r.value;
    for (const n of near) {
      const key = [from, n.term].sort().join('\t');
      if (n.term !== from && terms.has(n.term) && !seen.has(key)) {
        seen.add(key);
        links.push({ source: from, target: n.term, value: Number(n.score), between: true });
      }
    }
  }
  const maxCount = Math.max(1, ...words.map((w) => Number(w.count ?? w.doc_count ?? 0)));
  const maxScore = Math.max(0.0001, ...links.map((l) => l.value));
  const small = narrow();
  const nodes = [
    { name: word, value: Number(answer.foreground_remarks ?? 0), symbolSize: small ? 44 : 56, category: 0,
      label: { fontWeight: 'bold' } },
    ...words.map((w) => ({ name: w.term, value: Number(w.count ?? w.doc_count ?? 0), category: 1,
      symbolSize: (small ? 14 : 18) + (small ? 20 : 28) * Math.sqrt(Number(w.count ?? w.doc_count ?? 0) / maxCount) })),
  ];
  const chart = drawChart(el, {
    tooltip: { formatter: (p) => tooltipHtml(...(p.dataType === 'edge' ? [p.data.source, ' — ', p.data.target]
      : [p.data.name, ': ', p.data.value, '件の発言'])) },
    legend: { data: ['検索した語', '共起語'], bottom: 0 },
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: true,
      categories: [{ name: '検索した語', itemStyle: { color: PALETTE[1] } }, { name: '共起語', itemStyle: { color: PALETTE[0] } }],
      force: { repulsion: small ? 120 : 220, edgeLength: small ? [40, 110] : [60, 170], gravity: 0.08 },
      label: { show: true, position: 'right', fontSize: small ? 10 : 12 },
      lineStyle: { color: '#8a9bb0', curveness: 0.1 },
      data: nodes,
      links: links.map((l) => ({ ...l, lineStyle: { width: 1 + 5 * (l.value / maxScore), type: l.between ? 'dashed' : 'solid' } })),
    }],
  }, `「${word}」の共起ネットワーク。${words.slice(0, 5).map((w) => w.term).join('、')}などが一緒に現れます。`
    + '語の一覧は下の表にあります。語を選ぶと両方を含む発言を検索します。');
  if (chart) {
    chart.off('click');
    chart.on('click', (p) => {
      if (p.dataType === 'node') window.location.href = searchHref({ ...filters, q: p.data.name === word ? word : `${word} ${p.data.name}` });
    });
  }
  replace(box,
    h('p', { class: 'muted', id: 'network-summary' }, `「${word}」を含む発言${Number(answer.foreground_remarks ?? 0)
      .toLocaleString('ja-JP')}件に、ほかの発言より多く現れる語。実線は「${word}」との共起、点線は語どうしの共起（線が太いほど強い）。`),
    dataTable({
      caption: `「${word}」の共起語`,
      id: 'network-table',
      head: ['語', '共起した発言数', 'スコア'],
      rows: words.map((w) => [h('a', { href: searchHref({ ...filters, q: `${word} ${w.term}` }) }, w.term),
        Number(w.count ?? w.doc_count ?? 0), Number(Number(w.score).toFixed(3))]),
    }),
    csv);
}
