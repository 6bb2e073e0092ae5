import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkText } from '../../../lib/pipeline';
import { renderFinding } from '../../../lib/report/render-finding';
import { t3OutcomeBound } from '../../../lib/rules/t3-outcome-bound';
import { seedText } from '../../helpers/seeds';
import { findingsOn } from './seed-form';
import { editFigures, findingsOf, SEED } from './seed-table';

/**
 * t3-outcome-bound (V-3) on seed 004 (real, consistent): the 自然人 column has 一 33 + 二 0 = 33 to handle;
 * （一）予以公开 reads 11. Each test moves one outcome across 33.
 */
const bound = (text: string) => findingsOf('t3-outcome-bound', text);
const granted = (natural: string, text?: string) => editFigures('（一）予以公开', [natural], '三、收到和处理', text);

describe('t3-outcome-bound on a real report', () => {
  it('should find nothing in the report as printed', () => {
    expect(bound(seedText(SEED))).toEqual([]);
  });

  it('should accept an outcome equal to 一 + 二 and flag one above it', () => {
    expect(bound(granted('33'))).toEqual([]);
    expect(bound(granted('34'))).toEqual([['over', 'error', 'requests.granted.natural', 33, 34]]);
  });

  it('should count 二、上年结转 in the bound: 1 carried over lets 34 through', () => {
    expect(bound(granted('34', editFigures('二、上年结转', ['1'])))).toEqual([]);
  });

  it('should check the last outcome row, （六）3.其他', () => {
    expect(bound(editFigures('3.其他', ['34']))).toEqual([['over', 'error', 'requests.other.other.natural', 33, 34]]);
  });

  it('should not bound an outcome when 一 is "/" (no figure to compare with)', () => {
    expect(bound(granted('34', editFigures('一、本年新收', ['/'])))).toEqual([]);
  });

  it('should not bound an outcome when 一 is left blank (no figure to compare with)', () => {
    expect(bound(granted('34', editFigures('一、本年新收', [''])))).toEqual([]);
  });

  it('should give the outcome, the two figures it is bounded by and their sum as data', () => {
    expect(findingsOn('t3-outcome-bound', granted('34'))).toEqual([
      ['over', 'error', { row: 'granted', col: 'natural', value: 34, available: [33, 0], bound: 33 }, null],
    ]);
  });

  it('should check nothing without a table 三 (seed 004 without its section 三)', () => {
    const lines = seedText(SEED).split('\n');
    const from = lines.findIndex((l) => l.startsWith('三、收到和处理'));
    const to = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
    expect(from).toBeGreaterThan(0);
    const cut = [...lines.slice(0, from), ...lines.slice(to)].join('\n');
    expect(checkText(cut, 'seed.txt').extraction.tables.requests).toBeNull();
    expect(findingsOn('t3-outcome-bound', cut)).toEqual([]);
  });

  it('should be an error of clause V-3 under its own id', () => {
    expect([t3OutcomeBound.id, t3OutcomeBound.severity, t3OutcomeBound.clause]).toEqual(['t3-outcome-bound', 'error', 'V-3']);
  });
});

describe('t3-outcome-bound on 表三 run together as a crawler saves it (seed 000, tests/fixtures/crawler)', () => {
  const CRAWLED = readFileSync(path.join(import.meta.dirname, '../../fixtures/crawler/seed-000.txt'), 'utf8');
  /** seed 000's （一）予以公开 row, printed 4000004 (一 is 5 1 0 0 0 0 6), as `run` */
  const granted000 = (run: string) => {
    const printed = '（一）予以公开4000004';
    expect(CRAWLED).toContain(printed);
    return findingsOn('t3-outcome-bound', CRAWLED.replace(printed, `（一）予以公开${run}`));
  };

  it('should say an outcome run together is over its bound when every split of it is', () => {
    // 8 digits for 7 cells: 自然人 reads 9 or 90, both over 5 + 0
    expect(granted000('90000090').map(([code, severity]) => [code, severity])).toEqual([['every-reading', 'error']]);
    const [f] = checkText(CRAWLED.replace('（一）予以公开4000004', '（一）予以公开90000090'), 'seed-000.txt').findings.filter(
      (x) => x.rule === 't3-outcome-bound',
    );
    expect(f!.cells).toEqual(['requests.granted.natural', 'requests.newReceived.natural', 'requests.carriedOver.natural']);
    expect(renderFinding(f!)).toBe(
      '表三（一）予以公开·自然人：（一）予以公开印为“90000090”，无论按哪种拆法都不相符：（一）予以公开 > 一+二：9 > 5+0 = 5；90 > 5+0 = 5',
    );
    expect(renderFinding(f!, 'en')).toMatch(/^Table 3 \(1\) disclosed, natural persons: /);
  });

  it('should say nothing when a split of the run stays within the bound', () => {
    // 40000014: 自然人 4, under 5 + 0 whichever way the rest is cut
    expect(granted000('40000014')).toEqual([]);
  });
});
