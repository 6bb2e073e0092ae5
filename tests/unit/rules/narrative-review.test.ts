import { describe, expect, it } from 'vitest';
import type { Cell, Extraction } from '../../../lib/model/types';
import { checkText } from '../../../lib/pipeline';
import { renderFinding } from '../../../lib/report/render-finding';
import { runRules } from '../../../lib/rules/run-rules';
import { seedText } from '../../helpers/seeds';
import { editReview, findingsOf, SEED, withSentence } from './seed-table';

/**
 * narrative-review (N-4) on seed 004 (real): 表四 holds 行政复议 0, 未经复议直接起诉 1 (其他结果), 复议后起诉 0.
 * A sentence about them is added to the report's own paragraph （三）依申请公开情况.
 */
const review = (sentence: string) => findingsOf('narrative-review', withSentence(sentence));

describe('narrative-review on a real report', () => {
  it('should find nothing in the report as printed, nor in a sentence that agrees with 表四', () => {
    expect(findingsOf('narrative-review', seedText(SEED))).toEqual([]);
    expect(review('本年度发生行政复议0件，行政诉讼1件。')).toEqual([]);
  });

  it('should warn for a count of reconsiderations or lawsuits one above 表四', () => {
    expect(review('本年度发生行政复议1件，行政诉讼2件。')).toEqual([
      ['compare', 'warning', 'review.reconsideration.total', 0, 1],
      ['compare', 'warning', 'review.litigationDirect.total', 1, 2],
    ]);
  });

  it.each([
    ['said without 行政', '本年度收到复议申请1件。', 1],
    ['of two digits', '本年度发生行政复议12件。', 12],
    ['spaced from its 件', '本年度发生行政复议 1 件。', 1],
  ])('should read a count of reconsiderations %s (%s) against 表四’s 0', (_, sentence, said) => {
    expect(review(sentence)).toEqual([['compare', 'warning', 'review.reconsideration.total', 0, said]]);
  });

  it('should warn for lawsuits one below 表四 (0 against 1)', () => {
    expect(review('本年度发生行政复议0件，行政诉讼0件。')).toEqual([['compare', 'warning', 'review.litigationDirect.total', 1, 0]]);
  });

  it('should warn when the text says none while 表四 has a lawsuit, and not when it says no reconsideration only', () => {
    expect(review('本年度未发生因政府信息公开引起的行政复议、行政诉讼。')).toEqual([['none-said', 'warning', 'review.litigationDirect.total', 0, null]]);
    expect(review('本年度未发生因政府信息公开引起的行政复议。')).toEqual([]);
  });

  it('should read each clause of a sentence that says none twice (…行政复议案件，也未发生行政诉讼案件)', () => {
    // the second clause is a claim of its own: 表四's lawsuit contradicts it though the first clause holds
    expect(review('本年度未发生因政府信息公开引起的行政复议案件，也未发生行政诉讼案件。')).toEqual([
      ['none-said', 'warning', 'review.litigationDirect.total', 0, null],
    ]);
    // a negation inside a clause read already names nothing new: one warning, not two
    expect(review('本年度未发生行政复议、无行政诉讼。')).toEqual([['none-said', 'warning', 'review.litigationDirect.total', 0, null]]);
  });

  it('should hold a clause saying no lawsuit was lost to 结果纠正 only, though the same sentence says there was no reconsideration', () => {
    // 表四's lawsuit (其他结果) is no contradiction of 未发生行政诉讼败诉: the 总计 claim is the reconsideration's, and it is 0
    expect(review('本年度未发生行政复议案件，未发生行政诉讼败诉情形。')).toEqual([]);
  });

  it('should warn when the text says no reconsideration while 表四 has one (维持 1, 总计 1)', () => {
    const text = editReview(['1', '0', '0', '0', '1'], withSentence('本年度未发生因政府信息公开引起的行政复议。'));
    expect(findingsOf('narrative-review', text)).toEqual([['none-said', 'warning', 'review.reconsideration.total', 0, null]]);
  });

  it('should hold each sentence saying none to the cells of the kinds it names, not those another sentence names', () => {
    const said = '本年度未发生因政府信息公开引起的行政复议。本年度未发生因政府信息公开引起的行政诉讼。';
    const text = editReview(['1', '0', '0', '0', '1'], withSentence(said));
    const found = checkText(text, `https://www.bjtzh.gov.cn/${SEED}.html`).findings.filter((f) => f.rule === 'narrative-review');
    expect(found.map((f) => [f.code, f.cells])).toEqual([
      ['none-said', ['review.reconsideration.total']],
      ['none-said', ['review.litigationDirect.total']],
    ]);
  });

  it('should word the none-said warning in both languages from its kinds and figures', () => {
    const text = withSentence('本年度未发生因政府信息公开引起的行政复议、行政诉讼。');
    const [found] = checkText(text, `https://www.bjtzh.gov.cn/${SEED}.html`).findings.filter((f) => f.rule === 'narrative-review');
    expect(renderFinding(found!)).toMatch(/^正文称未发生行政复议、行政诉讼，而表四.*未经复议直接起诉.*总计 为 1/);
    expect(renderFinding(found!, 'en')).toBe(
      'The narrative says there was no reconsideration or litigation; Table 4 litigation without reconsideration, total is 1. Text: "本年度未发生因政府信息公开引起的行政复议、行政诉讼。"',
    );
  });

  it('should warn when all are said upheld while 表四 has an 其他结果', () => {
    expect(review('诉讼案件均获维持。')).toEqual([['all-upheld', 'warning', 'review.litigationDirect.other', 0, null]]);
  });

  it('should not warn when all are said upheld and 表四 agrees (its one lawsuit 结果维持, not 其他结果)', () => {
    // seed 004's 表四 with its lawsuit moved from 其他结果 to 结果维持: nothing but 维持 is left above 0
    const text = editReview(['0', '0', '0', '0', '0', '1', '0', '0', '0', '1'], withSentence('诉讼案件均获维持。'));
    expect(findingsOf('narrative-review', text).filter(([code]) => code === 'all-upheld')).toEqual([]);
  });
});

