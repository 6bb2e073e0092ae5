import { describe, expect, it } from 'vitest';
import { checkText } from '../../../lib/pipeline';
import { renderFinding } from '../../../lib/report/render-finding';
import { seedText } from '../../helpers/seeds';
import { findingsOf, SEED, withSentence } from './seed-table';

/**
 * narrative-processed (N-2) on seed 004 (real): 表三 （七）总计·总计 34 and 四、结转下年度继续办理·总计 4. A
 * sentence stating them is added to the report's own paragraph （三）依申请公开情况, then moved by one.
 */
const processed = (answered: number, carried: number) =>
  findingsOf('narrative-processed', withSentence(`本年度办结${answered}件，结转下年度继续办理${carried}件。`));

describe('narrative-processed on a real report', () => {
  it('should find nothing in the report as printed, nor in a sentence that agrees with 表三', () => {
    expect(findingsOf('narrative-processed', seedText(SEED))).toEqual([]);
    expect(processed(34, 4)).toEqual([]);
  });

  it('should not take a count of 复议, 诉讼, 建议 or 提案 handled for the applications handled', () => {
    // 办结 counts of other things an office handles, none of them 34: not a claim about 表三
    for (const said of ['本年度办结行政复议案件3件。', '本年度办结行政诉讼案件2件。', '本年度办结人大代表建议15件。', '本年度办结政协提案9件。'])
      expect(findingsOf('narrative-processed', withSentence(said))).toEqual([]);
  });

  it('should warn for 办结 and 结转 one above 表三', () => {
    expect(processed(35, 5)).toEqual([
      ['compare', 'warning', 'requests.totalProcessed.total', 34, 35],
      ['compare', 'warning', 'requests.carriedForward.total', 4, 5],
    ]);
  });

  it('should warn for 办结 and 结转 one below 表三', () => {
    expect(processed(33, 3)).toEqual([
      ['compare', 'warning', 'requests.totalProcessed.total', 34, 33],
      ['compare', 'warning', 'requests.carriedForward.total', 4, 3],
    ]);
  });

  it.each([
    ['本年度答复35件。', 35],
    ['本年度办结了35件。', 35],
    ['本年度办结政府信息公开申请35件。', 35],
    ['本年度办结35 件。', 35],
    ['本年度共办结1,035件。', 1035],
  ])('should read the count answered in %s (%i against 表三’s 34)', (said, n) => {
    expect(findingsOf('narrative-processed', withSentence(said))).toEqual([['compare', 'warning', 'requests.totalProcessed.total', 34, n]]);
  });

  it.each([
    ['转下一年度办理答复的有5件。', 5],
    ['结转下年度5件。', 5],
    ['转下年继续办理5件。', 5],
    ['结转下年度继续办理5 件。', 5],
    ['结转下年度继续办理1,005件。', 1005],
  ])('should read the count carried forward in %s (%i against 表三’s 4)', (said, n) => {
    expect(findingsOf('narrative-processed', withSentence(said))).toEqual([['compare', 'warning', 'requests.carriedForward.total', 4, n]]);
  });

  it('should read a count in 件 though the sentence also speaks of messages (留言): only a count in 条 and the like is theirs', () => {
    // 网民留言12条 has no 申请 and is no count of applications; 办结35件 beside it is, in the template's own word
    expect(findingsOf('narrative-processed', withSentence('本年度办结35件，另答复网民留言12条。'))).toEqual([
      ['compare', 'warning', 'requests.totalProcessed.total', 34, 35],
    ]);
  });

  it('should not read messages (留言) answered in 条 for applications, though the sentence speaks of applications too', () => {
    // 申请 in the sentence makes 条 a possible count of applications; 网民留言23条 is still a count of messages
    expect(findingsOf('narrative-processed', withSentence('全年答复网民留言23条，政府信息公开申请均按期办结。'))).toEqual([]);
  });

  it('should compare nothing in a report whose 表三 was not read (table-missing says so)', () => {
    // seed 004 with its section 三 cut out: the sentence disagrees with the 34 printed there, but no table is left to compare
    const lines = withSentence('本年度办结35件，结转下年度继续办理5件。').split('\n');
    const from = lines.findIndex((l) => l.startsWith('三、收到和处理'));
    const to = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
    expect([from, to].every((i) => i > 0)).toBe(true);
    const text = [...lines.slice(0, from), ...lines.slice(to)].join('\n');
    expect(findingsOf('table-missing', text)).toEqual([['missing', 'warning', undefined, null, null]]);
    expect(findingsOf('narrative-processed', text)).toEqual([]);
  });

  it('should not read an ordinal (第35件) as a count', () => {
    for (const said of ['本年度办结第35件。', '结转下年度第5件。']) expect(findingsOf('narrative-processed', withSentence(said))).toEqual([]);
  });

  it('should name the cells it compared in both languages (办结 34 and 结转 4 against 35 and 5 said)', () => {
    const text = withSentence('本年度办结35件，结转下年度继续办理5件。');
    const found = checkText(text, `https://www.bjtzh.gov.cn/${SEED}.html`).findings.filter((f) => f.rule === 'narrative-processed');
    expect(found.map((f) => renderFinding(f))).toEqual([
      expect.stringContaining('表三（七）总计·总计'),
      expect.stringContaining('表三“四、结转下年度继续办理”·总计'),
    ]);
    expect(renderFinding(found[1]!, 'en')).toContain('table 3 carried forward');
    // the whole of each finding's words in both languages: what the narrative said and the cell compared
    const quote = '本年度办结35件，结转下年度继续办理5件。';
    expect(found.flatMap((f) => [renderFinding(f), renderFinding(f, 'en')])).toEqual([
      `正文所述办结件数为 35，表格为：表三（七）总计·总计 34。原文：“${quote}”`,
      `Applications answered, as the narrative says: 35; the table says table 3 total processed 34. Text: "${quote}"`,
      `正文所述结转下年度件数为 5，表格为：表三“四、结转下年度继续办理”·总计 4。原文：“${quote}”`,
      `Carried forward, as the narrative says: 5; the table says table 3 carried forward 4. Text: "${quote}"`,
    ]);
  });
});
