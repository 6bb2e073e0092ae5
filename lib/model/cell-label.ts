import { parseCellPath } from './cell-ref';
import { activeColumnLabelEn, ACTIVE_ROW_LABELS_EN, REQUEST_CATEGORY_LABELS, REQUEST_COLUMN_LABELS_EN } from './labels-en';
import { ACTIVE_ROWS_2019, ACTIVE_ROWS_2021, REQUEST_COLUMN_LABELS, type RequestColumn, type RequestRow, type ReviewColumn, type ReviewGroup } from './keys';
import { activeRowLabel, requestRowLabel, reviewColumnLabel, reviewGroupLabel } from './labels';
import type { Lang } from './lang';

const TABLE: Record<Lang, Record<string, string>> = {
  zh: { active: '表二', requests: '表三', review: '表四', requestSubtotals: '表三' },
  en: { active: 'Table 2 ', requests: 'Table 3 ', review: 'Table 4 ', requestSubtotals: 'Table 3 ' },
};
// a key the tables do not know (a non-standard column) is shown as printed nowhere: say so rather than print the key
const UNKNOWN = { zh: '（非标准单元格）', en: '(non-standard cell)' };

function requestRow(row: string, lang: Lang, subtotal: boolean): string {
  if (subtotal) {
    const c = REQUEST_CATEGORY_LABELS[row];
    return c ? (lang === 'zh' ? `${c.zh}小计` : `${c.en}, subtotal`) : UNKNOWN[lang];
  }
  const label = requestRowLabel(row as RequestRow, lang) ?? UNKNOWN[lang];
  return lang === 'zh' ? afterTable(label) : label;
}

/**
 * A Chinese row label as written after 表三: a row numbered 一、二、… is quoted, so the table's name and the
 * row's number do not run together (表三“一、本年新收…”, not 表三一、本年新收…); （一）… rows are left as they are.
 * @example afterTable('一、本年新收政府信息公开申请数量') → '“一、本年新收政府信息公开申请数量”'
 */
export function afterTable(label: string): string {
  return /^[一二三四五六七八九十]+、/.test(label) ? `“${label}”` : label;
}

function requestColumn(col: string, lang: Lang): string {
  if (lang === 'en') return REQUEST_COLUMN_LABELS_EN[col as RequestColumn] ?? UNKNOWN.en;
  return REQUEST_COLUMN_LABELS[col as RequestColumn] ?? (col === 'legalSubtotal' ? '法人或其他组织小计' : UNKNOWN.zh);
}

function activeCell(row: string, col: string, lang: Lang): [string, string] {
  // a row key both templates have (规章, 行政许可…) has other columns in each: the template whose row has the column names it
  const specs = [...ACTIVE_ROWS_2021, ...ACTIVE_ROWS_2019].filter((r) => r.key === row);
  const spec = specs.find((r) => r.columns.some((c) => c.key === col)) ?? specs[0];
  if (lang === 'zh') return [spec?.label ?? UNKNOWN.zh, spec?.columns.find((c) => c.key === col)?.label ?? UNKNOWN.zh];
  return [ACTIVE_ROW_LABELS_EN[row] ?? UNKNOWN.en, activeColumnLabelEn(row, col) ?? UNKNOWN.en];
}

/**
 * The printed labels of a cell path, for display next to a finding: people read labels, never the
 * model's keys (output.md keeps the keys in the JSON).
 * @example cellLabel('requests.totalProcessed.natural') → '表三（七）总计·自然人'
 * @example cellLabel('requests.newReceived.total') → '表三“一、本年新收政府信息公开申请数量”·总计'
 * @example cellLabel('requests.denied.stateSecret.natural', 'en') → 'Table 3 (3)1 withheld: state secret, natural persons'
 */
export function cellLabel(path: string, lang: Lang = 'zh'): string {
  const { table, row, col } = parseCellPath(path) ?? { table: '', row: '', col: '' };
  const t = TABLE[lang][table] ?? '';
  const sep = lang === 'zh' ? '·' : ', ';
  if (table === 'requests' || table === 'requestSubtotals')
    return `${t}${requestRow(row, lang, table === 'requestSubtotals')}${sep}${requestColumn(col, lang)}`;
  if (table === 'review') {
    const group = reviewGroupLabel(row as ReviewGroup, lang) ?? UNKNOWN[lang];
    return `${t}${group}${sep}${reviewColumnLabel(col as ReviewColumn, lang) ?? UNKNOWN[lang]}`;
  }
  if (table === 'active') {
    const [r, c] = activeCell(row, col, lang);
    return `${t}${r}${sep}${c}`;
  }
  return UNKNOWN[lang];
}

/** Cell labels for a list (`、` in Chinese, `; ` in English), at most `max`, then how many more. */
export function cellList(cells: readonly string[], lang: Lang, max = 6): string {
  const shown = cells
    .slice(0, max)
    .map((c) => cellLabel(c, lang))
    .join(lang === 'zh' ? '、' : '; ');
  if (cells.length <= max) return shown;
  return lang === 'zh' ? `${shown} 等 ${cells.length} 个` : `${shown} and ${cells.length - max} more`;
}

/**
 * The label of a row of a standard table: a model key (`denied.stateSecret`, `licensing`) by its
 * printed label; anything else is already the page's own label and is shown as printed.
 * @example rowLabel('requests', 'granted') → '（一）予以公开'
 */
export function rowLabel(table: string, row: string, lang: Lang = 'zh'): string {
  if (table === 'requests') return requestRowLabel(row as RequestRow, lang) ?? row;
  if (table === 'review') return reviewGroupLabel(row as ReviewGroup, lang) ?? row;
  if (table === 'active') {
    const spec = [...ACTIVE_ROWS_2021, ...ACTIVE_ROWS_2019].find((r) => r.key === row);
    return spec ? activeRowLabel(spec, lang) : row;
  }
  return row;
}

/**
 * A cell by its label and, where known, its place in the printed table (1-based for display).
 * @example cellPlace('requests.granted.natural', { table: 0, row: 4, col: 2 }) → '表三（一）予以公开·自然人（原表第5行第3格）'
 */
export function cellPlace(path: string, at: { row: number; col: number } | null, lang: Lang): string {
  if (lang === 'zh') return `${cellLabel(path)}${at ? `（原表第${at.row + 1}行第${at.col + 1}格）` : ''}`;
  return `${cellLabel(path, 'en')}${at ? ` (row ${at.row + 1}, cell ${at.col + 1})` : ''}`;
}
