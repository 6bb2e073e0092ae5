import { describe, expect, it } from 'vitest';
import { decodeRequests } from '../../../../lib/extract/text/decode-rows';
import { readingOf } from '../../../../lib/extract/text/reading-of';
import { spacedSplits } from '../../../../lib/extract/text/spaced-figure';
import { freeSlots, ROW_SLOTS } from '../../../../lib/extract/text/split-run';

// seed 002 (北京市密云区商务局 2023): its （七）总计 row prints 自然人 as “1 0”, so the crawler text
// (tests/fixtures/crawler/seed-002.txt) holds eight figures for seven cells
const SEED_002_TOTAL = '1 0 0 0 0 0 0 10';

describe('spacedSplits: one figure printed with a space inside', () => {
  it('should join a figure printed with two spaces, or after a mark, at its digits', () => {
    expect(spacedSplits('1  0 0 0 0 0 0 10', freeSlots(ROW_SLOTS)).splits).toEqual([['1  0', '0', '0', '0', '0', '0', '10']]);
    // 法人's first column printed as a mark: the join still falls inside 自然人's 1 0
    expect(spacedSplits('/ 1 0 0 0 0 0 10', freeSlots(ROW_SLOTS)).splits).toEqual([['/', '1 0', '0', '0', '0', '0', '10']]);
  });

  it('should say when a search it made stopped at its limit', () => {
    expect(spacedSplits(SEED_002_TOTAL, freeSlots(ROW_SLOTS), 1)).toEqual({ splits: [['1 0', '0', '0', '0', '0', '0', '10']], truncated: true });
  });

  it('should not list a split whose join falls between two cells (splitRun’s own, with every space a boundary)', () => {
    // `1 23` in three cells: joined, 1|2|3 only, with the join between 1 and 2
    expect(spacedSplits('1 23', [{ kind: 'count' }, { kind: 'count' }, { kind: 'count' }])).toEqual({ splits: [], truncated: false });
  });

  it('should join the one space whose figures make a cell, and keep the cell as printed', () => {
    expect(spacedSplits(SEED_002_TOTAL, freeSlots(ROW_SLOTS))).toEqual({ splits: [['1 0', '0', '0', '0', '0', '0', '10']], truncated: false });
  });

  it('should never join into a figure that starts with 0 (0 10, 0 0)', () => {
    // eight figures whose only joins would start with 0: no split at all
    expect(spacedSplits('0 0 0 0 0 0 0 10', freeSlots(ROW_SLOTS)).splits).toEqual([]);
  });

  it('should list every join the digits allow when more than one does', () => {
    expect(spacedSplits('2 0 0 0 0 0 2 0', freeSlots(ROW_SLOTS)).splits).toEqual([
      ['2 0', '0', '0', '0', '0', '2', '0'],
      ['2', '0', '0', '0', '0', '0', '2 0'],
    ]);
  });

  it('should join one space only: two spaced figures are no split', () => {
    expect(spacedSplits('1 0 0 0 0 0 0 1 0 20', freeSlots(ROW_SLOTS)).splits).toEqual([]);
  });
});

describe('decodeRequests on a row with more figures than cells', () => {
  it('should read seed 002’s （七）总计 by its one possible join, not drop the row', () => {
    const [row] = decodeRequests([{ key: 'totalProcessed', run: SEED_002_TOTAL }], ['granted']);
    expect(row).toMatchObject({ cells: ['1 0', '0', '0', '0', '0', '0', '10'], how: 'digits' });
  });

  it('should pick among several joins the one whose 总计 equals its columns', () => {
    // 20|0|0|0|0|2|0 does not add up; 2|0|0|0|0|0|20 neither; 2|0|0|0|0|0|2 0 → total 20 ≠ 2
    const [none] = decodeRequests([{ key: 'granted', run: '2 0 0 0 0 0 2 0' }], ['granted']);
    expect(none).toMatchObject({ cells: null, how: null });
    expect(none!.options).toHaveLength(2);
    // 1 2|3|0|0|0|0|15: 12+3 = 15, the other join 1|23|…|15 does not add up
    const [one] = decodeRequests([{ key: 'granted', run: '1 2 3 0 0 0 0 15' }], ['granted']);
    expect(one).toMatchObject({ cells: ['1 2', '3', '0', '0', '0', '0', '15'], how: 'row-total' });
  });

  it('should give the rules the joined figures as numbers', () => {
    const reading = readingOf(['a', 'b'], '2 0 0 0 0 0 2 0', [
      ['2 0', '0'],
      ['2', '0'],
    ]);
    expect(reading.options).toEqual([
      [20, 0],
      [2, 0],
    ]);
  });
});