describe('narrative-review in words (seed 004, 行政诉讼2件 said against 1 in 表四)', () => {
  it('should render its comparison in Chinese and in English', () => {
    const findings = checkText(withSentence('本年度发生行政诉讼2件。'), `https://www.bjtzh.gov.cn/${SEED}.html`).report.findings.filter(
      (f) => f.rule === 'narrative-review',
    );
    expect(findings.map((f) => renderFinding(f))).toEqual(['正文所述行政诉讼件数为 2，表格为：表四两类行政诉讼·总计之和 1。原文：“本年度发生行政诉讼2件。”']);
    expect(findings.map((f) => renderFinding(f, 'en'))).toEqual([
      'Lawsuits, as the narrative says: 2; the table says table 4 litigation totals 1. Text: "本年度发生行政诉讼2件。"',
    ]);
  });
});

describe('narrative-review against a blank 行政复议·总计 (seed 004, "本年度发生行政复议1件" added)', () => {
  /** The reconsideration group printed as 1, 0, 0, 0 and a blank 总计. */
  const text = () => editReview(['1', '0', '0', '0', ''], withSentence('本年度发生行政复议1件。'));

  it('should say the 1 said is not assessable, with 1 + 0 + 0 + 0 = 1 as the figure blanks as 0 give', () => {
    expect(findingsOf('narrative-review', text())).toEqual([['table-blank', 'info', 'review.reconsideration.total', null, 1]]);
  });

  it('should offer no such figure when 维持 is text that is no number (an HTML cell "x": x + 0 + 0 + 0 is not 0)', () => {
    // the text reader takes "x" for a label, so the cell is set as an HTML table's cell "x" is read
    const { extraction: ex } = checkText(text(), `https://www.bjtzh.gov.cn/${SEED}.html`);
    const group = ex.tables.review?.reconsideration;
    if (!group?.upheld) throw new Error('表四行政复议·维持 not read');
    group.upheld = { ...group.upheld, value: null, raw: 'x', note: 'unreadable' };
    expect(runRules(ex).filter((f) => f.rule === 'narrative-review')).toEqual([]);
  });

  it('should offer none when the 总计 is text that is no number (it is not blank), nor when 维持 is missing from the table', () => {
    const edited = (edit: (group: Record<string, Cell>) => void) => {
      const { extraction: ex } = checkText(text(), `https://www.bjtzh.gov.cn/${SEED}.html`);
      const group = ex.tables.review?.reconsideration;
      if (!group?.total) throw new Error('表四行政复议·总计 not read');
      edit(group);
      return runRules(ex).filter((f) => f.rule === 'narrative-review');
    };
    expect(edited((g) => (g.total = { ...g.total!, raw: 'x', note: 'unreadable' }))).toEqual([]);
    expect(edited((g) => delete g.upheld)).toEqual([]);
  });
});

describe('narrative-review against a blank 未经复议直接起诉·总计 (seed 004, its 1 blanked, "本年度发生行政诉讼1件" added)', () => {
  const text = (said: number) =>
    editReview([undefined, undefined, undefined, undefined, undefined, '0', '0', '1', '0', ''], withSentence(`本年度发生行政诉讼${said}件。`));
  const litigation = (said: number, edit?: (ex: Extraction) => void) => {
    const { extraction: ex } = checkText(text(said), `https://www.bjtzh.gov.cn/${SEED}.html`);
    edit?.(ex);
    return runRules(ex)
      .filter((f) => f.rule === 'narrative-review')
      .map((f) => [f.code, f.cells, f.detail.kind === 'note' ? f.detail.data.ifBlankZero : null]);
  };
  const BOTH = ['review.litigationDirect.total', 'review.litigationAfterReconsideration.total'];

  it('should give the two lawsuits’ sum with blanks as 0: (0 + 0 + 1 + 0) + 0 = 1, whatever the figure said', () => {
    expect(litigation(1)).toEqual([['table-blank', BOTH, 1]]);
    expect(litigation(2)).toEqual([['table-blank', BOTH, 1]]);
  });

  it('should take the read 总计 0 of 复议后起诉 as read though its 维持 is text that is no number (an HTML cell "x")', () => {
    const unreadable = (ex: Extraction) => {
      const after = ex.tables.review?.litigationAfterReconsideration;
      if (!after?.upheld) throw new Error('表四复议后起诉·维持 not read');
      after.upheld = { ...after.upheld, value: null, raw: 'x', note: 'unreadable' };
    };
    expect(litigation(1, unreadable)).toEqual([['table-blank', BOTH, 1]]);
  });

  it('should name the sum by its first cell in the figures it compared (2 said against 1)', () => {
    const [found] = checkText(withSentence('本年度发生行政诉讼2件。'), `https://www.bjtzh.gov.cn/${SEED}.html`).findings.filter(
      (f) => f.rule === 'narrative-review',
    );
    expect(found?.stated).toEqual(BOTH);
    expect(found?.detail.kind === 'compare' ? found.detail.table.map((t) => [t.path, t.value]) : null).toEqual([['review.litigationDirect.total', 1]]);
  });
});
