import { cellPath } from '../model/cell-ref';
import { refusalSentence } from '../attach/unreadable';
import type { BatchRow } from '../batch/batch-row';
import { ACTIVE_ROWS_2019, ACTIVE_ROWS_2021, type ActiveRowSpec, REQUEST_COLUMNS, requestRows, REVIEW_COLUMNS, REVIEW_GROUPS } from '../model/keys';
import type { PublicCell, PublicTable } from '../model/public-report';
import { findingsMatrix, GRID_HEADERS, gridCounts, rowVerdict, verdictText, type ReviewLookup } from './batch-csv';
import type { Lang } from '../model/lang';
import { cellText, UNREAD_MARK } from '../report/table-matrix';
import { activeColumnLabel, activeRowLabel, requestColumnLabel, requestRowLabel, reviewColumnLabel, reviewGroupLabel } from '../model/labels';
import { unreadCells } from '../model/read-state';

/**
 * A cell as write-excel-file takes it (structurally: lib/ does not import the library). `columnSpan`
 * and `rowSpan` become real merged cells; the cells a merge covers are null.
 */
export interface XlsxCell {
  value?: string | number;
  type?: 'Formula';
  columnSpan?: number;
  rowSpan?: number;
  fontWeight?: 'bold';
  align?: 'left' | 'center' | 'right';
  alignVertical?: 'top' | 'center' | 'bottom';
  wrap?: boolean;
  textColor?: `#${string}`;
  backgroundColor?: `#${string}`;
  /** a number format (`0.0%`) */
  format?: string;
}
export type XlsxRow = (XlsxCell | null)[];
export interface XlsxSheet {
  sheet: string;
  data: XlsxRow[];
  columns?: { width: number }[];
  stickyRowsCount?: number;
  stickyColumnsCount?: number;
  /** pictures over the sheet (PNG bytes), anchored at a 1-based cell */
  images?: XlsxImage[];
}

/** A picture in a sheet, as write-excel-file takes it (the caller turns `content` into its platform's bytes). */
export interface XlsxImage {
  content: Uint8Array;
  contentType: 'image/png';
  width: number;
  height: number;
  dpi: number;
  anchor: { row: number; column: number };
  title?: string;
  description?: string;
}

export const SHEET_NAMES_BY_LANG = {
  zh: { grid: '汇总', findings: '问题清单', requests: '表三', active: '表二', active2019: '表二（2019版）', review: '表四' },
  en: { grid: 'Summary', findings: 'Findings', requests: 'Table 3', active: 'Table 2', active2019: 'Table 2 (2019)', review: 'Table 4' },
} as const;
export const SHEET_NAMES = SHEET_NAMES_BY_LANG.zh;

const VERDICT_COLOUR: Record<string, `#${string}`> = {
  error: '#c62828',
  warning: '#b26a00',
  ok: '#2e7d32',
  partial: '#616161',
  'not-a-report': '#616161',
  unreadable: '#616161',
};
const head = (value: string, more: XlsxCell = {}): XlsxCell => ({
  value,
  fontWeight: 'bold',
  align: 'center',
  alignVertical: 'center',
  wrap: true,
  backgroundColor: '#eeeeee',
  ...more,
});
const text = (value: string): XlsxCell => ({ value });
const num = (n: number): XlsxCell => ({ value: n });

