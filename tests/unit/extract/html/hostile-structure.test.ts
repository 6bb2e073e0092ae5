import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../../cli/parse-html';
import { blockText } from '../../../../lib/extract/html/cell-text';
import { expandSpans } from '../../../../lib/extract/html/expand-spans';
import { checkHtml } from '../../../../lib/pipeline';
import { renderFinding } from '../../../../lib/report/render-finding';

const PAGE = readFileSync(path.join(import.meta.dirname, '../../../fixtures/pages/trs-002.html'), 'utf8');

describe('pages built to break a reader (issue 11)', () => {
  it.each(['div', 'span'])('should read a report inside 50,000 nested <%s> without overflowing the stack', (tag) => {
    const deep = PAGE.replace('<div class="TRS_Editor">', `${`<${tag}>`.repeat(50_000)}<div class="TRS_Editor">`);
    const { report } = checkHtml(parseHtml(deep), 'deep');
    expect(report.findings.filter((f) => f.severity === 'error')).toHaveLength(5);
    expect(blockText(parseHtml(`${'<div>'.repeat(50_000)}深处`).body)).toBe('深处');
  });

  it('should place a span bomb on its grid at the cost of its cells (2,000 rows × 5 cells, rowspan 1000, colspan 100)', () => {
    const row = `<tr>${'<td rowspan="1000" colspan="100">0</td>'.repeat(5)}</tr>`;
    const table = parseHtml(`<table>${row.repeat(2000)}</table>`).querySelector('table')!;
    const rows = expandSpans(table);
    expect(rows).toHaveLength(2000);
    // the first row takes columns 0–499 for 1000 rows: row 2 has to start right of them
    expect(rows[0]!.map((c) => c.col)).toEqual([0, 100, 200, 300, 400]);
    expect(rows[1]!.map((c) => c.col)).toEqual([500, 600, 700, 800, 900]);
  });

  it('should keep the meaning of spans as before: a cell goes to the first column no rowspan holds', () => {
    const t = parseHtml(
      '<table><tr><td rowspan="2">a</td><td>b</td><td rowspan="3">c</td></tr><tr><td>d</td></tr><tr><td>e</td><td>f</td></tr></table>',
    ).querySelector('table')!;
    expect(expandSpans(t).map((r) => r.map((c) => `${c.text}@${c.col}`))).toEqual([['a@0', 'b@1', 'c@2'], ['d@1'], ['e@0', 'f@1']]);
  });

  it('should leave a table of more cells than a template holds unread, say so, and still check the report', () => {
    const dump = `<table>${`<tr>${'<td>一、本年新收政府信息公开申请数量</td><td>0</td>'.repeat(10)}</tr>`.repeat(300)}</table>`;
    const { report } = checkHtml(parseHtml(PAGE.replace('<div class="TRS_Editor">', `${dump}<div class="TRS_Editor">`)), 'dump');
    expect(report.findings.filter((f) => f.severity === 'error')).toHaveLength(5);
    expect(report.findings.filter((f) => f.rule === 'input-capped').map((f) => renderFinding(f))).toEqual([
      '页面上一个表格有 6000 个单元格（上限 5000），不是年报表格的规模，未读取',
    ]);
  });

  it('should read the narrative only up to its cap, and say so', () => {
    const long = `<p>${'本机关持续推进政务公开。'.repeat(1000)}</p>`.repeat(200);
    const { report, extraction } = checkHtml(parseHtml(PAGE.replace('<div class="TRS_Editor">', `<div class="TRS_Editor">${long}`)), 'long');
    expect(extraction.lines.join('').length).toBeLessThanOrEqual(2_000_000);
    expect(report.findings.filter((f) => f.severity === 'error')).toHaveLength(5);
    expect(report.findings.filter((f) => f.rule === 'input-capped').map((f) => renderFinding(f))).toEqual([
      '正文超过 200 万字，只读取了前 200 万字（一份年报远少于此）',
    ]);
    // what the unread rest might say is not judged: no missing-section or missing-fee warning
    expect(report.findings.map((f) => f.rule)).not.toContain('sections');
    expect(report.findings.map((f) => f.rule)).not.toContain('fee-paragraph');
  });
});
