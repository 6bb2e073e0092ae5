import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import { checkHtml } from '../../lib/pipeline';
import { readState } from '../../lib/model/read-state';
import { renderFinding } from '../../lib/report/render-finding';

const PAGE = readFileSync(path.join(import.meta.dirname, '../fixtures/pages/trs-002.html'), 'utf8');
const errorsOf = (html: string) =>
  checkHtml(parseHtml(html), 'decoy')
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.severity} ${f.rule}@${f.stated[0]}`);
const beforeArticle = (extra: string) => PAGE.replace('<div class="TRS_Editor">', `${extra}<div class="TRS_Editor">`);

describe('a table that looks like a standard table placed before the real one (issue 11)', () => {
  const real = errorsOf(PAGE);

  it('should keep seed 002’s 5 errors when a two-row summary table stands above the report', () => {
    expect(real.filter((f) => f.startsWith('error'))).toHaveLength(5);
    const decoy = '<table><tr><td>一、本年新收政府信息公开申请数量</td><td>0</td></tr><tr><td>二、上年结转政府信息公开申请数量</td><td>0</td></tr></table>';
    expect(errorsOf(beforeArticle(decoy))).toEqual(real);
  });

  it('should keep them against a decoy 表四 row too', () => {
    const decoy = '<table><tr><td>行政复议</td><td>行政诉讼</td></tr><tr><td>结果维持</td><td>0</td></tr></table>';
    expect(errorsOf(beforeArticle(decoy))).toEqual(real);
  });

  it('should say so, and not call the page read in full, when a second complete 表三 prints other figures', () => {
    const table = /<table[^>]*>(?:(?!<\/table>)[\s\S])*本年新收(?:(?!<\/table>)[\s\S])*<\/table>/.exec(PAGE)![0];
    const other = table.replace(/>\s*8\s*</, '>9<');
    expect(other).not.toBe(table);
    const { report } = checkHtml(parseHtml(PAGE.replace(table, table + other)), 'two');
    expect(report.findings.map((f) => f.rule)).toContain('table-candidates');
    expect(readState(report)).toBe('partial');
    // the same table twice is no conflict
    const twice = checkHtml(parseHtml(PAGE.replace(table, table + table)), 'twice').report;
    expect(twice.findings.map((f) => f.rule)).not.toContain('table-candidates');
  });
});

describe('a standard table that is there but cannot be read', () => {
  it('should say it is unread, not missing, and not call the report consistent', () => {
    // 表四's header as printed, its data row lost (a page cut off, or figures published as an image)
    const header =
      '<table><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr><tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr></table>';
    const table = /<table[^>]*>(?:(?!<\/table>)[\s\S])*结果维持(?:(?!<\/table>)[\s\S])*<\/table>/.exec(PAGE)![0];
    const { report } = checkHtml(parseHtml(PAGE.replace(table, header)), 'cut');
    const rules = report.findings.map((f) => f.rule);
    expect(rules).toContain('cells-unread');
    expect(rules).not.toContain('table-missing');
    expect(renderFinding(report.findings.find((f) => f.rule === 'cells-unread')!)).toContain('表四');
    expect(readState(report)).toBe('partial');
  });
});

describe('a figure a double cannot hold (issue 11)', () => {
  it('should not read a 19-digit cell, list it, check nothing on it, and keep the page partial', () => {
    const cell = /(<td[^>]*>\s*(?:<p[^>]*>)?)\s*8\s*((?:<\/p>)?\s*<\/td>)/.exec(PAGE)!;
    const { report } = checkHtml(parseHtml(PAGE.replace(cell[0], `${cell[1]}９９９９９９９９９９９９９９９９９９９${cell[2]}`)), 'long');
    const row = Object.entries(report.tables.requests!).find(([, cols]) => Object.values(cols).some((c) => c.raw.includes('９９９')))!;
    const [, cols] = row;
    const c = Object.values(cols).find((x) => x.raw.includes('９９９'))!;
    expect(c.value).toBeNull();
    const unread = report.findings.filter((f) => f.rule === 'cells-unread');
    expect(unread).toHaveLength(1);
    expect(renderFinding(unread[0]!)).toContain('超过 15 位有效数字');
    // no arithmetic finding names that cell
    expect(report.findings.filter((f) => f.rule !== 'cells-unread' && f.cells.includes(unread[0]!.cells[0]!))).toEqual([]);
    expect(readState(report)).toBe('partial');
  });
});
