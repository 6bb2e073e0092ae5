import { toCsv, toMarkdown, toTsv } from '#lib/export';
import { reportMatrix, TABLE_TITLES, tableMatrix, wideRow, type TableKey } from '#lib/report';
import type { PublicReport } from '#lib/model';

export type TableFormat = 'tsv' | 'csv' | 'md';
export type Layout = 'tables' | 'row';

const TABLES: readonly TableKey[] = ['active', 'requests', 'review'];

/**
 * One line per report, columns matched by header name: 2019- and 2021-format reports have different
 * rows in 表三, so the header is the union (in first-seen order) and a report leaves the others empty.
 */
export function wideMatrix(reports: readonly PublicReport[]): string[][] {
  const rows = reports.map(wideRow);
  const header = [...new Set(rows.flatMap((r) => r.header))];
  return [header, ...rows.map((r) => header.map((h) => r.values[r.header.indexOf(h)] ?? ''))];
}

function markdownReport(report: PublicReport): string {
  const heading = `## ${report.title ?? report.source}`;
  return [heading, ...TABLES.map((t) => `### ${TABLE_TITLES[t]}\n\n${toMarkdown(tableMatrix(report, t))}`)].join('\n\n');
}

/**
 * The extracted tables of the reports as TSV, CSV (with BOM) or Markdown. Layout `tables` puts each
 * report's three tables one below the other (reports separated by a blank line); layout `row` gives
 * one line per report under a single header, for comparing agencies in one sheet.
 */
export function renderTables(reports: readonly PublicReport[], format: TableFormat, layout: Layout): string {
  if (format === 'md') return `${layout === 'row' ? toMarkdown(wideMatrix(reports)) : reports.map(markdownReport).join('\n\n')}\n`;
  const matrix = layout === 'row' ? wideMatrix(reports) : reports.flatMap((r, i) => [...(i > 0 ? [[]] : []), ...reportMatrix(r)]);
  return format === 'csv' ? toCsv(matrix) : `${toTsv(matrix)}\r\n`;
}
