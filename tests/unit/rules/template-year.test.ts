/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHtml, checkText } from '../../../lib/pipeline';
import type { FullExtraction } from '../../../lib/extract/map/build-extraction';
import { templateYear as rule } from '../../../lib/rules/template-year';
import { seedText } from '../../helpers/seeds';
import { findingsOn } from './seed-form';

/**
 * template-year (D-4): the 2021 template from the 2021 reporting year on, the 2019 trial template for 2019 and
 * 2020. Two real reports, their year moved across the boundary: 平潭交通与建设局 2019 (the 2019 template, crawler
 * text, tests/fixtures/corpus/text) and seed 000 (通州区国资委 2023, the 2021 template). Mixed templates: labels of
 * one template printed in the other's tables, or the 2021 labels with the 2019 single （六）其他处理 row
 * (tests/fixtures/pages/merged-six-one-row.html, seed 003's page with its （六） group as one row; the real
 * 洪泽区 PDFs 002/003 in tests/integration/pdf-corpus.test.ts).
 */
const SEED_000 = seedText('000');
const SEED_URL = 'https://www.bjtzh.gov.cn/gzw/2023.html';
/** the rule's findings on a text as read: [code, severity, data, quote] */
const templateYear = (text: string, exEdit?: (ex: FullExtraction) => void) => findingsOn('template-year', text, exEdit);
const codes = (findings: readonly { rule: string; code: string; severity: string }[]) =>
  findings.filter((f) => f.rule === 'template-year').map((f) => [f.code, f.severity]);
/** `text` with each label replaced once, failing when one is not printed there */
const relabel = (text: string, pairs: [string, string][]) =>
  pairs.reduce((t, [from, to]) => {
    if (!t.includes(from)) throw new Error(`${from} not printed`);
    return t.replace(from, to);
  }, text);
const fixture = (file: string) => readFileSync(path.join(import.meta.dirname, '../../fixtures', file), 'utf8');
const html = (text: string, file: string) => checkHtml(new DOMParser().parseFromString(text, 'text/html'), file);
const page = (file: string) => html(fixture(`pages/${file}`), file);
const SHANGHAI_2019 = fixture('real/shanghai-bgt-2019-fragment.html');
const JTJ_2019 = fixture('corpus/text/pingtan-jtj-2019.txt');

describe('template-year on real reports', () => {
  it('should accept each report in its own year', () => {
    expect(templateYear(JTJ_2019)).toEqual([]);
    expect(templateYear(seedText('000'))).toEqual([]);
  });

  it('should accept the 2019 template for 2020 and warn for 2021', () => {
    expect(templateYear(JTJ_2019.replaceAll('2019年', '2020年'))).toEqual([]);
    expect(templateYear(JTJ_2019.replaceAll('2019年', '2021年'))).toEqual([['trial-template', 'warning', { year: 2021 }, null]]);
  });

  it('should accept the 2021 template for 2021 and warn for 2020', () => {
    expect(templateYear(seedText('000').replaceAll('2023年', '2021年'))).toEqual([]);
    expect(templateYear(seedText('000').replaceAll('2023年', '2020年'))).toEqual([['later-template', 'warning', { year: 2020 }, null]]);
  });

  it('should warn of mixed templates when two labels of the other template are printed in the tables', () => {
    // 表二 of the Shanghai 2019 report (the article's HTML, tests/fixtures/real) with two labels in the 2021 wording
    const shanghai = relabel(SHANGHAI_2019, [
      ['对外公开总数量', '现行有效件数'],
      ['处理决定数量', '本年处理决定数量'],
    ]);
    expect(codes(html(shanghai, 'sh.html').report.findings)).toEqual([['mixed', 'warning']]);
    // seed 000's 2021 表二 with two of its labels in the 2019 wording, then only one
    const twoOld = relabel(SEED_000, [
      ['本年制发件数', '本年新制作数量'],
      ['现行有效件数', '对外公开总数量'],
    ]);
    expect(templateYear(twoOld)).toEqual([['mixed', 'warning', {}, null]]);
    expect(templateYear(relabel(SEED_000, [['本年制发件数', '本年新制作数量']]))).toEqual([]);
    expect(codes(html(relabel(SHANGHAI_2019, [['对外公开总数量', '现行有效件数']]), 'sh.html').report.findings)).toEqual([]);
    expect(codes(html(SHANGHAI_2019, 'sh.html').report.findings)).toEqual([]);
  });

  it('should not count the narrative: a 2021 report may name 政府集中采购 and 采购总金额 in its prose', () => {
    const prose = SEED_000.replace(
      '2023年，区国资委主动公开政府信息27条。',
      '2023年，区国资委主动公开政府信息27条，其他对外管理服务事项及政府集中采购项目、采购总金额均按要求公开。',
    );
    expect(prose).not.toBe(SEED_000);
    expect(templateYear(prose)).toEqual([]);
  });

  it('should warn of mixed templates for the 2019 single （六） row among the 2021 labels, not for the 2019 report’s own', () => {
    expect(codes(page('merged-six-one-row.html').report.findings)).toEqual([['mixed', 'warning']]);
    // the same page with its three （六） rows as printed: the 2021 template throughout
    expect(codes(page('trs-003.html').report.findings)).toEqual([]);
    // the 2019 report has the single （六） row and no 2021 label (first test): no mixed template
    expect(checkText(JTJ_2019, 'jtj.txt').extraction.tables.requests?.other).toBeDefined();
  });

  it('should rest no year warning on a year no title gives and one kind of sentence alone states', () => {
    const guess = (ex: FullExtraction) => void (ex.yearBasis = { from: 'body', agreeing: ['period'] });
    expect(templateYear(SEED_000.replaceAll('2023年', '2020年'), guess)).toEqual([]);
    expect(templateYear(JTJ_2019.replaceAll('2019年', '2021年'), guess)).toEqual([]);
  });

  it('should judge a report whose table 三 was not read (seed 000 without its section 三)', () => {
    const lines = SEED_000.split('\n');
    const from = lines.findIndex((l) => l.startsWith('三、收到和处理'));
    const to = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
    expect(from).toBeGreaterThan(0);
    const cut = [...lines.slice(0, from), ...lines.slice(to)].join('\n');
    expect(checkText(cut, SEED_URL).extraction.tables.requests).toBeNull();
    expect(templateYear(cut.replaceAll('2023年', '2020年'))).toEqual([['later-template', 'warning', { year: 2020 }, null]]);
  });

  it('should be a warning of clause D-4 under its own id', () => {
    expect([rule.id, rule.severity, rule.clause]).toEqual(['template-year', 'warning', 'D-4']);
  });
});
