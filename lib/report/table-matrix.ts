import { cellPath } from '../model/cell-ref';
import {
  activeRows,
  REQUEST_COLUMN_LABELS,
  REQUEST_COLUMNS,
  REQUEST_ROW_LABELS,
  requestRows,
  REVIEW_COLUMN_LABELS,
  REVIEW_COLUMNS,
  REVIEW_GROUP_LABELS,
  REVIEW_GROUPS,
} from '../model/keys';
import type { PublicCell, PublicReport } from '../model/public-report';
import type { Lang } from '../model/lang';
import { activeColumnLabel, activeRowLabel, requestColumnLabel, requestRowLabel, reviewColumnLabel, reviewGroupLabel } from '../model/labels';
import { unreadCells } from '../model/read-state';
import { reportVerdict } from './report-verdict';
import { verdictTitle } from './verdict-words';

export type TableKey = 'active' | 'requests' | 'review';

export const TABLE_TITLES: Record<TableKey, string> = {
  active: '二、主动公开政府信息情况',
  requests: '三、收到和处理政府信息公开申请情况',
  review: '四、政府信息公开行政复议、行政诉讼情况',
};
export const TABLE_TITLES_EN: Record<TableKey, string> = {
  active: 'II. Proactive disclosure',
  requests: 'III. Requests received and handled',
  review: 'IV. Administrative reconsideration and litigation',
};

/** 第二十条第（五）项 → Art. 20 (5): the clause of the regulations a table 二 row reports under. */
function blockEn(block: string): string {
  const n = '一二三四五六七八九'.indexOf(block.match(/（(.)）/)?.[1] ?? '') + 1;
  return n > 0 ? `Art. 20 (${n})` : block;
}

/**
 * The value as a spreadsheet should get it: the number, or the printed mark ("/") for a null, never an
 * invented 0. A figure printed with its unit (2019 政府集中采购 `251000元`) keeps it: the header names none.
 */
export function cellText(c: PublicCell | undefined): string {
  if (!c) return '';
  if (c.value !== null && /\d\s*(万元|元)$/.test(c.raw.trim())) return c.raw.trim();
  return c.value !== null ? String(c.value) : c.raw.trim();
}

/** The mark of a cell whose printed figure was not read for sure (cells-unread): never a blank a spreadsheet would sum as 0. */
export const UNREAD_MARK = '?';

/** cellText, with "?" for the cells a report lists as unread. */
export function shownBy(report: Pick<PublicReport, 'findings'>): (c: PublicCell | undefined, path: string) => string {
  const unread = unreadCells(report);
  return (c, path) => (unread.has(path) ? UNREAD_MARK : cellText(c));
}

/**
 * One standard table as a matrix of strings (first row = header), in canonical row and column order
 * whatever the page's layout, so that tables of different agencies paste into the same cells.
 * Table 二's rows have different columns; the union is used (columns told apart by their printed
 * header: the 2019 template's 处理决定数量 and 采购项目数量 are both `count` in their rows) and
 * inapplicable cells stay empty. In English (`lang`) the headers and row labels are English, the cells
 * the same.
 */
export function tableMatrix(report: PublicReport, table: TableKey, lang: Lang = 'zh'): string[][] {
  const cellText = shownBy(report);
  const en = lang === 'en';
  if (table === 'requests') {
    const t = report.tables.requests ?? {};
    return [
      [en ? 'Item' : '项目', ...REQUEST_COLUMNS.map((c) => requestColumnLabel(c, lang))],
      ...requestRows(report.format, report.tables.requests).map((r) => [
        requestRowLabel(r, lang),
        ...REQUEST_COLUMNS.map((c) => cellText(t[r]?.[c], cellPath('requests', r, c))),
      ]),
    ];
  }
  if (table === 'review') {
    const t = report.tables.review ?? {};
    return [
      [en ? 'Category' : '类别', ...REVIEW_COLUMNS.map((c) => reviewColumnLabel(c, lang))],
      ...REVIEW_GROUPS.map((g) => [reviewGroupLabel(g, lang), ...REVIEW_COLUMNS.map((c) => cellText(t[g]?.[c], cellPath('review', g, c)))]),
    ];
  }
  const t = report.tables.active ?? {};
  const rows = activeRows(report.format);
  const columns = rows.flatMap((r) => r.columns).filter((c, i, all) => all.findIndex((x) => x.label === c.label) === i);
  return [
    [en ? 'Item' : '项目', en ? 'Information' : '信息内容', ...columns.map((c) => activeColumnLabel(columnRow(rows, c), c, lang))],
    ...rows.map((r) => [
      en ? blockEn(r.block) : r.block,
      activeRowLabel(r, lang),
      ...columns.map((c) =>
        r.columns.some((x) => x.key === c.key && x.label === c.label) ? cellText(t[r.key]?.[c.key], cellPath('active', r.key, c.key)) : '',
      ),
    ]),
  ];
}

