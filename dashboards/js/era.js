// Japanese era names for fiscal years (April–March): 2021 → 令和3年度; the first year of an era is 元年.

const ERAS = [
  { name: '令和', first: 2019 },
  { name: '平成', first: 1989 },
  { name: '昭和', first: 1926 },
];

/** 2021 → "令和3年度", 2019 → "令和元年度", 2018 → "平成30年度"; other values as given. */
export function eraYear(fiscalYear) {
  const y = Number(fiscalYear);
  if (!Number.isInteger(y)) return String(fiscalYear);
  const era = ERAS.find((e) => y >= e.first);
  if (!era) return `${y}年度`;
  const n = y - era.first + 1;
  return `${era.name}${n === 1 ? '元' : n}年度`;
}

/** 2021 → "令和3年度 (2021)". */
export function fiscalYearLabel(fiscalYear) {
  return `${eraYear(fiscalYear)} (${fiscalYear})`;
}

/** "2021-12-21" → "2021年12月21日"; anything else unchanged. */
export function dateLabel(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : (iso || '');
}

/** A chart axis label: "令和3年度" over "(2021)", or on one line for a narrow, slanted axis. */
export function axisYearLabel(fiscalYear, oneLine) {
  return oneLine ? `${eraYear(fiscalYear)}(${fiscalYear})` : `${eraYear(fiscalYear)}\n(${fiscalYear})`;
}
