import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHtml } from '../../cli/parse-html';
import { REQUEST_COLUMNS, REVIEW_COLUMNS, REVIEW_GROUPS, requestRows } from '../../lib/model/keys';
import { checkHtml, checkPdf, checkText, type CheckResult } from '../../lib/pipeline';
import { unreadCells } from '../../lib/model/read-state';
import { FIXTURES, MATRIX, MATRIX_DIR, type MatrixEntry } from '../../scripts/pdf-matrix';
import { EXPECTED, expectedCells, type CorpusEntry } from './corpus';
import { loadPdfPath } from './pdf-fixtures';
import { printedNumbers, seedText } from './seeds';

export { MATRIX, type MatrixEntry };

const REAL_EXPECTED: Record<string, CorpusEntry> = JSON.parse(readFileSync(path.join(FIXTURES, 'real/expected.json'), 'utf8')).files;

/**
 * The figures of 表三 and 表四 a seed prints, in template order, read straight from the seed text (every
 * value cell is a tab-led line holding only a number: the oracle of tests/integration/seed-cells.test.ts,
 * independent of the readers).
 */
function seedCells(id: string): [string, number][] {
  const printed = (from: RegExp, to: RegExp) => printedNumbers(seedText(id), from, to);
  const requests = printed(/^三、收到和处理政府信息公开申请情况/, /^四、/);
  const review = printed(/^四、政府信息公开行政复议/, /^五、/);
  const paths = [
    ...requestRows('2021').flatMap((r) => REQUEST_COLUMNS.map((c) => `requests.${r}.${c}`)),
    ...REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((c) => `review.${g}.${c}`)),
  ];
  const values = [...requests, ...review];
  if (values.length !== paths.length) throw new Error(`seed ${id}: ${values.length} printed figures for ${paths.length} cells`);
  return paths.map((p, i) => [p, values[i]!]);
}

/** Every cell of 三 and 四 the source prints, as [path, value] (null: printed blank), read by hand or from the seed text. */
export function matrixExpectedCells(entry: MatrixEntry): [string, number | null][] {
  const seed = /(?:trs|word|flat|seed)-(\d{3})\./.exec(entry.source);
  if (seed) return seedCells(seed[1]!);
  if (entry.source.startsWith('corpus/')) return expectedCells(EXPECTED[entry.source.replace(/^corpus\//, '')]!);
  // the real PDFs are byte-for-byte copies of ../shared/corpus/pdf, read by hand in its expected.json
  if (entry.source.startsWith('pdf/')) return expectedCells(EXPECTED[entry.source]!);
  return expectedCells(REAL_EXPECTED[entry.source]!);
}

/**
 * The source read by its own reader: the page through checkHtml (parsed as a browser does), a .docx by
 * its seed's text (tests/unit/extract/docx shows mammoth's reading of it is the same, finding for finding),
 * a PDF as WPS wrote it (check-corpus holds those to expected.json).
 */
export async function checkMatrixSource(entry: MatrixEntry): Promise<CheckResult> {
  if (entry.source.endsWith('.pdf')) return checkPdf(await loadPdfPath(path.join(FIXTURES, entry.source)), entry.source);
  if (entry.source.endsWith('.docx')) return checkText(seedText(/seed-(\d{3})/.exec(entry.source)![1]!), entry.source);
  return checkHtml(parseHtml(readFileSync(path.join(FIXTURES, entry.source), 'utf8')), entry.source);
}

const checked = new Map<string, Promise<CheckResult>>();

/** A matrix PDF read as the command-line checker reads it (once per test file: pdf.js is most of the time). */
export function checkMatrixPdf(entry: MatrixEntry): Promise<CheckResult> {
  let result = checked.get(entry.pdf);
  if (!result) {
    result = loadPdfPath(path.join(MATRIX_DIR, entry.pdf)).then((pages) => checkPdf(pages, entry.pdf));
    checked.set(entry.pdf, result);
  }
  return result;
}

/**
 * The value of a cell path (`requests.denied.stateSecret.natural`) in a report, or 'not read': a cell the
 * report does not hold, or one it lists as not read (finding cells-unread: the public tables show such a
 * cell, like a column cut off the page, with no value, which is not a blank printed).
 */
export function cellValue(result: CheckResult, p: string): number | null | 'not read' {
  if (unreadCells(result.report).has(p)) return 'not read';
  const [table, ...rest] = p.split('.');
  const col = rest.pop()!;
  const cell = result.report.tables[table as 'requests' | 'review']?.[rest.join('.')]?.[col];
  return cell ? cell.value : 'not read';
}
