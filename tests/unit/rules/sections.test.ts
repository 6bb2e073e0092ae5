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

  it.each([
    ['三、收到和处理政府信息公开申请情况', '三、受理处理政府信息公开申请情况'],
    ['六、其他需要报告的事项', '六、其他需要报告事项'],
    ['六、其他需要报告的事项', '其他事项'],
    ['六、其他需要报告的事项', '六、其他事项'],
    ['六、其他需要报告的事项', '（六）其他事项'],
    ['六、其他需要报告的事项', '6.其他事项'],
  ])('should take %s printed as %s for the same section', (heading, printed) => {
    expect(sections(seedText('000').replace(heading, printed))).toEqual([]);
  });

  it('should take a line of up to 40 characters for a heading, not one of 41', () => {
    const six = '六、其他需要报告的事项';
    const padded = (n: number) => `${six}（${'说'.repeat(n - six.length - 2)}）`;
    expect(padded(40)).toHaveLength(40);
    expect(sections(seedText('000').replace(six, padded(40)))).toEqual([]);
    expect(sections(seedText('000').replace(six, padded(41))).map(([code]) => code)).toEqual(['missing']);
  });

  it('should not take an item of 一 named 其他事项 for 六 (其他事项 is 六 only at the start of its heading)', () => {
    const text = seedText('000').replace('一、总体情况\n', '一、总体情况\n（五）其他事项\n');
    expect(sections(text)).toEqual([]);
  });

  it('should not take a short line in 一 naming 复议, 诉讼 and 情况 before its end for 四’s heading', () => {
    // 四's heading ends in 情况; a line that only mentions the reviews is no heading, so no section is out of turn
    const text = seedText('000').replace('一、总体情况\n', '一、总体情况\n全年行政复议、行政诉讼情况平稳\n');
    expect(sections(text)).toEqual([]);
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

  it.each(['一、主要问题', '十一.主要问题', '1、主要问题', '12.主要问题', '（1）主要问题', '（十一）主要问题', '（12）主要问题'])(
    'should take the sub-heading %s, numbered in any of the ways reports number them, for 五’s lost heading',
    (sub) => {
      const text = seedText('000').replace('五、存在的主要问题及改进情况\n', `${sub}\n`);
      expect(sections(text)).toEqual([]);
    },
  );

  it('should not take a line with a numeral inside it, not at its start, for 五’s lost heading', () => {
    const text = seedText('000').replace('五、存在的主要问题及改进情况\n', '工作中的问题（一）\n');
    expect(sections(text).map(([code]) => code)).toEqual(['missing']);
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
  it('should call 五 missing when its heading is lost and no 六 follows it, though a sub-heading of problems stands after 四', () => {
    // a lost heading is taken from its sub-headings only between the sections around it: seed 002 has no 六
    const text = seedText('002');
    expect(text).toContain('五、存在的主要问题及改进情况\n');
    const found = sections(text.replace('五、存在的主要问题及改进情况\n', '（一）主要问题\n'));
    expect(found.map(([code, severity]) => [code, severity])).toEqual([['missing', 'warning']]);
    expect(found[0]![2]).toContain('五、存在的主要问题及改进情况');
    expect(found[0]![2]).toContain('六、其他需要报告的事项');
  });
});

/** seed 002 (no 六) with the tab-led lines of its tables dropped: all of them, or those of 表三 only */
const withoutTables = (only三: boolean) => {
  const lines = seedText('002').split('\n');
  const from = only三 ? lines.findIndex((l) => l.startsWith('三、收到和处理')) : 0;
  const to = only三 ? lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议')) : lines.length;
  expect(from).toBeGreaterThanOrEqual(0);
  expect(to).toBeGreaterThan(from);
  return lines.filter((l, i) => i <= from || i >= to || !l.startsWith('\t')).join('\n');
};

describe('sections on a report whose tables are not read', () => {
  it('should still name 六 missing when 表三 alone is not read (表二 and 表四 give the template)', () => {
    const text = withoutTables(true);
    const report = checkText(text, 'https://www.bjtzh.gov.cn/gzw/2023.html').report;
    expect([report.format, report.tables.requests]).toEqual(['2021', null]);
    expect(sections(text).map(([code, severity]) => [code, severity])).toEqual([['missing', 'warning']]);
  });

  it('should say nothing when no table is read at all (no template, no 表三): nothing shows the page is such a report', () => {
    const text = withoutTables(false);
    const report = checkText(text, 'https://www.bjtzh.gov.cn/gzw/2023.html').report;
    expect([report.format, report.tables.requests]).toEqual(['unknown', null]);
    expect(sections(text)).toEqual([]);
  });
});
