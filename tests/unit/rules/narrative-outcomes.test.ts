import { describe, expect, it } from 'vitest';
import { checkText } from '../../../lib/pipeline';
import { renderFinding } from '../../../lib/report/render-finding';
import { seedText } from '../../helpers/seeds';
import { findingsOf, SEED, withoutRequests, withSentence } from './seed-table';

/**
 * narrative-outcomes (N-3) on seed 004 (real): 表三 总计 of 予以公开 13, 部分公开 9, 不予公开 1 + 1 (第三方,
 * 执法案卷), 无法提供 10 (8 + 2). A sentence naming them is added to the report's paragraph （三）依申请公开情况.
 */
const outcomes = (sentence: string) =>
  findingsOf('narrative-outcomes', withSentence(sentence)).map(([code, severity, , expected, actual]) => [code, severity, expected, actual]);

describe('narrative-outcomes on a real report', () => {
  it('should find nothing in the report as printed, nor in a sentence that agrees with 表三', () => {
    expect(findingsOf('narrative-outcomes', seedText(SEED))).toEqual([]);
    expect(outcomes('其中予以公开13件，部分公开9件，不予公开2件，无法提供10件。')).toEqual([]);
    expect(outcomes('予以公开及部分公开22件。')).toEqual([]);
  });

  it('should add up the rows of a group: 不予公开 one above and one below its 8 rows', () => {
    expect(outcomes('不予公开3件。')).toEqual([['compare', 'warning', 2, 3]]);
    expect(outcomes('不予公开1件。')).toEqual([['compare', 'warning', 2, 1]]);
  });

  it('should warn for 无法提供 and 予以公开及部分公开 one off', () => {
    expect(outcomes('无法提供11件。')).toEqual([['compare', 'warning', 10, 11]]);
    expect(outcomes('予以公开及部分公开21件。')).toEqual([['compare', 'warning', 22, 21]]);
  });

  it('should name the outcome the sentence gives and its 表三 rows in the message (予以公开及部分公开, 其他处理)', () => {
    const said = (sentence: string) =>
      checkText(withSentence(sentence), `https://www.bjtzh.gov.cn/${SEED}.html`)
        .report.findings.filter((f) => f.rule === 'narrative-outcomes')
        .map((f) => renderFinding(f));
    expect(said('予以公开及部分公开21件。')).toEqual([
      '正文所述“予以公开及部分公开”件数为 21，表格为：表三予以公开及部分公开·总计 22。原文：“予以公开及部分公开21件。”',
    ]);
    expect(said('其他处理3件。')).toEqual(['正文所述“其他处理”件数为 3，表格为：表三其他处理·总计 0。原文：“其他处理3件。”']);
  });
  it('should name 部分公开 in the message of its own count, not 予以公开 or a blank', () => {
    const said = checkText(withSentence('部分公开10件。'), `https://www.bjtzh.gov.cn/${SEED}.html`)
      .report.findings.filter((f) => f.rule === 'narrative-outcomes')
      .map((f) => renderFinding(f));
    expect(said).toEqual(['正文所述“部分公开”件数为 10，表格为：表三部分公开·总计 9。原文：“部分公开10件。”']);
  });

  it('should say nothing, and give only findings, when 表三 is not read though the narrative gives outcome counts', () => {
    // 表三's cells (its tab-led lines) dropped: the table is not read, so there is nothing to hold the sentence to
    const text = withoutRequests(withSentence('其中予以公开14件，部分公开9件。'));
    expect(checkText(text, `https://www.bjtzh.gov.cn/${SEED}.html`).report.tables.requests).toBeNull();
    expect(findingsOf('narrative-outcomes', text)).toEqual([]);
  });
});
