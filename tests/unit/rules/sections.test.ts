import { describe, expect, it } from 'vitest';
import { checkText } from '../../../lib/pipeline';
import { renderFinding } from '../../../lib/report/render-finding';
import { seedText } from '../../helpers/seeds';

/** sections (D-1): the six sections present and in template order, on the real seeds. */
const sections = (text: string) =>
  checkText(text, 'https://www.bjtzh.gov.cn/gzw/2023.html')
    .report.findings.filter((f) => f.rule === 'sections')
    .map((f) => [f.code, f.severity, renderFinding(f)]);

describe('sections on the real seeds', () => {
  it('should find nothing in seed 000, whose six sections stand in order', () => {
    expect(sections(seedText('000'))).toEqual([]);
  });

  it('should name 六 missing in seed 002 (it ends at 五), and nothing else', () => {
    const found = sections(seedText('002'));
    expect(found.map(([code, severity]) => [code, severity])).toEqual([['missing', 'warning']]);
    expect(found[0]![2]).toContain('六');
  });

  it('should take 六 numbered by an Arabic 6 (6、其他事项, ６．其他事项) as there', () => {
    const text = seedText('000');
    expect(text.match(/六、其他需要报告的事项/g)).toHaveLength(1);
    for (const heading of ['6、其他事项', '6.其他事项', '６．其他事项']) expect(sections(text.replace('六、其他需要报告的事项', heading))).toEqual([]);
  });

  it('should warn when two sections are swapped, and not call either missing', () => {
    const text = seedText('000');
    const five = text.indexOf('五、存在的主要问题及改进情况');
    const six = text.indexOf('六、其他需要报告的事项');
    expect(five).toBeGreaterThan(0);
    expect(six).toBeGreaterThan(five);
    // 六 and its paragraphs moved before 五
    const end = text.indexOf('\n', text.indexOf('\n', six) + 1);
    const swapped = text.slice(0, five) + text.slice(six, end + 1) + text.slice(five, six) + text.slice(end + 1);
    expect(sections(swapped).map(([code, severity]) => [code, severity])).toEqual([['order', 'warning']]);
  });

  it('should take one heading that names both 五 and 六 for both, in order, not for two sections out of turn', () => {
    // a short report may put its last two sections under one heading: both are found on the same line
    const text = seedText('000');
    expect(text).toContain('五、存在的主要问题及改进情况\n');
    const merged = text.replace('五、存在的主要问题及改进情况\n', '五、存在的主要问题及改进情况和其他需要报告的事项\n').replace('六、其他需要报告的事项\n', '');
    expect(merged).not.toContain('六、');
    expect(sections(merged)).toEqual([]);
  });

  // 上海市科委 2024 (corpus markdown/shanghai-stcsm-2024.md, lines 192 and 197): the converter lost 五's heading
  // and kept its sub-headings （一）主要问题 / （二）改进情况
  const lostFive = (text: string) => {
    const heading = '五、存在的主要问题及改进情况\n';
    expect(text).toContain(heading);
    const paragraph = text.indexOf('下一步，区国资委');
    expect(paragraph).toBeGreaterThan(0);
    return text.replace(heading, '（一）主要问题\n').replace('下一步，区国资委', '（二）改进情况\n下一步，区国资委');
  };

  it('should take 五 as there when its heading is lost but its sub-headings stand between 四 and 六', () => {
    expect(sections(lostFive(seedText('000')))).toEqual([]);
  });

  it('should not take an unnumbered short line naming 问题 for 五’s lost heading (only numbered sub-headings stand for it)', () => {
    const text = seedText('000').replace('五、存在的主要问题及改进情况\n', '工作中的问题\n');
    expect(text).toContain('工作中的问题');
    expect(sections(text).map(([code, severity]) => [code, severity])).toEqual([['missing', 'warning']]);
  });

  it('should call 五 missing when the only sub-headings of problems stand after 六', () => {
    const text = seedText('000').replace('五、存在的主要问题及改进情况\n', '');
    const moved = text.replace('[bookmark: _GoBack]', '（一）主要问题\n[bookmark: _GoBack]');
    expect(moved).not.toBe(text);
    const found = sections(moved);
    expect(found.map(([code, severity]) => [code, severity])).toEqual([['missing', 'warning']]);
    expect(found[0]![2]).toContain('五、存在的主要问题及改进情况');
  });
});
