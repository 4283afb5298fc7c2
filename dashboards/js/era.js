// Japanese era names for fiscal years (April–March) and days: 2021 → 令和3年度; the first year of an era is 元年.

// the eras of mappings/eras.txt, newest first: a day belongs to the latest era that began on or before it
import { ERAS } from './eras.js';

function eraNumber(n) {
  return n === 1 ? '元' : String(n);
}

/** 2021 → "令和3年度", 2019 → "令和元年度", 2018 → "平成30年度"; other values as given. */
export function eraYear(fiscalYear) {
  const y = Number(fiscalYear);
  if (!Number.isInteger(y)) return String(fiscalYear);
  const era = ERAS.find((e) => y >= e.first);
  if (!era) return `${y}年度`;
  return `${era.name}${eraNumber(y - era.first + 1)}年度`;
}

/** 2021 → "令和3年度 (2021)". */
export function fiscalYearLabel(fiscalYear) {
  return `${eraYear(fiscalYear)} (${fiscalYear})`;
}

/** "2021-12-21" → "令和3年12月21日"; "2019-04-30" → "平成31年4月30日"; anything else unchanged. */
export function warekiDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  if (!m) return iso || '';
  const era = ERAS.find((e) => iso >= e.start);
  const day = `${Number(m[2])}月${Number(m[3])}日`;
  return era ? `${era.name}${eraNumber(Number(m[1]) - era.first + 1)}年${day}` : `${m[1]}年${day}`;
}

/** "2021-12-21" → "令和3年12月21日 (2021年)": 和暦 with the western year beside it; anything else unchanged. */
export function dateLabel(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  return m ? `${warekiDate(iso)} (${m[1]}年)` : (iso || '');
}

/** A chart axis label: "令和3年度" over "(2021)", or on one line for a narrow, slanted axis. */
export function axisYearLabel(fiscalYear, oneLine) {
  return oneLine ? `${eraYear(fiscalYear)}(${fiscalYear})` : `${eraYear(fiscalYear)}\n(${fiscalYear})`;
}

const ERA_DATE = new RegExp(`^(${ERAS.map((e) => e.name).join('|')}|[${ERAS.map((e) => e.letter).join('')}])`
  + '\\.?\\s*(\\d{1,2}|元)\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日|[./-]\\s*(\\d{1,2})\\s*[./-]\\s*(\\d{1,2}))$', 'i');
const WESTERN_DATE = /^(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[./-]\s*(\d{1,2})\s*[./-]\s*(\d{1,2}))$/;

function iso(y, m, d) {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A day as people type it, 和暦 or 西暦 (令和3年4月1日, R3.4.1, 令和元年5月1日, 2021-04-01, 2021/4/1, 2021年4月1日,
 * full-width digits too) → "2021-04-01"; null when it is none of these or no such day (平成31年5月1日 did not
 * exist). The API reads more forms (kanji numerals): a value this cannot read is passed on as typed.
 */
export function parseDay(text) {
  const s = String(text || '').trim()
    .replace(/[０-９．／－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  let m = ERA_DATE.exec(s);
  if (m) {
    const era = ERAS.find((e) => e.name === m[1] || e.letter === m[1].toUpperCase());
    const n = m[2] === '元' ? 1 : Number(m[2]);
    const day = iso(era.first + n - 1, Number(m[3] || m[5]), Number(m[4] || m[6]));
    const next = ERAS[ERAS.indexOf(era) - 1];
    // the day must lie within its era
    return day && day >= era.start && (!next || day < next.start) ? day : null;
  }
  m = WESTERN_DATE.exec(s);
  return m ? iso(Number(m[1]), Number(m[2] || m[4]), Number(m[3] || m[5])) : null;
}
