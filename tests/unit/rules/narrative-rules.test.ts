import { describe, expect, it } from 'vitest';
import { renderFinding } from '../../../lib/report/render-finding';
import { runRules } from '../../../lib/rules/run-rules';
import { CLEAN_LINES, makeExtraction } from '../../helpers/make-extraction';

const withText = (extra: string[], spec: Parameters<typeof makeExtraction>[0] = {}) =>
  runRules(makeExtraction({ ...spec, lines: [...CLEAN_LINES, ...extra] })).map((f) => [f.rule, f.severity, f.expected, f.actual]);

const six = { newReceived: { natural: 6, total: 6 }, granted: { natural: 6, total: 6 }, totalProcessed: { natural: 6, total: 6 } };

describe('narrative rules', () => {
  it('should accept a received count equal to 一 or to 一+二 (N-1)', () => {
    expect(withText(['2023年，共收到政府信息公开申请6件。'], { requests: six })).toEqual([]);
    const carried = { ...six, carriedOver: { natural: 1, total: 1 }, granted: { natural: 7, total: 7 }, totalProcessed: { natural: 7, total: 7 } };
    expect(withText(['全年共受理政府信息公开申请7件（含上年结转1件）。'], { requests: carried })).toEqual([]);
  });

  it('should warn when the received count matches neither (N-1), quoting the sentence', () => {
    const findings = runRules(makeExtraction({ requests: six, lines: [...CLEAN_LINES, '2023年，区商务局共收到依申请政府信息公开1件，已全部按时办结。'] }));
    expect(findings.map((f) => [f.rule, f.expected, f.actual])).toEqual([['narrative-received', 6, 1]]);
    expect(renderFinding(findings[0]!)).toBe(
      '正文所述收到申请件数为 1，表格为：表三“一、本年新收”·总计 6，一+二·总计 6。原文：“2023年，区商务局共收到依申请政府信息公开1件，已全部按时办结。”',
    );
  });

  it('should read a count of reconsideration applications against table 四, not as information requests', () => {
    expect(withText(['本年度收到行政复议申请2件。'], { requests: six })).toEqual([['narrative-review', 'warning', 0, 2]]);
  });

  it('should compare 办结 with （七）总计 and 结转 with 四 (N-2)', () => {
    expect(withText(['按时办结5件，结转下年度继续办理1件。'], { requests: six })).toEqual([
      ['narrative-processed', 'warning', 6, 5],
      ['narrative-processed', 'warning', 0, 1],
    ]);
  });

  it('should compare outcome counts with the sum of their rows (N-3)', () => {
    const requests = { ...six, granted: { natural: 2, total: 2 }, 'unable.notHeld': { natural: 3, total: 3 }, 'unable.unclear': { natural: 1, total: 1 } };
    expect(withText(['其中予以公开2件，无法提供3件。'], { requests })).toEqual([['narrative-outcomes', 'warning', 4, 3]]);
    expect(withText(['予以公开及部分公开2件。'], { requests })).toEqual([]);
  });

  it('should check review and litigation statements against table 四 (N-4)', () => {
    const review = { reconsideration: { upheld: 1, total: 1 }, litigationDirect: { pending: 1, total: 1 } };
    expect(withText(['本年度发生行政复议1件，行政诉讼1件。'], { review })).toEqual([]);
    expect(withText(['本年度未发生因政府信息公开引起的行政复议、行政诉讼。'], { review }).map((f) => f[0])).toEqual(['narrative-review']);
    expect(withText(['复议、诉讼案件均获维持。'], { review })).toEqual([['narrative-review', 'warning', 0, null]]);
  });

  it('should warn when the text says no applications while the table has some (N-5)', () => {
    expect(withText(['本年度未收到政府信息公开申请。'], { requests: six }).map((f) => f[0])).toEqual(['narrative-no-requests']);
    expect(withText(['本年度未收到政府信息公开申请。'])).toEqual([]);
  });
});

const fee = (sentence: string, spec: Parameters<typeof makeExtraction>[0] = {}) =>
  runRules(makeExtraction({ ...spec, lines: [...CLEAN_LINES.slice(0, -1), sentence] })).map((f) => [f.rule, f.severity]);

