import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { MAX_TABLE_CELLS } from '../../../lib/extract/html/read-html';
import { checkHtml } from '../../../lib/pipeline';
import type { FullExtraction } from '../../../lib/extract/map/build-extraction';
import { inputCapped } from '../../../lib/rules/input-capped';
import { seedText } from '../../helpers/seeds';
import { problemKinds, WITH_PROBLEMS } from './other-problems';
import { findingsOn } from './seed-form';
import { SEED } from './seed-table';

/**
 * input-capped (§3 limits) on the page of seed 004 (tests/fixtures/pages/trs-004.html, a TRS-style page of the
 * real report) with a table of 5,000 or 5,001 cells added below it (a data dump no report table comes near).
 */
const PAGE = readFileSync(path.join(import.meta.dirname, '../../fixtures/pages/trs-004.html'), 'utf8');
/** the page with a table of `cells` cells (rows of 100, the rest in a last row) before </body> */
function withTable(cells: number): string {
  const row = (n: number) => `<tr>${'<td>1</td>'.repeat(n)}</tr>`;
  const table = `<table>${row(100).repeat(Math.floor(cells / 100))}${cells % 100 > 0 ? row(cells % 100) : ''}</table>`;
  if (!PAGE.includes('</body>')) throw new Error('no </body>');
  return PAGE.replace('</body>', `${table}</body>`);
}
const capped = (html: string) =>
  checkHtml(parseHtml(html), 'https://www.bjtzh.gov.cn/004.html')
    .report.findings.filter((f) => f.rule === 'input-capped')
    .map((f) => [f.code, f.severity, f.detail.kind === 'note' ? f.detail.data : f.detail.kind]);

describe('input-capped on the page of seed 004', () => {
  it('should find nothing on the page as published, nor with a table of 5,000 cells', () => {
    expect(MAX_TABLE_CELLS).toBe(5000);
    expect(capped(PAGE)).toEqual([]);
    expect(capped(withTable(5000))).toEqual([]);
  });

  it('should say a table of 5,001 cells was left unread', () => {
    expect(capped(withTable(5001))).toEqual([['capped', 'info', { table: 'requests', detail: { code: 'table-cells', cells: 5001, max: 5000 } }]]);
  });

  it('should be an info of clause §3 (limits) under its own id', () => {
    expect([inputCapped.id, inputCapped.severity, inputCapped.clause]).toEqual(['input-capped', 'info', '§3 (limits)']);
  });

  it('should say its own kind alone among the problems of real reports', () => {
    for (const text of Object.values(WITH_PROBLEMS)) {
      expect(problemKinds(text)).not.toEqual([]);
      expect(findingsOn('input-capped', text)).toEqual([]);
    }
  });

  it('should tell tables read from a page’s pictures from a scan read without its text (the problem readScan leaves)', () => {
    const ocr = (code: 'ocr-pictures' | 'ocr-no-narrative') => (ex: FullExtraction) =>
      void ex.problems.push({ kind: 'input-capped', table: 'requests', narrative: true, detail: { code } });
    const seed = seedText(SEED);
    expect(findingsOn('input-capped', seed, ocr('ocr-pictures'))).toEqual([
      ['pictures', 'info', { table: 'requests', detail: { code: 'ocr-pictures' } }, null],
    ]);
    expect(findingsOn('input-capped', seed, ocr('ocr-no-narrative'))).toEqual([
      ['capped', 'info', { table: 'requests', detail: { code: 'ocr-no-narrative' } }, null],
    ]);
  });
});
