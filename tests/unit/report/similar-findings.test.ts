/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHtml } from '../../../lib/pipeline';
import { groupFindings } from '../../../lib/report/group-findings';
import { collapseSimilar } from '../../../lib/report/similar-findings';

const check = (file: string) =>
  checkHtml(new DOMParser().parseFromString(readFileSync(path.join(__dirname, '../../fixtures/pages', file), 'utf8'), 'text/html'), file);

describe('collapseSimilar', () => {
  it('should fold the 27 checks a report with blank 法人 columns leaves undone (25 row totals, a balance, a 总计) into one entry', () => {
    const { findings } = check('blank-columns.html');
    const requests = groupFindings(findings).find((g) => g.group === 'requests')!;
    const entries = collapseSimilar(requests.items);
    // the column balance and the 总计 left undone by the same blanks join the 25 row totals: one line
    expect(entries.map((e) => (e.kind === 'one' ? `one ${e.finding.rule}` : `many ${e.rules.join(',')} ${e.items.length} ${e.reason}`))).toEqual([
      'many t3-balance,t3-row-total,t3-outcome-total 27 unassessable-pass',
      'one blank-cells',
    ]);
  });

  it('should leave errors and warnings one a line, and a kind met once as a single finding', () => {
    const { findings } = check('trs-002.html');
    const entries = groupFindings(findings).flatMap((g) => collapseSimilar(g.items));
    expect(entries.filter((e) => e.kind === 'one' && e.finding.severity !== 'info')).toHaveLength(8);
    expect(entries.filter((e) => e.kind === 'many').map((e) => e.kind === 'many' && [e.rules, e.items.map((i) => i.index)])).toEqual([
      [['copy-paste-traces'], [9, 10]],
    ]);
  });
});
