import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../lib/pipeline';
import { columnsByPosition } from '../../../lib/rules/columns-by-position';
import { problemKinds, WITH_PROBLEMS } from './other-problems';

/**
 * columns-by-position (§3) on seed 003 as converter Markdown (tests/fixtures/markdown/seed-003.md, real figures),
 * its 表三 header replaced by the placeholder names converters write (数据1…数据7), as in shuyang-gov-2025.md.
 */
const MD = readFileSync(path.join(import.meta.dirname, '../../fixtures/markdown/seed-003.md'), 'utf8');
const HEADER = '|  |  |  | 自然人 | 法人或其他组织 |  |  |  |  | 总计 |';
const SUBHEADER = '|  |  |  |  | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |  |';
const byPosition = (md: string) =>
  checkText(md, 'seed-003.md')
    .report.findings.filter((f) => f.rule === 'columns-by-position')
    .map((f) => [f.code, f.severity, f.detail.kind === 'note' ? f.detail.data : f.detail.kind]);
const placeholders = (md: string) => {
  if (!md.includes(HEADER) || !md.includes(SUBHEADER)) throw new Error('表三 header not found');
  return md.replace(HEADER, '|  |  |  | 数据1 | 数据2 |  |  |  |  | 数据7 |').replace(SUBHEADER, '|  |  |  |  | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 |  |');
};

describe('columns-by-position on seed 003 as Markdown', () => {
  it('should find nothing when the columns are named', () => {
    expect(byPosition(MD)).toEqual([]);
  });

  it('should say 表三 was read by position when no column is named, and still read its figures', () => {
    expect(byPosition(placeholders(MD))).toEqual([['by-position', 'info', { table: 'requests', detail: { code: 'by-position' } }]]);
    expect(checkText(placeholders(MD), 'seed-003.md').report.tables.requests?.newReceived?.total?.value).toBe(2331);
  });

  it('should still say it when 表三 is read in part: one row left unread, or one cell of every row', () => {
    const row = '| 一、本年新收政府信息公开申请数量 |  |  | 2240 | 82 | 2 | 0 | 0 | 7 | 2331 |';
    expect(MD).toContain(row);
    // a converter's stray eighth figure: the row is left unread, the others are read by position
    const stray = checkText(placeholders(MD).replace(row, row.replace('2331 |', '2331 | 5 |')), 'seed-003.md');
    expect(Object.values(stray.extraction.tables.requests?.newReceived ?? {}).every((c) => c.note === 'unread')).toBe(true);
    expect(stray.report.findings.filter((f) => f.rule === 'columns-by-position').map((f) => f.code)).toEqual(['by-position']);
    // every row's 总计 unread, the other six columns read
    const { extraction: ex } = checkText(placeholders(MD), 'seed-003.md');
    for (const r of Object.values(ex.tables.requests ?? {})) if (r.total) r.total = { ...r.total, value: null, note: 'unread' };
    expect(columnsByPosition.check({ ex, text: ex.lines.join('\n') }).map((f) => f.code)).toEqual(['by-position']);
  });

  it('should be an info of clause §3 under its own id', () => {
    expect([columnsByPosition.id, columnsByPosition.severity, columnsByPosition.clause]).toEqual(['columns-by-position', 'info', '§3']);
  });

  it('should say its own kind alone among the problems of a real report', () => {
    // 上海市科委 2024 as Markdown: 表三 and 表四 read by position, four rows of 表二 missing
    expect(problemKinds(WITH_PROBLEMS.stcsm).filter(([k]) => k !== 'columns-by-position')).not.toEqual([]);
    expect(byPosition(WITH_PROBLEMS.stcsm)).toEqual([
      ['by-position', 'info', { table: 'requests', detail: { code: 'by-position' } }],
      ['by-position', 'info', { table: 'review', detail: { code: 'by-position' } }],
    ]);
    // 平潭 行政审批局 2024 as crawler text: cells split and unread, every column named
    expect(problemKinds(WITH_PROBLEMS.hzs)).not.toEqual([]);
    expect(byPosition(WITH_PROBLEMS.hzs)).toEqual([]);
  });
});
