// Text cut to fit its box at a character boundary, with … where it was cut: CSS clipping (overflow: hidden) cuts
// glyphs in half, and text-overflow cannot keep the end of a left context.

function codePoints(s) {
  return Array.from(String(s || ''));
}

/**
 * Puts as much of `text` into `el` as fits on one line without overflowing: `keep` = 'end' keeps the end (a left
 * context, cut at its start), 'start' the start (a right context). The whole text stays in data-full.
 */
export function fitText(el, text, keep) {
  const chars = codePoints(text);
  el.dataset.full = text;
  const show = (n) => {
    if (n >= chars.length) el.textContent = text;
    else if (keep === 'end') el.textContent = '…' + chars.slice(chars.length - n).join('');
    else el.textContent = chars.slice(0, n).join('') + '…';
  };
  const fits = () => el.scrollWidth <= el.clientWidth + 0.5;
  show(chars.length);
  if (fits() || !el.clientWidth) return;
  // the longest count that fits, by halving
  let lo = 0;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    show(mid);
    if (fits()) lo = mid;
    else hi = mid - 1;
  }
  show(lo);
}

/** Fits every [data-fit] element below `root` (data-fit = "end" or "start"), now and whenever `root` resizes. */
export function fitAll(root) {
  const run = () => root.querySelectorAll('[data-fit]').forEach((el) => fitText(el, el.dataset.full ?? el.textContent,
    el.dataset.fit));
  run();
  let width = root.clientWidth;
  new ResizeObserver(() => {
    if (root.clientWidth !== width) {
      width = root.clientWidth;
      run();
    }
  }).observe(root);
}