/**
 * The cell path (`requests.newReceived.natural`) behind each body cell of tableMatrix, row for row and
 * column for column; null for the row labels and for the cells a 表二 row does not have. For the
 * screens that mark cells (a finding's, unread, a row the source lacks) beside the same matrix.
 * @example tableCellPaths(report, 'review')[0] → [null, 'review.reconsideration.upheld', …, 'review.reconsideration.total']
 */
export function tableCellPaths(report: Pick<PublicReport, 'format' | 'tables'>, table: TableKey): (string | null)[][] {
  if (table === 'requests') return requestRows(report.format, report.tables.requests).map((r) => [null, ...REQUEST_COLUMNS.map((c) => `requests.${r}.${c}`)]);
  if (table === 'review') return REVIEW_GROUPS.map((g) => [null, ...REVIEW_COLUMNS.map((c) => `review.${g}.${c}`)]);
  const rows = activeRows(report.format);
  const columns = rows.flatMap((r) => r.columns).filter((c, i, all) => all.findIndex((x) => x.label === c.label) === i);
  return rows.map((r) => [
    null,
    null,
    ...columns.map((c) => (r.columns.some((x) => x.key === c.key && x.label === c.label) ? `active.${r.key}.${c.key}` : null)),
  ]);
}

/** The row a table 二 column first belongs to (2019's 采购项目数量 is procurement's `count`). */
function columnRow(rows: readonly { key: string; columns: readonly { key: string; label: string }[] }[], c: { key: string; label: string }): string {
  return rows.find((r) => r.columns.some((x) => x.key === c.key && x.label === c.label))?.key ?? '';
}

/** What a table read from a scan is called beside its title: 表二 has no totals to prove its figures. */
export const OCR_TITLE_MARKS: Record<Lang, { checked: string; unverified: string }> = {
  zh: { checked: '（扫描件识别（OCR））', unverified: '（扫描件识别，未经核验（OCR））' },
  en: { checked: ' (read from a scan by OCR)', unverified: ' (read from a scan by OCR, unverified)' },
};

/** Whether any cell of the table was read from a scan (OCR). */
export function tableFromOcr(report: Pick<PublicReport, 'tables'>, table: TableKey): boolean {
  return Object.values(report.tables[table] ?? {}).some((row) => Object.values(row).some((c) => c.ocr));
}

/** A table's title, saying when it was read from a scan (OCR): 表二's figures are then 未经核验. */
export function tableTitle(report: Pick<PublicReport, 'tables'>, table: TableKey, lang: Lang): string {
  const mark = tableFromOcr(report, table) ? OCR_TITLE_MARKS[lang][table === 'active' ? 'unverified' : 'checked'] : '';
  return (lang === 'en' ? TABLE_TITLES_EN : TABLE_TITLES)[table] + mark;
}

/**
 * All three tables one below the other, each under its title, with the report's identity on top. A
 * table read from a scan says so in its title line (its figures stay plain numbers, to sum).
 */
export function reportMatrix(report: PublicReport, tables: readonly TableKey[] = ['active', 'requests', 'review'], lang: Lang = 'zh'): string[][] {
  const out: string[][] = [[report.agency ?? '', report.year === null ? '' : String(report.year), report.title ?? '']];
  for (const t of tables) out.push([], [tableTitle(report, t, lang)], ...tableMatrix(report, t, lang));
  return out;
}

/**
 * One line per report: every cell of the three tables as a column, for comparing many agencies in one
 * sheet, after the verdict and its counts (lib/report/verdict-words.ts). The header names each column by
 * table, row and column label.
 */
export function wideRow(report: PublicReport): { header: string[]; values: string[] } {
  const cellText = shownBy(report);
  // the verdict as every screen says it, its counts, the checks not made (a report partly unread) and the dismissed
  const v = reportVerdict(report);
  const header = ['机关', '年度', '格式', '标题', '来源', '结论', '错误', '警告', '提示', '未核', '已驳回'];
  const values = [
    report.agency ?? '',
    report.year === null ? '' : String(report.year),
    report.format,
    report.title ?? '',
    report.source,
    verdictTitle(v, 'zh'),
    ...[v.errors, v.warnings, v.notes, v.unchecked, v.dismissed].map(String),
  ];
  const push = (name: string, value: string) => (header.push(name), values.push(value));
  const active = report.tables.active ?? {};
  for (const r of activeRows(report.format))
    for (const c of r.columns) push(`表二·${r.label}·${c.label}`, cellText(active[r.key]?.[c.key], cellPath('active', r.key, c.key)));
  const requests = report.tables.requests ?? {};
  for (const r of requestRows(report.format, report.tables.requests))
    for (const c of REQUEST_COLUMNS) push(`表三·${REQUEST_ROW_LABELS[r]}·${REQUEST_COLUMN_LABELS[c]}`, cellText(requests[r]?.[c], cellPath('requests', r, c)));
  const review = report.tables.review ?? {};
  for (const g of REVIEW_GROUPS)
    for (const c of REVIEW_COLUMNS) push(`表四·${REVIEW_GROUP_LABELS[g]}·${REVIEW_COLUMN_LABELS[c]}`, cellText(review[g]?.[c], cellPath('review', g, c)));
  return { header, values };
}
