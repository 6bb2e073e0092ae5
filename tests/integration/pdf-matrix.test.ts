import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../lib/pipeline';
import { readState } from '../../lib/report/read-state';
import { cellValue, checkMatrixPdf, checkMatrixSource, MATRIX, matrixExpectedCells } from '../helpers/pdf-matrix';

/**
 * The PDF producer matrix (tests/fixtures/pdf-matrix, provenance in tests/fixtures/README.md): every real
 * HTML fixture and seed .docx exported by LibreOffice, every HTML fixture printed whole by Chromium. Each
 * is held to its source: every cell of 三 and 四 as printed (expected.json read by hand, or the seed text's
 * figures), the source's title, agency and year, and the source's errors and warnings, no more and no less.
 */

/**
 * Where the producer itself left figures out of the PDF (a table laid wider than the page and cut at its
 * edge): those cells cannot be read, and the report must not be called consistent; no cell is ever read
 * as another number, and no error is raised that the source does not have.
 */
const CUT: Record<string, string> = {
  'libreoffice/shanghai-bgt-2019-fragment.pdf': 'LibreOffice lays the nowrap 表三 wider than the page: cut at both edges',
  'libreoffice/flat-000.pdf': 'the 15-column 表四 runs off the right edge: its last two columns are not in the PDF',
  'libreoffice/flat-001.pdf': 'as flat-000',
  'libreoffice/flat-002.pdf': 'as flat-000',
  'libreoffice/flat-003.pdf': 'as flat-000',
  'libreoffice/flat-004.pdf': 'as flat-000',
  'chromium/shanghai-bgt-2019-fragment.pdf': 'Chromium shrinks the page to its limit and still cuts 表三’s 总计 column at the margin',
};

type Row = [string, number | null | 'not read', number | null];
const cells = (r: CheckResult, want: [string, number | null][]): Row[] => want.map(([p, v]) => [p, cellValue(r, p), v]);
const wrong = (rows: Row[]) => rows.filter(([, got, want]) => got !== want && got !== null && got !== 'not read');
const unread = (rows: Row[]) => rows.filter(([, got, want]) => got !== want && (got === null || got === 'not read'));
const verdict = (r: CheckResult, severity: 'error' | 'warning' | 'info') =>
  r.report.findings.filter((f) => f.severity === severity).map((f) => [f.rule, f.cells[0] ?? null, f.expected, f.actual]);

describe.each(MATRIX.map((e) => [e.pdf, e] as const))('%s', (pdf, entry) => {
  let result: CheckResult;
  let source: CheckResult;
  let rows: Row[];
  beforeAll(async () => {
    result = await checkMatrixPdf(entry);
    source = checkMatrixSource(entry);
    rows = cells(result, matrixExpectedCells(entry));
  });

  it('should read no cell of 三 or 四 as another number than the printed one', () => {
    expect(wrong(rows)).toEqual([]);
  });

  it('should read the title, agency, year and template of the source', () => {
    const id = (r: CheckResult) => [r.report.title, r.report.agency, r.report.year, r.report.format];
    expect(id(result)).toEqual(id(source));
  });

  if (!(pdf in CUT)) {
    it('should read every cell of 三 and 四', () => {
      expect(unread(rows)).toEqual([]);
    });

    it('should raise exactly the errors and warnings of the source (none on a consistent report), and its notes', () => {
      expect(verdict(result, 'error')).toEqual(verdict(source, 'error'));
      expect(verdict(result, 'warning')).toEqual(verdict(source, 'warning'));
      expect(verdict(result, 'info')).toEqual(verdict(source, 'info'));
    });
  } else {
    it(`should leave the cells the producer cut off unread and not call the report consistent (${CUT[pdf]})`, () => {
      expect(unread(rows).length).toBeGreaterThan(0);
      const told = result.report.findings.some((f) => f.severity !== 'info') || readState(result.report) !== 'full';
      expect(told).toBe(true);
      // an error the PDF shows must be one the source has
      const errors = verdict(source, 'error').map((e) => JSON.stringify(e));
      expect(verdict(result, 'error').filter((e) => !errors.includes(JSON.stringify(e)))).toEqual([]);
    });
  }
});

describe('the inconsistent reports keep their errors in every producer’s PDF', () => {
  it.each([
    ['libreoffice/seed-002.pdf', 't3-outcome-total', 'requests.totalProcessed.natural', 8, 10],
    ['libreoffice/trs-002.pdf', 't3-outcome-total', 'requests.totalProcessed.natural', 8, 10],
    ['chromium/trs-002.pdf', 't3-balance', 'requests.newReceived.natural', 7, 10],
    ['chromium/word-002.pdf', 't3-outcome-total', 'requests.totalProcessed.total', 8, 10],
    ['libreoffice/pingtan-hzs-2024.pdf', 't4-group-total', 'review.reconsideration.total', 1, 0],
    ['chromium/pingtan-hzs-2024.pdf', 't4-group-total', 'review.reconsideration.total', 1, 0],
  ])('%s: %s on %s (%d against %d printed)', async (pdf, rule, cell, expected, actual) => {
    const result = await checkMatrixPdf(MATRIX.find((e) => e.pdf === pdf)!);
    const errors = result.findings.filter((f) => f.severity === 'error' && [...f.stated, ...f.cells].includes(cell));
    expect(errors.map((f) => [f.rule, f.expected, f.actual])).toContainEqual([rule, expected, actual]);
  });
});
