import { describe, expect, it } from 'vitest';
import { identifyTable } from '../../../../lib/extract/map/identify-table';
import type { RawTable } from '../../../../lib/extract/raw-table';
import { readFlatText } from '../../../../lib/extract/text/read-flat-text';
import { seedText } from '../../../helpers/seeds';

/** identifyTable on the three raw tables of seed 003 (北京市通州区 2024) and on their first rows only. */
const [t2, t3, t4] = readFlatText(seedText('003')).tables as [RawTable, RawTable, RawTable];
const head = (t: RawTable, n: number): RawTable => ({ ...t, rows: t.rows.slice(0, n) });
const firstTexts = (t: RawTable, n: number) =>
  t.rows
    .slice(0, n)
    .flat()
    .map((c) => c.text)
    .join('|');

describe('identifyTable on seed 003', () => {
  it('should tell 表二, 表三 and 表四 by their labels', () => {
    expect([t2, t3, t4].map(identifyTable)).toEqual(['active', 'requests', 'review']);
  });

  it('should take two of 表三’s own labels for 表三, and not one', () => {
    // row 0 holds 勾稽关系 alone; row 3 adds 一、本年新收
    expect(firstTexts(t3, 3)).toContain('勾稽关系');
    expect(firstTexts(t3, 3)).not.toMatch(/本年新收|上年结转|本年度办理结果|予以公开|结转下年度|继续办理/);
    expect(identifyTable(head(t3, 3))).toBeNull();
    expect(identifyTable(head(t3, 4))).toBe('requests');
  });

  it('should take 表四 only with 行政复议, 行政诉讼 and an outcome label all there', () => {
    // row 0: 行政复议 | 行政诉讼; row 1 adds 结果维持 …
    expect(firstTexts(t4, 1)).toBe('行政复议|行政诉讼');
    expect(identifyTable(head(t4, 1))).toBeNull();
    expect(identifyTable(head(t4, 2))).toBe('review');
    // without its 行政复议 cell, the rest (诉讼 and outcomes) is not 表四
    const noReconsideration = { ...t4, rows: t4.rows.map((r) => r.filter((c) => c.text !== '行政复议')) };
    expect(identifyTable(noReconsideration)).toBeNull();
  });

  it('should tell 表二 by any one block title or header of its own', () => {
    // the block title row alone (第二十条), and each header row alone
    expect(identifyTable(head(t2, 1))).toBe('active');
    for (const header of ['本年制发件数', '本年处理决定数量']) {
      const row = t2.rows.find((r) => r.some((c) => c.text === header));
      expect(identifyTable({ index: 0, rows: [row!] })).toBe('active');
    }
    // its figures alone are no table
    expect(identifyTable({ index: 0, rows: t2.rows.filter((r) => /^\d+$/.test(r[1]?.text ?? '')).map((r) => r.slice(1)) })).toBeNull();
  });
});
