import { describe, expect, it } from 'vitest';
import { renderFinding } from '../../../lib/report/render-finding';
import { runRules } from '../../../lib/rules/run-rules';
import { makeExtraction } from '../../helpers/make-extraction';

const summary = (spec: Parameters<typeof makeExtraction>[0]) =>
  runRules(makeExtraction(spec)).map((f) => ({ rule: f.rule, severity: f.severity, expected: f.expected, actual: f.actual, cells: f.cells[0] }));

describe('arithmetic rules', () => {
  it('should find nothing in a consistent all-zero report', () => {
    expect(runRules(makeExtraction())).toEqual([]);
  });

  it('should report a wrong （七）总计 as t3-balance and t3-outcome-total, with the arithmetic written out', () => {
    const findings = runRules(
      makeExtraction({
        requests: {
          newReceived: { natural: 3, total: 3 },
          granted: { natural: 2, total: 2 },
          'unable.notHeld': { natural: 1, total: 1 },
          totalProcessed: { natural: 4, total: 4 },
        },
      }),
    );
    expect(findings.map((f) => `${f.rule}:${f.cells[0]}`)).toEqual([
      't3-balance:requests.newReceived.natural',
      't3-balance:requests.newReceived.total',
      't3-outcome-total:requests.totalProcessed.natural',
      't3-outcome-total:requests.totalProcessed.total',
    ]);
    const outcome = findings[2]!;
    expect(outcome).toMatchObject({ expected: 3, actual: 4, stated: ['requests.totalProcessed.natural'] });
    expect(renderFinding(outcome)).toBe('表三（七）总计·自然人：2+0+0+0+0+0+0+0+0+0+1+0+0+0+0+0+0+0+0+0+0 = 3，报告为 4，差 1');
    expect(renderFinding(findings[0]!)).toBe('表三·自然人列：一+二 = 3+0 = 3，（七）+四 = 4+0 = 4，差 1');
    expect(renderFinding(findings[0]!, 'en')).toBe(
      'Table 3, natural persons column: new+carried over = 3+0 = 3, total processed+carried forward = 4+0 = 4, off by 1',
    );
  });

  it('should report a row whose 总计 is not the sum of its six columns (t3-row-total)', () => {
    expect(
      summary({
        requests: {
          'denied.thirdParty': { natural: 1, legal: 2, total: 4 },
          totalProcessed: { natural: 1, legal: 2, total: 4 },
          newReceived: { natural: 1, legal: 2, total: 4 },
        },
      }),
    ).toEqual([
      { rule: 't3-row-total', severity: 'error', expected: 3, actual: 4, cells: 'requests.newReceived.total' },
      { rule: 't3-row-total', severity: 'error', expected: 3, actual: 4, cells: 'requests.denied.thirdParty.total' },
      { rule: 't3-row-total', severity: 'error', expected: 3, actual: 4, cells: 'requests.totalProcessed.total' },
    ]);
  });

  it('should report each review group whose 总计 is not its four parts (t4-group-total)', () => {
    expect(summary({ review: { litigationDirect: { upheld: 1, other: 1, total: 1 } } })).toEqual([
      { rule: 't4-group-total', severity: 'error', expected: 2, actual: 1, cells: 'review.litigationDirect.total' },
    ]);
  });

  it('should say a check is not assessable when an addend is blank, never treating the blank as 0', () => {
    const findings = runRules(
      makeExtraction({ requests: { newReceived: { natural: 2, total: 2 }, granted: { natural: '', total: 2 }, totalProcessed: { natural: 2, total: 2 } } }),
    );
    const natural = findings.filter((f) => f.cells.includes('requests.granted.natural'));
    expect(natural.map((f) => [f.rule, f.severity, f.detail.kind])).toEqual([
      ['t3-row-total', 'info', 'unassessable'],
      ['t3-outcome-total', 'info', 'unassessable'],
      ['blank-cells', 'info', 'note'],
    ]);
    expect(renderFinding(natural[1]!)).toBe('表三（七）总计·自然人：（一）予以公开 未填数字，无法核对（若空白按 0 计则不符）');
    expect(findings.some((f) => f.severity === 'error')).toBe(false);
  });

  it('should report a blank 总计 whose parts hold numbers as a missing figure (total-blank)', () => {
    const findings = runRules(makeExtraction({ review: { reconsideration: { upheld: 1, total: '/' } } }));
    expect(findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.cells[0], f.expected, f.actual])).toEqual([
      ['total-blank', 'review.reconsideration.total', 1, null],
    ]);
  });

  it('should report an outcome larger than its column can hold (t3-outcome-bound)', () => {
    const f = summary({
      requests: {
        newReceived: { research: 1, total: 1 },
        'notProcessed.duplicate': { research: 5, total: 5 },
        totalProcessed: { research: 5, total: 5 },
        carriedOver: { research: 4, total: 4 },
      },
    });
    expect(f.filter((x) => x.rule === 't3-outcome-bound')).toEqual([]);
    const g = summary({
      requests: { newReceived: { research: 1, total: 1 }, 'notProcessed.duplicate': { research: 5, total: 5 }, totalProcessed: { research: 5, total: 5 } },
    });
    expect(g.filter((x) => x.rule === 't3-outcome-bound')).toEqual([
      { rule: 't3-outcome-bound', severity: 'error', expected: 1, actual: 5, cells: 'requests.notProcessed.duplicate.research' },
      { rule: 't3-outcome-bound', severity: 'error', expected: 1, actual: 5, cells: 'requests.notProcessed.duplicate.total' },
    ]);
  });

  it('should flag negative and fractional counts and unreadable text (count-integer)', () => {
    expect(summary({ active: { licensing: { count: '-1' }, punishment: { count: '2.5' }, enforcement: { count: '三' } } })).toEqual([
      { rule: 'count-integer', severity: 'error', expected: null, actual: -1, cells: 'active.licensing.count' },
      { rule: 'count-integer', severity: 'error', expected: null, actual: 2.5, cells: 'active.punishment.count' },
      { rule: 'count-integer', severity: 'error', expected: null, actual: null, cells: 'active.enforcement.count' },
    ]);
  });

  it('should accept a decimal fee in 万元 and warn about a fee typed in 元 (fee-amount)', () => {
    expect(summary({ active: { fees: { amount: '28983.0794' } } })).toEqual([]);
    expect(summary({ active: { fees: { amount: '930元' } } })).toEqual([
      { rule: 'fee-amount', severity: 'warning', expected: null, actual: 930, cells: 'active.fees.amount' },
    ]);
  });

  it('should check the 2019 format with its single （六）其他处理 row', () => {
    const findings = runRules(
      makeExtraction({
        format: '2019',
        year: 2019,
        requests: { newReceived: { natural: 2, total: 2 }, other: { natural: 2, total: 2 }, totalProcessed: { natural: 2, total: 2 } },
        lines: [],
      }),
    );
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const broken = runRules(
      makeExtraction({
        format: '2019',
        year: 2019,
        requests: { newReceived: { natural: 2, total: 2 }, other: { natural: 1, total: 1 }, totalProcessed: { natural: 2, total: 2 } },
        lines: [],
      }),
    );
    expect(broken.filter((f) => f.rule === 't3-outcome-total').map((f) => [f.cells[0], f.expected, f.actual])).toEqual([
      ['requests.totalProcessed.natural', 1, 2],
      ['requests.totalProcessed.total', 1, 2],
    ]);
  });
});
