/** @vitest-environment happy-dom */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkHtml } from '../../lib/pipeline';
import { consistentReport, type Values } from '../helpers/arbitrary-report';
import { renderPage, type Layout, type Raw } from '../helpers/render-html';
import { renderFinding } from '../../lib/report/render-finding';

const PADS = ['', ' ', '\u00a0', '\u3000', '\n'];

/** Prints every value with a random whitespace variant around it (report-format.md §3.4). */
function toRaw(v: Values, pads: number[]): Raw {
  let i = 0;
  const print = (x: number) => {
    const p = PADS[pads[i++ % pads.length]! % PADS.length]!;
    return i % 2 ? p + String(x) : String(x) + p;
  };
  const map = (t: Record<string, Record<string, number>>) =>
    Object.fromEntries(Object.entries(t).map(([r, cols]) => [r, Object.fromEntries(Object.entries(cols).map(([c, x]) => [c, print(x)]))]));
  return { active: map(v.active), requests: map(v.requests), review: map(v.review) };
}

const page = (v: Values, layout: Layout, pads: number[]) =>
  new DOMParser().parseFromString(
    renderPage(toRaw(v, pads), layout, {
      title: '某区某局2023年政府信息公开工作年度报告',
      before: ['一、总体情况', `2023年共收到政府信息公开申请${v.requests.newReceived!.total}件。`],
      after: [
        '五、存在的主要问题及改进情况',
        '六、其他需要报告的事项',
        `发出收费通知的件数为${v.requests['other.overdueFee']!.total}件，总金额为0元，实际收取的总金额为0元。`,
      ],
    }),
    'text/html',
  );

const values = (r: ReturnType<typeof checkHtml>['report']) =>
  Object.fromEntries(
    Object.entries(r.tables).map(([t, rows]) => [
      t,
      Object.fromEntries(Object.entries(rows ?? {}).map(([k, cols]) => [k, Object.fromEntries(Object.entries(cols).map(([c, cell]) => [c, cell.value]))])),
    ]),
  );

const layout = fc.constantFrom<Layout>('word', 'trs', 'flat');
const pads = fc.array(fc.nat(4), { minLength: 1, maxLength: 9 });

describe('HTML report pages (property)', () => {
  it('should read back every value of a random consistent report in a random layout, with no error or warning', () => {
    fc.assert(
      fc.property(consistentReport, layout, pads, (v, l, p) => {
        const { report } = checkHtml(page(v, l, p), 'prop');
        expect(values(report)).toEqual(v);
        expect(report.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => renderFinding(f))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('should raise t4-group-total, and only it, for one changed number in table 四', () => {
    fc.assert(
      fc.property(
        consistentReport,
        layout,
        fc.constantFrom('reconsideration', 'litigationDirect', 'litigationAfterReconsideration'),
        fc.constantFrom('upheld', 'corrected', 'other', 'pending', 'total'),
        (v, l, group, col) => {
          const changed = structuredClone(v);
          changed.review[group]![col]! += 3;
          const errors = checkHtml(page(changed, l, [0]), 'prop').report.findings.filter((f) => f.severity === 'error');
          expect(errors.map((f) => `${f.rule}@${f.cells[0]}`)).toEqual([`t4-group-total@review.${group}.total`]);
        },
      ),
      { numRuns: 30 },
    );
  });
});
