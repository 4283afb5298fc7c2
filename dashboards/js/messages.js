// Every error the pages show, in Japanese: from the API's stable codes and fields (error, parameter, reason,
// value, other, limit, min, max, allowed), never from its English sentence.
import { eraYear, warekiDate } from './era.js';
import { roleGroupLabel } from './labels.js';

/** What the pages call each parameter of the API. */
export const PARAMETER_LABELS = {
  q: '検索語',
  speaker: '発言者',
  role: '役職',
  role_group: '役職の区分',
  group: '会派',
  body: '会議体',
  meeting: '会議',
  section: '区分',
  theme: 'テーマ',
  project: '事業',
  fiscal_year: '年度',
  fy_from: '年度（から）',
  fy_to: '年度（まで）',
  date_from: '日付（から）',
  date_to: '日付（まで）',
  synonyms: '同義語',
  match: '一致の範囲',
  sort: '並び順',
  page: 'ページ',
  size: '表示件数',
  cursor: '続きの位置',
  width: '前後の文字数',
  prefix: '発言者名',
  facets: '絞り込みの件数',
  by: '集計の軸',
  values: '表示する値',
  per: '内訳',
  meetings: '会議数',
  fg: '比較する発言',
  min_count: '最少出現数',
  sample: '標本数',
  department: '担当課',
  area: '地域',
  form: '協働の形態',
  new: '新規・継続',
  context: '前後の発言数',
};

const ALLOWED_LABELS = {
  sort: { relevance: '関連度順', date: '古い順', '-date': '新しい順' },
  match: { auto: '自動', exact: 'そのままの一致', broad: '語の一部の一致', partial: '一部の語が欠ける一致', related: '関連語による一致' },
  by: { role: '役職', role_group: '役職の区分', fiscal_year: '年度', meeting: '会議' },
  values: { count: '件数', of_column: '列ごとの構成比', of_row: '行ごとの構成比' },
  per: { meeting: '会議ごと' },
};

function label(parameter) {
  return PARAMETER_LABELS[parameter] || parameter;
}

/** A value as the pages write it: fiscal years in 和暦, days in 和暦, role groups by their Japanese names. */
function valueText(parameter, value) {
  if (value === undefined || value === null || value === '') return '';
  if (/^(fiscal_year|fy_from|fy_to)$/.test(parameter) && /^\d{4}$/.test(String(value))) return eraYear(value);
  if (/^date_/.test(parameter) && /^\d{4}-\d{2}-\d{2}$/.test(String(value))) return warekiDate(String(value));
  if (parameter === 'role_group') return roleGroupLabel(String(value));
  const named = ALLOWED_LABELS[parameter] && ALLOWED_LABELS[parameter][value];
  return named || String(value);
}

function quoted(parameter, value) {
  const v = valueText(parameter, value);
  return v ? `「${v}」` : '';
}

function allowedText(parameter, allowed) {
  if (!Array.isArray(allowed) || !allowed.length) return '';
  return `（${allowed.map((a) => valueText(parameter, a)).join('、')}のいずれか）`;
}

const number = (n) => Number(n).toLocaleString('ja-JP');

/** The sentence for a bad parameter, from its reason and fields. */
function badParameter(d) {
  const p = d.parameter;
  const name = label(p);
  const v = quoted(p, d.value);
  switch (d.reason) {
    case 'required':
      return p === 'q' ? '検索語を入力してください。' : `${name}を指定してください。`;
    case 'too_long':
      return `${name}が長すぎます（${number(d.limit)}文字まで）。`;
    case 'too_many':
      return p === 'q' ? `検索語が多すぎます（${number(d.limit)}語まで）。` : `${name}の値が多すぎます（${number(d.limit)}個まで）。`;
    case 'not_integer':
      return `${name}${v}は整数ではありません。`;
    case 'out_of_range':
      return `${name}は${number(d.min)}から${number(d.max)}までで指定してください（指定: ${number(d.value)}）。`;
    case 'not_boolean':
      return `${name}${v}は「はい」「いいえ」（true / false）のどちらかで指定してください。`;
    case 'not_fiscal_year':
      return `${name}${v}は年度として読めません。2021、令和3年度、R3 のように指定してください。`;
    case 'not_date':
      return `${name}${v}は日付として読めません。令和3年4月1日、2021-04-01 のように指定してください。`;
    case 'after_other':
      return `${name}${v}が${label(d.other)}${quoted(d.other, d.limit)}より後になっています。`
        + `${name}は${label(d.other)}と同じか前にしてください。`;
    case 'conflicts':
      return `${name}と${label(d.other)}は同時に指定できません。どちらか一方にしてください。`;
    case 'unknown_value':
      return p === 'theme' ? `テーマ${v}はありません。` : `${name}${v}は指定できません${allowedText(p, d.allowed)}。`;
    case 'bad_format':
      return `${name}${v}の書き方が正しくありません。`;
    case 'beyond_window':
      return `${number(d.limit)}件目より後は表示できません（このページの大きさでは${number(d.max)}ページまで）。`
        + '条件を絞り込んでください。';
    case 'bad_cursor':
      return '続きの位置が正しくありません。最初のページから表示し直してください。';
    default:
      return `${name}の指定が正しくありません。`;
  }
}

const BY_CODE = {
  not_found: (what) => `${what}が見つかりません。削除されたか、URL が正しくない可能性があります。`,
  method_not_allowed: () => 'この操作はできません。',
  unavailable: () => '検索エンジンに接続できません。しばらくしてから再度お試しください。',
  data_unavailable: () => 'データの一部が検索エンジンで一時的に読めません（ノードの停止や復旧中）。'
    + '一部だけの結果は表示しません。しばらくしてから再度お試しください。',
  unreachable: () => 'サーバーに接続できません。ネットワークとサービスの状態を確認してください。',
  search_failed: () => '検索エンジンがこの条件を処理できませんでした。条件を変えてお試しください。',
  request_too_large: () => '条件が長すぎます。検索語や条件を減らしてください。',
  themes_unavailable: () => 'テーマの定義ファイルを読めません。管理者に連絡してください。',
  internal_error: () => 'サービスでエラーが発生しました。しばらくしてから再度お試しください。',
  bad_answer: () => 'サーバーの応答を読めませんでした。',
  unauthorized: () => 'この操作には管理者の認証が必要です。',
};

/**
 * The Japanese sentence for a failure: an ApiError of api.js (its code and the API's fields) or anything else;
 * `what` names what was being loaded (検索結果, 発言 …) for "not found".
 */
export function errorText(err, what = 'データ') {
  const detail = (err && err.detail) || {};
  const code = err && err.code;
  if (code === 'bad_parameter' && detail.parameter) return badParameter(detail);
  if (BY_CODE[code]) return BY_CODE[code](what);
  if (err && err.status) return `サーバーがエラーを返しました（HTTP ${err.status}）。`;
  return '予期しないエラーが発生しました。ページを読み込み直してください。';
}

/** The note about URL parameters a page does not use: they are named, not silently dropped. */
export function unknownParametersText(names) {
  return `この URL の次の項目はこのページでは使えないため、無視しました: ${names.join('、')}`;
}
