import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../lib/pipeline';
import { readState } from '../../lib/model/read-state';
import { renderFinding } from '../../lib/report/render-finding';
import { cellValue, checkMatrixPdf, checkMatrixSource, MATRIX, matrixExpectedCells } from '../helpers/pdf-matrix';

/**
 * The PDF producer matrix (tests/fixtures/pdf-matrix, provenance in tests/fixtures/README.md): every real
 * HTML fixture and seed .docx exported by LibreOffice, every HTML fixture printed whole by Chromium. Each
 * is held to its source: every cell of 三 and 四 as printed (expected.json read by hand, or the seed text's
 * figures), the source's title, agency and year, and the source's errors and warnings, no more and no less.
 */

/**
 * Where the producer itself left figures out of the PDF (a table laid wider than the page and cut at its
 * edge): the columns whose header is not printed whole. Their cells are not read (one of them, the column
 * the edge cuts through, prints part of its label and may print part of its figures: never read); every
 * other cell is read exactly, the cut is said once (cells-unread, naming the columns), the report is never
 * called consistent (partly read), and it raises the source's errors and warnings save those that rest on
 * a cut cell, and no other.
 */
const CUT: Record<string, { why: string; missing: string[] }> = {
  'libreoffice/shanghai-bgt-2019-fragment.pdf': {
    why: 'LibreOffice lays the nowrap 表三 wider than the page: cut at both edges (row labels 一、二 cut to 府信息公开申请数量; 法 of 法律服务机构 printed, its figures not)',
    missing: ['requests.*.legal', 'requests.*.other', 'requests.*.total'],
  },
  'chromium/shanghai-bgt-2019-fragment.pdf': {
    why: 'Chromium shrinks the page to its limit and still cuts 表三’s 总计 column at the margin (a half-printed 85 for 859 outside any cell)',
    missing: ['requests.*.total'],
  },
  ...Object.fromEntries(
    ['000', '001', '002', '003', '004'].map((id) => [
      `libreoffice/flat-${id}.pdf`,
      {
        why: 'the 15-column 表四 runs off the right edge: its last two columns are not in the PDF, the edge cuts through 复议后起诉·其他结果 (label printed as 其他 or 其)',
        missing: [
          'review.litigationAfterReconsideration.other',
          'review.litigationAfterReconsideration.pending',
          'review.litigationAfterReconsideration.total',
        ],
      },
    ]),
  ),
};

/** Whether a cell path is one of the cut columns (`requests.*.total`: that column of every row). */
const isCut = (missing: string[], p: string) =>
  missing.some((m) => (m.includes('*') ? p.startsWith(m.slice(0, m.indexOf('*'))) && p.endsWith(m.slice(m.indexOf('*') + 1)) : p === m));

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
    source = await checkMatrixSource(entry);
    rows = cells(result, matrixExpectedCells(entry));
  });

  it('should read no cell of 三 or 四 as another number than the printed one', () => {
    expect(wrong(rows)).toEqual([]);
  });

  it('should read the title, agency, year and template of the source', () => {
    const id = (r: CheckResult) => [r.report.title, r.report.agency, r.report.year, r.report.format];
    expect(id(result)).toEqual(id(source));
  });

  const cut = CUT[pdf];
  if (!cut) {
    it('should read every cell of 三 and 四', () => {
      expect(unread(rows)).toEqual([]);
    });

    it('should raise exactly the errors and warnings of the source (none on a consistent report), and its notes', () => {
      expect(verdict(result, 'error')).toEqual(verdict(source, 'error'));
      expect(verdict(result, 'warning')).toEqual(verdict(source, 'warning'));
      expect(verdict(result, 'info')).toEqual(verdict(source, 'info'));
    });
  } else {
    it(`should read every cell the PDF prints and leave the cut columns unread (${cut.why})`, () => {
      expect(rows.filter(([p, got, want]) => !isCut(cut.missing, p) && got !== want)).toEqual([]);
      expect(rows.filter(([p, got]) => isCut(cut.missing, p) && got !== 'not read')).toEqual([]);
      // what is left out is what the producer cut, no more: 15 of 176 cells read before the mapper read cut tables
      expect(rows.filter(([, got]) => got === 'not read').length).toBe(rows.filter(([p]) => isCut(cut.missing, p)).length);
    });

    it('should say the cut once per table, naming its cells, and call the report partly read, not consistent', () => {
      const said = result.report.findings.filter((f) => f.rule === 'cells-unread');
      expect(said.map((f) => f.severity)).toEqual(['info']);
      expect(renderFinding(said[0]!)).toMatch(/列不在表中（表格可能在页边被截断）/);
      expect(said[0]!.cells).toEqual(rows.filter(([p]) => isCut(cut.missing, p)).map(([p]) => p));
      expect(readState(result.report)).toBe('partial');
      expect(result.report.findings.filter((f) => f.rule === 'row-incomplete' || f.rule === 'columns-by-position')).toEqual([]);
    });

    it('should raise the errors and warnings of the source that do not rest on a cut cell, and no other', () => {
      const kept = (severity: 'error' | 'warning') =>
        source.report.findings
          .filter((f) => f.severity === severity && !f.cells.some((p) => isCut(cut.missing, p)))
          .map((f) => [f.rule, f.cells[0] ?? null, f.expected, f.actual]);
      expect(verdict(result, 'error')).toEqual(kept('error'));
      expect(verdict(result, 'warning')).toEqual(kept('warning'));
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
