// ECharts (vendored in dashboards/vendor/echarts, the global `echarts`) with the page's font, an accessible label and resizing.

export const FONT = '"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN", '
  + '"Yu Gothic UI", "Yu Gothic", Meiryo, system-ui, sans-serif';

export const PALETTE = ['#2f6db5', '#e07b39', '#3a9a5b', '#c4454a', '#7d5ba6', '#8c6d3f', '#d16ba5', '#6f7f8f',
  '#b5a82f', '#2fa5b5', '#5a3fb5', '#9a3a6a'];

/**
 * Draws (or redraws) a chart in the element; `label` is what a screen reader hears (role=img + aria-label),
 * so it should say what the chart shows and that the table below holds the numbers.
 */
export function drawChart(el, option, label) {
  if (!window.echarts) {
    el.textContent = 'グラフ描画ライブラリを読み込めませんでした。下の表をご覧ください。';
    return null;
  }
  if (el.classList.contains('empty')) {
    el.classList.remove('empty');
    el.textContent = '';
  }
  const chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el, null, { renderer: 'canvas' });
  chart.setOption({
    color: PALETTE,
    textStyle: { fontFamily: FONT },
    aria: { enabled: true, label: { description: label } },
    animation: false,
    ...option,
  }, { notMerge: true });
  el.setAttribute('role', 'img');
  el.setAttribute('aria-label', label);
  if (!el.dataset.resizes) {
    el.dataset.resizes = 'yes';
    new ResizeObserver(() => {
      const current = window.echarts.getInstanceByDom(el);
      if (current) current.resize();
    }).observe(el);
  }
  return chart;
}

/**
 * In place of a chart that would be blank (no data under the filters): a sentence saying so, so an empty
 * frame with axes is never shown. Removes the chart instance; the next drawChart starts anew.
 */
export function emptyChart(el, text) {
  const chart = window.echarts && window.echarts.getInstanceByDom(el);
  if (chart) chart.dispose();
  el.removeAttribute('role');
  el.removeAttribute('aria-label');
  el.classList.add('empty');
  el.textContent = text;
}

/** A narrow screen gets legends at the bottom and smaller labels. */
export function narrow() {
  return window.matchMedia('(max-width: 600px)').matches;
}

/**
 * Text for a tooltip that ECharts renders as HTML: every part that comes from data (theme names, roles, years)
 * is escaped with ECharts' own encoder, so a name can never become markup.
 */
export function tooltipHtml(...parts) {
  return parts.map((p) => window.echarts.format.encodeHTML(String(p))).join('');
}
