import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../lib/pipeline';
import type { PublicReport } from '../../lib/model/public-report';
import { consistentReport, type Values } from '../helpers/arbitrary-report';
import { renderFlatText, type Style } from '../helpers/render-flat-text';

const style: fc.Arbitrary<Style> = fc.record({
  pad: fc.array(fc.nat(4), { minLength: 1, maxLength: 7 }),
  breakLabels: fc.boolean(),
  leadingEmpty: fc.boolean(),
});

function values(report: PublicReport): Values {
  const strip = (t: PublicReport['tables']['active']) =>
    Object.fromEntries(Object.entries(t ?? {}).map(([r, cols]) => [r, Object.fromEntries(Object.entries(cols).map(([c, cell]) => [c, cell.value]))]));
  return { active: strip(report.tables.active), requests: strip(report.tables.requests), review: strip(report.tables.review) } as Values;
}

const narrativeOf = (v: Values) => ({ received: v.requests.newReceived!.total!, feeNotices: v.requests['other.overdueFee']!.total! });

describe('flattened-text reports (property)', () => {
  it('should read back every value of a random consistent report and find no error or warning', () => {
    fc.assert(
      fc.property(consistentReport, style, (v, s) => {
        const { report } = checkText(renderFlatText(v, s, narrativeOf(v)), 'prop');
        expect(values(report)).toEqual(v);
        expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('should raise exactly the rules one changed number breaks', () => {
    const cellArb = fc.record({ table: fc.constantFrom('requests', 'review'), rowPick: fc.nat(), colPick: fc.nat(), delta: fc.integer({ min: 1, max: 9 }) });
    fc.assert(
      fc.property(consistentReport, style, cellArb, (v, s, pick) => {
        const rows = Object.keys(v[pick.table]);
        const row = rows[pick.rowPick % rows.length]!;
        const cols = Object.keys(v[pick.table][row]!);
        const col = cols[pick.colPick % cols.length]!;
        const changed = structuredClone(v);
        changed[pick.table][row]![col]! += pick.delta;
        const { report } = checkText(renderFlatText(changed, s, narrativeOf(v)), 'prop');
        const errors = report.findings
          .filter((f) => f.severity === 'error')
          .map((f) => `${f.rule}@${f.cells[0]}`)
          .sort();
        expect(errors).toEqual(expectedErrors(v, pick.table, row, col, pick.delta).sort());
      }),
      { numRuns: 150 },
    );
  });
});

/** The error findings (rule@first cell) one changed cell must raise, derived from the template's arithmetic. */
function expectedErrors(v: Values, table: string, row: string, col: string, delta: number): string[] {
  if (table === 'review') return [`t4-group-total@review.${row}.total`];
  const out = [`t3-row-total@requests.${row}.total`];
  const balanceRows = ['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward'];
  if (balanceRows.includes(row)) out.push(`t3-balance@requests.newReceived.${col}`);
  if (row === 'totalProcessed' || !balanceRows.includes(row)) out.push(`t3-outcome-total@requests.totalProcessed.${col}`);
  if (!balanceRows.includes(row)) {
    const bound = v.requests.newReceived![col]! + v.requests.carriedOver![col]!;
    if (v.requests[row]![col]! + delta > bound) out.push(`t3-outcome-bound@requests.${row}.${col}`);
  }
  // one cell of 一 or 二 grows: every outcome compared against it is still within bound; nothing more
  return out;
}