describe('fee rules', () => {
  it('should accept the all-zero sentence and its 均为0 variant', () => {
    expect(fee('发出收费通知的件数和总金额以及实际收取的总金额均为0。')).toEqual([]);
  });

  it.each([
    // real wordings (issue 8: a Jiangsu county bureau; corpus/html/pingtan-shs-2023.html)
    '2023年度，县发展和改革局政府信息公开未发生收费情况。',
    '2023年度我局未产生信息公开处理费。',
    '本年度无收取信息处理费情况。',
    '我局未收取信息处理费。',
    '2023年度，本机关依申请公开政府信息不涉及收费。',
    '发出收费通知0件，收取信息处理费0元。',
  ])('should count a statement that no fee was charged as the fee paragraph with zeros (F-1): %s', (sentence) => {
    expect(fee(sentence)).toEqual([]);
  });

  it('should not take the 行政事业性收费 of table 二 for the fee paragraph', () => {
    expect(fee('本年行政事业性收费未发生变化。')).toEqual([['fee-paragraph', 'warning']]);
  });

  it('should warn when the fee paragraph is missing from a 2021+ report (F-1), not from a 2020 one', () => {
    expect(fee('其他事项无。')).toEqual([['fee-paragraph', 'warning']]);
    expect(fee('其他事项无。', { year: 2020, format: '2019' }).filter((f) => f[0] === 'fee-paragraph')).toEqual([]);
  });

  it('should flag money billed without notices (F-2) and collected beyond billed (F-3)', () => {
    expect(fee('发出收费通知的件数为0件，总金额为300元，实际收取的总金额为0元。')).toEqual([['fee-notice-amount', 'error']]);
    expect(fee('发出收费通知的件数为1件，总金额为100元，实际收取的总金额为300元。', { active: { fees: { amount: 0.03 } } })).toEqual([
      ['fee-collected', 'warning'],
    ]);
  });

  it('should flag unpaid notices not visible in （六）2 (F-5, seed 003) and collected fees against a 0 in 表二 (F-6)', () => {
    expect(fee('发出收费通知的件数为4件，总金额为50990元，实际收取的总金额为930元。', { active: { fees: { amount: 0.093 } } })).toEqual([
      ['fee-unpaid', 'warning'],
    ]);
    expect(fee('发出收费通知的件数为4件，总金额为930元，实际收取的总金额为930元。')).toEqual([['fee-active-table', 'info']]);
  });

  it('should flag applications dropped for unpaid fees when no notice was sent (F-4)', () => {
    const requests = { newReceived: { natural: 1, total: 1 }, 'other.overdueFee': { natural: 1, total: 1 }, totalProcessed: { natural: 1, total: 1 } };
    expect(fee('发出收费通知的件数为0件，总金额为0元，实际收取的总金额为0元。', { requests })).toEqual([['fee-overdue-row', 'warning']]);
  });
});

describe('document rules', () => {
  it('should warn about missing sections (D-1) and a stale subject year (D-2)', () => {
    const lines = CLEAN_LINES.filter((l) => !l.startsWith('六、'));
    expect(runRules(makeExtraction({ lines: [...lines, '2022年，本局继续推进政务公开。'] })).map((f) => f.rule)).toEqual(['sections', 'report-year']);
  });

  it('should warn when the template does not fit the year (D-4)', () => {
    expect(runRules(makeExtraction({ format: '2019', year: 2023 })).map((f) => f.rule)).toContain('template-year');
  });

  it('should note wording for another kind of unit (D-6) and a non-canonical title', () => {
    const f = runRules(
      makeExtraction({
        agency: '北京市密云区商务局',
        title: '北京市密云区商务局2023年政府信息公开年度报告',
        lines: [...CLEAN_LINES, '我镇逐步健全政府信息公开工作机制。'],
      }),
    );
    expect(f.map((x) => [x.rule, x.severity])).toEqual([
      ['title-form', 'info'],
      ['copy-paste-traces', 'info'],
    ]);
  });

  it('should report a missing table instead of checking it', () => {
    const f = runRules({ ...makeExtraction({ without: ['review'] }), problems: [{ kind: 'table-missing', table: 'review' }] });
    expect(f.map((x) => [x.rule, x.severity])).toEqual([['table-missing', 'warning']]);
  });
});

describe('sections by meaning (D-1, issue 15)', () => {
  const withHeading = (heading: string) => runRules(makeExtraction({ lines: CLEAN_LINES.map((l) => (l.startsWith('六、') ? heading : l)) })).map((f) => f.rule);

  it.each(['六、需要说明的其他事项与附表', '六、其他需要说明的事项', '(六)其他需要报告的事项', '六、其他事项'])('should take %j for section 六', (heading) => {
    expect(withHeading(heading)).toEqual([]);
  });

  it('should still miss 六 when no line says it', () => {
    expect(withHeading('附表')).toEqual(['sections']);
  });
});

describe('narrative counts (issue 15)', () => {
  it('should read 无收取信息处理费情况 as nothing collected, not as no fee notice sent (F-4)', () => {
    const requests = { newReceived: { natural: 1, total: 1 }, 'other.overdueFee': { natural: 1, total: 1 }, totalProcessed: { natural: 1, total: 1 } };
    expect(fee('2024年，无收取信息处理费情况。', { requests })).toEqual([]);
    expect(fee('我局未收取信息处理费。', { requests })).toEqual([]);
    expect(fee('2023年度我局未产生信息公开处理费。', { requests })).toEqual([['fee-overdue-row', 'warning']]);
  });

  it.each([
    ['共收到政府信息公开申请0条。', 0],
    ['2023年，共收到政府信息公开申请3宗。', 3],
  ])('should read %j as a count of applications received (N-1)', (sentence, said) => {
    expect(withText([sentence], { requests: six })).toEqual(said === 6 ? [] : [['narrative-received', 'warning', 6, said]]);
  });

  it('should not take items of information in 条, an article number or a count of messages for applications', () => {
    expect(withText(['全年印发公文类政府信息共514条，其中主动公开信息数130，依申请公开信息数363条，不予公开21条。'], { requests: six })).toEqual([]);
    expect(withText(['受理政府信息公开申请后，依照《条例》第33条答复。'], { requests: six })).toEqual([]);
    expect(withText(['全年答复网民留言23条，均已办结。'], { requests: six })).toEqual([]);
  });
});
