import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import { checkHtml } from '../../lib/pipeline';
import type { PublicReport } from '../../lib/model/public-report';
import { REAL } from '../helpers/corpus';

/**
 * Issue 15 (6): 表三（六）其他处理 printed with merged cells, in copies of real pages edited only there
 * (tests/fixtures/make-merged-six-pages.ts): the three item labels in one cell with rowspan=3 over three
 * figure rows are three rows; labels and figures merged are the group printed as one row, the single （六）
 * row the map knows from the 2019 template and 淮安 2023. Neither is "表三缺少 2 行" or a shifted figure.
 */
const check = (file: string) => checkHtml(parseHtml(readFileSync(path.join(REAL, file), 'utf8')), file);
const warnings = (r: PublicReport) => r.findings.filter((f) => f.severity !== 'info').map((f) => [f.rule, f.severity, f.cells[0] ?? ''] as const);
const other = (r: PublicReport) => Object.fromEntries(Object.entries(r.tables.requests ?? {}).filter(([k]) => k.startsWith('other')));
const values = (r: PublicReport, row: string) => Object.values(r.tables.requests?.[row] ?? {}).map((c) => c.value);

describe('（六） item labels in one cell with rowspan=3, each row with its own figures', () => {
  it.each([
    ['pages/merged-six-labels.html', 'pages/trs-003.html'],
    ['pages/pingtan-shs-2023-merged-six.html', 'corpus/html/pingtan-shs-2023.html'],
  ])('%s should read every cell and give every finding as the page it was copied from (%s)', (merged, original) => {
    const a = check(merged).report;
    const b = check(original).report;
    expect(a.tables).toEqual(b.tables);
    expect(warnings(a)).toEqual(warnings(b));
  });

  it('should give each row its own figures, in the cell’s order (seed 003: 2, 0, 119)', () => {
    const r = check('pages/merged-six-labels.html').report;
    expect(Object.keys(other(r))).toEqual(['other.overdueCorrection', 'other.overdueFee', 'other.other']);
    expect(values(r, 'other.overdueCorrection')).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(values(r, 'other.overdueFee')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(values(r, 'other.other')).toEqual([115, 3, 0, 0, 0, 1, 119]);
  });
});

describe.each(['pages/merged-six-row.html', 'pages/merged-six-one-row.html'])('%s: the (六) group printed as one row', (file) => {
  // -row: labels and figures merged over three rows; -one-row: the three labels in one cell, one row of figures
  const r = check(file).report;

  it('should read the group as the single （六） row, with the figures as printed, and no item row', () => {
    expect(Object.keys(other(r))).toEqual(['other']);
    expect(values(r, 'other')).toEqual([117, 3, 0, 0, 0, 1, 121]);
  });

  it('should not say rows are missing, and find the tables consistent', () => {
    expect(warnings(r).filter(([rule]) => rule === 'row-missing' || rule.startsWith('t3-'))).toEqual([]);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
