import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { narrativeFromRun } from '../../../../lib/extract/text/narrative-from-run';
import { readText } from '../../../../lib/extract/text/read-text';
import { CORPUS } from '../../../helpers/corpus';

/**
 * The section headings inside running crawler text (平潭 reports of tests/fixtures/corpus/text, provenance in
 * tests/fixtures/README.md), and the wordings other reports print them in (report-format.md §2) as named edits.
 */
const HZS = readFileSync(path.join(CORPUS, 'text/pingtan-hzs-2024.txt'), 'utf8');
const SIX = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议与行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];

describe('narrativeFromRun', () => {
  it('should set each of the six headings of a crawler text on its own line (平潭行政审批局 2024)', () => {
    const lines = readText(HZS).lines;
    expect(lines.filter((l) => SIX.includes(l))).toEqual(SIX);
  });

  it.each([
    ['一、总体情况', '一、 总体情况'],
    ['二、主动公开政府信息情况', '二、行政机关主动公开政府信息的情况'],
    ['三、收到和处理政府信息公开申请情况', '三、收到和处理政府信息公开申请的情况'],
    ['四、政府信息公开行政复议与行政诉讼情况', '四、因政府信息公开工作被申请行政复议、提起行政诉讼的情况'],
    ['四、政府信息公开行政复议与行政诉讼情况', '四、政府信息公开行政复议和行政诉讼情况'],
    ['四、政府信息公开行政复议与行政诉讼情况', '四、行政复议及行政诉讼情况'],
    ['四、政府信息公开行政复议与行政诉讼情况', '四、政府信息公开行政复议行政诉讼情况'],
    ['五、存在的主要问题及改进情况', '五、政府信息公开工作存在的主要问题及改进措施'],
    ['五、存在的主要问题及改进情况', '五、存在的主要问题及下一步打算'],
    ['五、存在的主要问题及改进情况', '五、存在的主要问题和改进方向'],
    ['六、其他需要报告的事项', '六、需要说明的其他事项与附表'],
    ['六、其他需要报告的事项', '六、其他需要说明事项'],
    ['六、其他需要报告的事项', '六、需要报告的其他事项及附表'],
  ])('should cut the heading %s printed as %s off the text on either side', (printed, as) => {
    const text = HZS.replace(printed, as);
    const lines = narrativeFromRun(text);
    const at = lines.indexOf(as);
    expect(at).toBeGreaterThan(0);
    // the paragraph after the heading starts its own line, as it does under the heading as printed
    expect(lines[at + 1]).toBe(narrativeFromRun(HZS)[narrativeFromRun(HZS).indexOf(printed) + 1]);
  });

  it('should cut a heading run on to its paragraph only where the heading ends (五、…情况 followed by （一）)', () => {
    expect(narrativeFromRun('五、存在的主要问题及改进情况（一）存在问题。人员不足情况仍在。')).toEqual([
      '五、存在的主要问题及改进情况',
      '（一）存在问题。人员不足情况仍在。',
    ]);
  });

  it.each([
    ['二、主动公开政府信息情况', '本年度主动公开政府信息情况如下。'],
    ['三、收到和处理政府信息公开申请情况', '本年度收到和处理政府信息公开申请情况见下表。'],
    ['五、存在的主要问题及改进情况', '对照存在的主要问题及改进情况，我局将加强培训。'],
    ['六、其他需要报告的事项', '本机关无其他需要报告的事项。'],
  ])('should cut the heading %s off a paragraph that repeats its words (%s)', (heading, paragraph) => {
    expect(narrativeFromRun(`${heading}${paragraph}`)).toEqual([heading, paragraph]);
  });

  it('should keep a line of text without headings whole, its inner spaces one space, blank lines dropped', () => {
    expect(narrativeFromRun('  本机关　全年\u00a0 收到申请。\r\n\r\n   \n无。')).toEqual(['本机关 全年 收到申请。', '无。']);
    expect(narrativeFromRun('本机关全年收到申请。\n无。')).toEqual(['本机关全年收到申请。', '无。']);
  });

  it('should read a numbered sentence that is no heading as narrative (五、 followed by other words)', () => {
    expect(narrativeFromRun('五、加强队伍建设，提升工作水平。')).toEqual(['五、加强队伍建设，提升工作水平。']);
  });
});
