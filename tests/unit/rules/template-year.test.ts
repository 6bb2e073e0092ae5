import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../lib/pipeline';
import { seedText } from '../../helpers/seeds';

/**
 * template-year (D-4): the 2021 template from the 2021 reporting year on, the 2019 trial template for 2019 and
 * 2020. Two real reports, their year moved across the boundary: 平潭交通与建设局 2019 (the 2019 template, crawler
 * text, tests/fixtures/corpus/text) and seed 000 (通州区国资委 2023, the 2021 template).
 */
const JTJ_2019 = readFileSync(path.join(import.meta.dirname, '../../fixtures/corpus/text/pingtan-jtj-2019.txt'), 'utf8');
const templateYear = (text: string, url: string) =>
  checkText(text, url)
    .report.findings.filter((f) => f.rule === 'template-year')
    .map((f) => [f.code, f.severity]);

describe('template-year on real reports', () => {
  it('should accept each report in its own year', () => {
    expect(templateYear(JTJ_2019, 'pingtan-jtj-2019.txt')).toEqual([]);
    expect(templateYear(seedText('000'), 'https://www.bjtzh.gov.cn/gzw/2023.html')).toEqual([]);
  });

  it('should accept the 2019 template for 2020 and warn for 2021', () => {
    expect(templateYear(JTJ_2019.replaceAll('2019年', '2020年'), 'jtj.txt')).toEqual([]);
    expect(templateYear(JTJ_2019.replaceAll('2019年', '2021年'), 'jtj.txt')).toEqual([['trial-template', 'warning']]);
  });

  it('should accept the 2021 template for 2021 and warn for 2020', () => {
    expect(templateYear(seedText('000').replaceAll('2023年', '2021年'), 'https://www.bjtzh.gov.cn/gzw/a.html')).toEqual([]);
    expect(templateYear(seedText('000').replaceAll('2023年', '2020年'), 'https://www.bjtzh.gov.cn/gzw/a.html')).toEqual([['later-template', 'warning']]);
  });
});