/** A link Excel and WPS follow on click; HYPERLINK takes at most 255 characters, so longer URLs stay text. */
function link(url: string): XlsxCell {
  if (url.length > 255 || !/^https?:\/\//.test(url)) return text(url);
  return { value: `HYPERLINK("${url.replace(/"/g, '""')}","${url.replace(/"/g, '""')}")`, type: 'Formula', textColor: '#1a0dab' };
}

/**
 * A table cell: the number as a number; a figure printed with its unit (251000元) or a mark ("/", "—")
 * for a blank as the text printed, never an invented 0.
 */
function value(c: PublicCell | undefined): XlsxCell | null {
  const shown = cellText(c);
  if (!c || shown === '') return null;
  return c.value !== null && shown === String(c.value) ? num(c.value) : text(shown);
}

function gridSheet(rows: readonly BatchRow[], lang: Lang, review?: ReviewLookup): XlsxSheet {
  const data: XlsxRow[] = [GRID_HEADERS[lang].map((h) => head(h))];
  for (const r of rows) {
    const kind = rowVerdict(r, review)?.kind ?? r.verdict;
    data.push([
      text(r.agency ?? r.linkText),
      r.year === null ? null : num(r.year),
      { value: verdictText(r, lang, review), textColor: kind ? VERDICT_COLOUR[kind] : '#616161', fontWeight: kind === 'error' ? 'bold' : undefined },
      ...gridCounts(r, review).map(num),
      link(r.url),
      r.error ? text(refusalSentence(r.error)[lang]) : null,
    ]);
  }
  return {
    sheet: SHEET_NAMES_BY_LANG[lang].grid,
    data,
    columns: [{ width: 32 }, { width: 7 }, { width: 24 }, { width: 6 }, { width: 6 }, { width: 6 }, { width: 6 }, { width: 7 }, { width: 60 }, { width: 30 }],
    stickyRowsCount: 1,
  };
}

function findingsSheet(rows: readonly BatchRow[], lang: Lang, review?: ReviewLookup): XlsxSheet {
  const [header = [], ...body] = findingsMatrix(rows, review, lang);
  const data: XlsxRow[] = [header.map((h) => head(h))];
  for (const line of body)
    data.push(
      line.map((v, i) => (i === 2 ? link(v) : (i === 1 || i === 7 || i === 8) && v !== '' ? num(Number(v)) : v === '' ? null : { value: v, wrap: i === 5 })),
    );
  const widths = [28, 7, 40, 20, 8, 60, 30, 8, 8, 10, 24];
  return { sheet: SHEET_NAMES_BY_LANG[lang].findings, data, columns: header.map((_, i) => ({ width: widths[i] ?? 12 })), stickyRowsCount: 1 };
}

/** The identity columns every table sheet starts with, each merged over the two header rows. */
const ID_HEADERS: Record<Lang, string[]> = { zh: ['机关', '年度', '格式', '链接'], en: ['Agency', 'Year', 'Template', 'Link'] };
const idCells = (r: BatchRow): XlsxRow => [
  text(r.agency ?? r.linkText),
  r.year === null ? null : num(r.year),
  r.report ? text(r.report.format) : null,
  link(r.url),
];

/**
 * A table sheet: one line per report; a two-row header whose top row holds each row label merged
 * across its columns (real merges) and whose second row names the columns.
 */
function tableSheet(
  name: string,
  rows: readonly BatchRow[],
  groups: readonly { label: string; columns: readonly { label: string; path: string; get: (t: PublicTable) => PublicCell | undefined }[] }[],
  table: (r: BatchRow) => PublicTable | null,
  lang: Lang = 'zh',
): XlsxSheet {
  const top: XlsxRow = ID_HEADERS[lang].map((h) => head(h, { rowSpan: 2 }));
  const second: XlsxRow = ID_HEADERS[lang].map(() => null);
  for (const g of groups) {
    top.push(head(g.label, g.columns.length > 1 ? { columnSpan: g.columns.length } : {}), ...g.columns.slice(1).map(() => null));
    second.push(...g.columns.map((c) => head(c.label)));
  }
  const data: XlsxRow[] = [top, second];
  for (const r of rows) {
    if (!r.report?.detected) continue;
    const t = table(r);
    const unread = unreadCells(r.report);
    data.push([...idCells(r), ...groups.flatMap((g) => g.columns.map((c) => (unread.has(c.path) ? text(UNREAD_MARK) : t ? value(c.get(t)) : null)))]);
  }
  const width = groups.reduce((n, g) => n + g.columns.length, 0);
  return {
    sheet: name,
    data,
    columns: [{ width: 28 }, { width: 7 }, { width: 7 }, { width: 30 }, ...Array.from({ length: width }, () => ({ width: 9 }))],
    stickyRowsCount: 2,
    stickyColumnsCount: 1,
  };
}

/**
 * 表三: the 25 rows of the 2021 template × its 7 columns, in canonical order (175 cells per report), then
 * the single （六）其他处理 row of the 2019 template (and of 2021 reports that kept it), so that no printed
 * row is dropped: a report fills the rows it has.
 */
function requestGroups(lang: Lang) {
  return [...requestRows('2021'), 'other' as const].map((row) => ({
    label: lang === 'zh' && row === 'other' ? '（六）其他处理（2019 版单行）' : requestRowLabel(row, lang),
    columns: REQUEST_COLUMNS.map((col) => ({
      label: requestColumnLabel(col, lang),
      path: cellPath('requests', row, col),
      get: (t: PublicTable) => t[row]?.[col],
    })),
  }));
}
export const REQUEST_GROUPS = requestGroups('zh');
const activeGroups = (spec: readonly ActiveRowSpec[], lang: Lang = 'zh') =>
  spec.map((row) => ({
    label: activeRowLabel(row, lang),
    columns: row.columns.map((col) => ({
      label: activeColumnLabel(row.key, col, lang),
      path: cellPath('active', row.key, col.key),
      get: (t: PublicTable) => t[row.key]?.[col.key],
    })),
  }));
/** 表二 of the 2021 template: each row label merged across its columns. */
export const ACTIVE_GROUPS = activeGroups(ACTIVE_ROWS_2021);
/** 表二 of the 2019 template (its own columns, and 第二十条第（九）项 政府集中采购), on a sheet of its own. */
export const ACTIVE_GROUPS_2019 = activeGroups(ACTIVE_ROWS_2019);
function reviewGroups(lang: Lang) {
  return REVIEW_GROUPS.map((g) => ({
    label: reviewGroupLabel(g, lang),
    columns: REVIEW_COLUMNS.map((col) => ({
      label: reviewColumnLabel(col, lang),
      path: cellPath('review', g, col),
      get: (t: PublicTable) => t[g]?.[col],
    })),
  }));
}
/** 表四: the three groups, each merged across its five columns. */
export const REVIEW_SHEET_GROUPS = reviewGroups('zh');

/**
 * The workbook of a batch for write-excel-file: 汇总 (the grid, links clickable), 问题清单 (every
 * finding), 表三, 表二, 表四 (one line per report, canonical cells). Table 二 of the 2019 template has
 * other rows and columns than 2021's: its reports go to a sheet 表二（2019版） of their own (only when the
 * batch has any), so that no cell lands under another template's header.
 */
export function batchXlsxSheets(rows: readonly BatchRow[], review?: ReviewLookup, lang: Lang = 'zh'): XlsxSheet[] {
  const old = rows.filter((r) => r.report?.format === '2019');
  const names = SHEET_NAMES_BY_LANG[lang];
  return [
    gridSheet(rows, lang, review),
    findingsSheet(rows, lang, review),
    tableSheet(names.requests, rows, requestGroups(lang), (r) => r.report?.tables.requests ?? null, lang),
    tableSheet(
      names.active,
      rows.filter((r) => r.report?.format !== '2019'),
      activeGroups(ACTIVE_ROWS_2021, lang),
      (r) => r.report?.tables.active ?? null,
      lang,
    ),
    ...(old.length > 0 ? [tableSheet(names.active2019, old, activeGroups(ACTIVE_ROWS_2019, lang), (r) => r.report?.tables.active ?? null, lang)] : []),
    tableSheet(names.review, rows, reviewGroups(lang), (r) => r.report?.tables.review ?? null, lang),
  ];
}
