import { describe, expect, it } from 'vitest';
import type { Term } from '../../../../lib/model/finding';
import type { CellReading } from '../../../../lib/model/types';
import { proveViolated } from '../../../../lib/rules/helpers/prove-violated';
import type { ReadingIndex } from '../../../../lib/rules/helpers/reading-index';

/** A read figure of 表三, and an unread one whose reading is given at its place. */
const read = (path: string, value: number): Term => ({ path, value, label: { zh: path, en: path } });
const unread = (path: string): Term => ({ path, value: null, label: { zh: path, en: path }, unread: true });

/** The index of one reading over `cells` (each cell at its place in them). */
const indexOf = (reading: CellReading): ReadingIndex => new Map(reading.cells.map((path, at) => [path, { reading, at }]));

describe('proveViolated', () => {
  it('should prove nothing where one listed reading gives a mark ("/") for an operand, though every other reading fails', () => {
    // 一 printed "7" or "/" (a mark, no figure): under the mark the check cannot be made, so it is no failure
    const reading: CellReading = { cells: ['requests.granted.natural'], options: [[null], [7]], printed: '7/' };
    expect(proveViolated('sum', [unread('requests.granted.natural')], [read('requests.granted.total', 5)], indexOf(reading))).toBeNull();
    // the same reading without the mark: 7 ≠ 5 under every reading
    const figures: CellReading = { ...reading, options: [[9], [7]] };
    expect(proveViolated('sum', [unread('requests.granted.natural')], [read('requests.granted.total', 5)], indexOf(figures))).toMatchObject({
      kind: 'every-reading',
      count: 2,
    });
  });

  it('should bound no operand whose readings include a mark, where the readings are too unlikely to try one by one', () => {
    // every option at odds below LEAST_ODDS: no way is tried, so the bounds decide; "/" among them bounds nothing
    const cells = ['requests.carriedOver.natural'];
    const marked: CellReading = { cells, options: [[null], [3]], odds: [1e-5, 1e-5], printed: '3' };
    const outcome = read('requests.granted.natural', 10);
    expect(proveViolated('at-most', [outcome], [unread(cells[0]!)], indexOf(marked))).toBeNull();
    // figures only: 10 > 3 at the most, proven by the bound
    const figures: CellReading = { ...marked, options: [[2], [3]] };
    expect(proveViolated('at-most', [outcome], [unread(cells[0]!)], indexOf(figures))).toMatchObject({ kind: 'range' });
  });

  it('should take a row’s unbalanced own 总计 as proof of a sum only, never of a bound (at-most)', () => {
    const cells = ['a', 'b', 'c', 'd', 'e', 'f', 'total'].map((c) => `requests.granted.${c}`);
    const reading: CellReading = {
      cells,
      options: null,
      printed: '1234567123456712345671',
      unbalanced: { sums: [{ of: [0, 1, 2, 3, 4, 5], total: 6 }], samples: [[1, 2, 3, 4, 5671, 2345671, 2345671]] },
    };
    const parts = cells.slice(0, 6).map(unread);
    const total = [unread(cells[6]!)];
    expect(proveViolated('sum', parts, total, indexOf(reading))).toMatchObject({ kind: 'every-reading', count: null });
    // Σparts ≤ 总计 may well hold where Σparts = 总计 never does: nothing proven
    expect(proveViolated('at-most', parts, total, indexOf(reading))).toBeNull();
  });
  it('should leave a check with no figure unread to checkSum, though it plainly fails (7 ≠ 5)', () => {
    // proveViolated proves what holds under every reading of the unread figures; with none there is nothing to prove
    expect(proveViolated('sum', [read('requests.granted.natural', 7)], [read('requests.granted.total', 5)], new Map())).toBeNull();
  });

  it('should prove nothing where a read operand is blank, though every reading of the unread one fails', () => {
    // 一·自然人 unread (9 or 7), 一·总计 blank: a blank is no figure, so the sum cannot be made (total-blank says so)
    const reading: CellReading = { cells: ['requests.granted.natural'], options: [[9], [7]], printed: '7' };
    const blank: Term = { path: 'requests.granted.total', value: null, label: { zh: '', en: '' } };
    expect(proveViolated('sum', [unread('requests.granted.natural')], [blank], indexOf(reading))).toBeNull();
    // the same with 一·总计 printed 5: 9 ≠ 5 and 7 ≠ 5
    expect(proveViolated('sum', [unread('requests.granted.natural')], [read('requests.granted.total', 5)], indexOf(reading))).toMatchObject({
      kind: 'every-reading',
    });
    // readings too unlikely to try one by one, so bounds decide: a blank bounds nothing either
    const unlikely: CellReading = { ...reading, odds: [1e-5, 1e-5] };
    expect(proveViolated('sum', [unread('requests.granted.natural')], [blank], indexOf(unlikely))).toBeNull();
    // a blank addend beside 7 or 9 against a 总计 of 5: the parts' least (7) already passes 5, yet a blank is not 0
    const total = read('requests.granted.total', 5);
    const blankPart: Term = { path: 'requests.granted.legal', value: null, label: { zh: '', en: '' } };
    expect(proveViolated('sum', [unread('requests.granted.natural'), blankPart], [total], indexOf(unlikely))).toBeNull();
    expect(proveViolated('sum', [unread('requests.granted.natural')], [read('requests.granted.total', 5)], indexOf(unlikely))).toMatchObject({
      kind: 'range',
    });
  });
});
