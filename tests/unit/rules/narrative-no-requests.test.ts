import { describe, expect, it } from 'vitest';
import { checkText } from '../../../lib/pipeline';
import { renderFinding } from '../../../lib/report/render-finding';
import { seedText } from '../../helpers/seeds';
import { editFigures, findingsOf, SEED, withSentence } from './seed-table';

/**
 * narrative-no-requests (N-5) on seed 004 (real): 表三 一、本年新收·总计 38. A sentence saying no application
 * was received is added to the report's paragraph （三）依申请公开情况, then 一·总计 moved to 1, 0 and "/".
 */
const NONE = '本年度未收到政府信息公开申请。';
const u = undefined;
const noRequests = (text: string) => findingsOf('narrative-no-requests', text);
const withTotal = (total: string) => editFigures('一、本年新收', [u, u, u, u, u, u, total], '三、收到和处理', withSentence(NONE));

describe('narrative-no-requests on a real report', () => {
  it('should find nothing in the report as printed', () => {
    expect(noRequests(seedText(SEED))).toEqual([]);
  });

  it('should warn when the text says none against 38 received', () => {
    expect(noRequests(withSentence(NONE))).toEqual([['received', 'warning', 'requests.newReceived.total', 0, 38]]);
  });

  it('should read a few words between the negation and the applications (未收到公民提出的政府信息公开申请)', () => {
    expect(noRequests(withSentence('本年度未收到公民提出的政府信息公开申请。'))).toEqual([['received', 'warning', 'requests.newReceived.total', 0, 38]]);
  });

  it('should say how many were received, in both languages', () => {
    const f = checkText(withSentence(NONE), `https://www.bjtzh.gov.cn/${SEED}.html`).report.findings.find((x) => x.rule === 'narrative-no-requests');
    expect(f).toBeDefined();
    for (const lang of ['zh', 'en'] as const) expect(renderFinding(f!, lang)).toMatch(/\b38\b/);
  });

  it('should warn against 1 received and not against 0 or "/"', () => {
    expect(noRequests(withTotal('1'))).toEqual([['received', 'warning', 'requests.newReceived.total', 0, 1]]);
    expect(noRequests(withTotal('0'))).toEqual([]);
    expect(noRequests(withTotal('/'))).toEqual([]);
  });
});
