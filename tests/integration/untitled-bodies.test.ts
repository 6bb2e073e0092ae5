import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import { checkHtml, checkText, type CheckResult } from '../../lib/pipeline';
import type { Finding } from '../../lib/model/finding';
import { REAL } from '../helpers/corpus';

/**
 * Issue 15 (5): real reports with their titles and metadata removed, as crawlers and copy-paste give the
 * article: the crawler header (标题/发布时间/…) and the page chrome before the first sentence, the title
 * lines of the seeds, the page around the article and its title. The year comes from the body's own
 * sentences, the agency is unknown (never a fragment of a sentence), and no warning appears that the
 * titled report does not get.
 */
const read = (file: string) => readFileSync(path.join(REAL, file), 'utf8');

/** A crawler text's body from its first sentence (`first`): no header, no breadcrumb, no title. */
const crawlerBody = (file: string, first: string) => {
  const text = read(file);
  const at = text.indexOf(first, text.indexOf('==== 正文 ===='));
  expect(at).toBeGreaterThan(0);
  return text.slice(at);
};
/** A flattened Word text from its first sentence on (the title lines above it dropped). */
const seedBody = (file: string) => {
  const lines = read(file).split('\n');
  return lines.slice(lines.findIndex((l) => l.includes('。'))).join('\n');
};
/** The article's content element of a saved portal page, without the page, its <title> and the article's title. */
const articleBody = (file: string) => {
  const html = parseHtml(read(file)).querySelector('.article_content')!.outerHTML;
  expect(html).not.toMatch(/<title|article_title|ArticleTitle/);
  return html;
};

const TEXTS: [string, () => string][] = [
  ['corpus/text/pingtan-shs-2023.txt', () => crawlerBody('corpus/text/pingtan-shs-2023.txt', '根据《中华人民共和国')],
  ['corpus/text/pingtan-hzs-2024.txt', () => crawlerBody('corpus/text/pingtan-hzs-2024.txt', '根据《中华人民共和国')],
  ['corpus/text/pingtan-gaj-2024.txt', () => crawlerBody('corpus/text/pingtan-gaj-2024.txt', '本报告根据')],
  // the archive's crawler kept the page's breadcrumb and title line before the body: cut at the first sentence
  ['corpus/text/pingtan-jtj-2019.txt', () => crawlerBody('corpus/text/pingtan-jtj-2019.txt', '根据《中华人民共和国')],
  ['real/pingtan-hzs-2023.txt', () => crawlerBody('real/pingtan-hzs-2023.txt', '根据《中华人民共和国')],
  ['real/pingtan-czj-2024.txt', () => crawlerBody('real/pingtan-czj-2024.txt', '根据《中华人民共和国')],
  ['real/pingtan-region-2023.txt', () => crawlerBody('real/pingtan-region-2023.txt', '本报告根据')],
  ...['000_767a40d4e3f1469c', '001_2a4087b0dbaec631', '002_ff4ead9d5fb148eb', '003_2b19c720d5f1c29d', '004_318a82d3163b8b1e'].map(
    (id): [string, () => string] => [`seeds/${id}.txt`, () => seedBody(`seeds/${id}.txt`)],
  ),
];
const PAGES: [string, () => string][] = [
  ['corpus/html/pingtan-shs-2023.html', () => articleBody('corpus/html/pingtan-shs-2023.html')],
  ['corpus/html/pingtan-hzs-2024.html', () => articleBody('corpus/html/pingtan-hzs-2024.html')],
  // the Shanghai article saved without its page: its centred title and 发布日期 lines dropped
  ['real/shanghai-bgt-2019-fragment.html', () => read('real/shanghai-bgt-2019-fragment.html').replace(/^<p[^>]*>[^<]*<\/p>\s*<p[^>]*>发布日期[^<]*<\/p>/, '')],
];

const titled = (file: string): CheckResult => (file.endsWith('.html') ? checkHtml(parseHtml(read(file)), file) : checkText(read(file), file));
const key = (f: Finding) => JSON.stringify([f.rule, f.severity, f.stated, f.expected, f.actual]);
const YEAR_RULES = ['report-year', 'template-year', 'publication-date', 'title-form'];

describe.each([...TEXTS, ...PAGES])('the body of %s without its title', (file, body) => {
  const whole = titled(file);
  const bare = file.endsWith('.html') ? checkHtml(parseHtml(body()), file) : checkText(body(), file);

  it('should read the reporting year from the body and leave the agency unknown', () => {
    expect(whole.report.year).not.toBeNull();
    expect([bare.report.year, bare.report.agency]).toEqual([whole.report.year, null]);
    expect(bare.extraction.yearBasis?.from).toBe('body');
  });

  it('should read the same tables and raise no finding the titled report does not', () => {
    expect(bare.report.tables).toEqual(whole.report.tables);
    const had = new Set(whole.findings.map(key));
    expect(bare.findings.filter((f) => f.severity !== 'info' && !had.has(key(f))).map((f) => [f.rule, f.detail])).toEqual([]);
    expect(bare.findings.filter((f) => YEAR_RULES.includes(f.rule) && f.severity !== 'info')).toEqual([]);
  });
});

describe('a body whose first sentence cites the 2019 notice and the 条例 (issue 15)', () => {
  // corpus/text/pingtan-gaj-2024.txt (a 2024 report) without its header, its first sentence as many reports
  // word it: a document number 〔2019〕60号 and 国务院令第711号 before the report's own name
  const first =
    '根据《中华人民共和国政府信息公开条例》（国务院令第711号）和《国务院办公厅政府信息公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）要求，我局编写了2024年政府信息公开工作年度报告。';
  const body = crawlerBody('corpus/text/pingtan-gaj-2024.txt', '本报告中有关情况的统计期限');
  const { report, findings, extraction } = checkText(`${first}${body}`, 'gaj-2024-edited.txt');

  it('should read 2024 from the report’s name and the 统计期限, never 2019 from the document number', () => {
    expect([report.year, report.agency]).toEqual([2024, null]);
    expect(extraction.yearBasis).toEqual({ from: 'body', agreeing: ['period', 'naming', 'subject'] });
  });

  it('should give no report-year or template-year warning', () => {
    expect(findings.filter((f) => f.severity !== 'info').map((f) => f.rule)).toEqual([]);
  });
});
