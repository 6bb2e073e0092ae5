import { describe, expect, it } from 'vitest';
import { renderFinding } from '../../../lib/report/render-finding';
import { runRules } from '../../../lib/rules/run-rules';
import { makeExtraction } from '../../helpers/make-extraction';

/** Messages name rows and cells by their printed labels, never by the model's keys (issue 9). */
describe('rule messages name rows by their labels', () => {
  it('should name a subtotal category (t3-subtotal) by its template row, not `denied`', () => {
    const ex = makeExtraction({ requests: { 'denied.stateSecret': { natural: 1, total: 1 }, granted: { natural: -1, total: -1 } } });
    ex.requestSubtotals = { denied: { natural: { value: 3, raw: '3' } } };
    const f = runRules(ex).find((x) => x.rule === 't3-subtotal')!;
    expect(f.cells[0]).toBe('requestSubtotals.denied.natural');
    expect(renderFinding(f)).toBe('表三（三）不予公开小计·自然人：1+0+0+0+0+0+0+0 = 1，报告为 3，差 2');
    expect(renderFinding(f, 'en')).toBe('Table 3 (3) withheld subtotal, natural persons: 1+0+0+0+0+0+0+0 = 1, reported 3, off by 2');
  });

  it('should name the row of an outcome over its bound (t3-outcome-bound) in English', () => {
    const f = runRules(makeExtraction({ requests: { 'denied.stateSecret': { natural: 2, total: 2 }, totalProcessed: { natural: 2, total: 2 } } })).find(
      (x) => x.rule === 't3-outcome-bound',
    )!;
    expect(renderFinding(f, 'en')).toBe('Table 3 (3)1 withheld: state secret, natural persons is 2, more than new + carried over = 0');
  });

  it('should name a blank row total (total-blank) by its label, not "Table 3 granted total"', () => {
    const f = runRules(
      makeExtraction({ requests: { granted: { natural: 1, total: '' }, newReceived: { natural: 1, total: 1 }, totalProcessed: { natural: 1, total: 1 } } }),
    ).find((x) => x.rule === 'total-blank')!;
    expect(renderFinding(f)).toMatch(/^表三（一）予以公开·总计/);
    expect(renderFinding(f, 'en')).toMatch(/^Table 3 \(1\) disclosed, total/);
  });

  it('should list the other outcomes of a narrative "均获维持" by their labels (narrative-review)', () => {
    const lines = ['某局2023年政府信息公开工作年度报告', '本年度发生行政复议2件，均获维持。'];
    const f = runRules(makeExtraction({ lines, review: { reconsideration: { upheld: 0, pending: 2, total: 2 } } })).find(
      (x) => x.rule === 'narrative-review' && x.detail.kind === 'note',
    )!;
    expect(renderFinding(f)).toContain('表四行政复议·尚未审结 2');
    expect(renderFinding(f, 'en')).toContain('table 4 has other outcomes: Table 4 administrative reconsideration, pending 2');
  });
});
