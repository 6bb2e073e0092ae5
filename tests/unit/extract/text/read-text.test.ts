import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCrawlerHeader } from '../../../../lib/extract/text/crawler-header';
import { narrativeFromRun } from '../../../../lib/extract/text/narrative-from-run';
import { readText } from '../../../../lib/extract/text/read-text';
import { CORPUS } from '../../../helpers/corpus';
import { seedText } from '../../../helpers/seeds';

describe('text forms of a report (readText)', () => {
  it('should read a crawler’s metadata header: title, date, column and the page’s address', () => {
    const text = readFileSync(path.join(CORPUS, 'text/pingtan-gaj-2024.txt'), 'utf8');
    expect(readCrawlerHeader(text)).toMatchObject({
      title: '平潭综合实验区公安局2024年政府信息公开工作年度报告',
      published: '2025-01-20 17:39',
      column: '政府信息公开年报',
      url: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/dfbmptlj/ptzhsyqbm/ptzhsyqgaj/zfxxgknb/202501/t20250120_96806.htm',
    });
    const doc = readText(text);
    expect(doc.meta).toEqual({
      published: '2025-01-20',
      column: '政府信息公开年报',
      url: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/dfbmptlj/ptzhsyqbm/ptzhsyqgaj/zfxxgknb/202501/t20250120_96806.htm',
    });
    expect(doc.title).toBe('平潭综合实验区公安局2024年政府信息公开工作年度报告');
  });

  it.each([
    ['原文链接', 'url'],
    ['原文地址', 'url'],
    ['链接', 'url'],
    ['URL', 'url'],
    ['url', 'url'],
    ['标题', 'title'],
    ['题目', 'title'],
    ['发布时间', 'published'],
    ['发布日期', 'published'],
    ['成文日期', 'published'],
    ['栏目', 'column'],
    ['所属栏目', 'column'],
  ] as const)('should read a crawler header field named %s as the %s (平潭公安局 2024 with that name)', (name, field) => {
    const text = readFileSync(path.join(CORPUS, 'text/pingtan-gaj-2024.txt'), 'utf8');
    // the header's own names (原文链接 / 标题 / 发布时间 / 栏目) renamed, its values as the crawler wrote them
    const own = { url: '原文链接', title: '标题', published: '发布时间', column: '栏目' }[field];
    const renamed = text.replace(new RegExp(`^${own}:`, 'm'), `${name}:`);
    expect(renamed.split('\n')).toContain(
      text
        .split('\n')
        .find((l) => l.startsWith(`${own}:`))!
        .replace(own, name),
    );
    expect(readCrawlerHeader(renamed)?.[field]).toBe(
      {
        url: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/dfbmptlj/ptzhsyqbm/ptzhsyqgaj/zfxxgknb/202501/t20250120_96806.htm',
        title: '平潭综合实验区公安局2024年政府信息公开工作年度报告',
        published: '2025-01-20 17:39',
        column: '政府信息公开年报',
      }[field],
    );
  });

  it('should cut running text at the six section headings, whatever follows them', () => {
    expect(narrativeFromRun('前言。一、总体情况2024年，我局…五、存在的主要问题及明年工作计划2024年，…六、其他需要报告的事项无。')).toEqual([
      '前言。',
      '一、总体情况',
      '2024年，我局…',
      '五、存在的主要问题及明年工作计划',
      '2024年，…',
      '六、其他需要报告的事项',
      '无。',
    ]);
  });

  it('should keep the table text out of the narrative of a crawler text', () => {
    const doc = readText(readFileSync(path.join(CORPUS, 'text/pingtan-shs-2023.txt'), 'utf8'));
    expect(doc.lines.join('\n')).not.toMatch(/本年新收|结果维持|本年制发件数/);
    expect(doc.lines).toContain('四、政府信息公开行政法复议、行政诉讼情况');
    expect(doc.lines).toContain('六、其他需要报告的事项');
  });

  it('should still read the seeds (flattened Word) as before, and fall back to run-together cells only when no table is found', () => {
    const seed = readText(seedText('000'));
    expect(seed.tables.length).toBeGreaterThanOrEqual(3);
    expect(seed.problems ?? []).toEqual([]);
    const pasted = readText(
      '某局2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量1000001二、上年结转政府信息公开申请数量0000000',
    );
    expect(pasted.tables[0]!.rows[1]!.map((c) => c.text)).toEqual(['一、本年新收政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1']);
  });
});
