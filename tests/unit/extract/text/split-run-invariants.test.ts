import { describe, expect, it } from 'vitest';
import { freeSlots, ROW_SLOTS, splitRun } from '../../../../lib/extract/text/split-run';

/** Issue 19 part 7: the split-run invariants whose removal the older tests did not notice. */
const rowsOf = (run: string, slots: Parameters<typeof splitRun>[1]) => splitRun(run, slots).splits.map((s) => s.join('|'));
const counts = (n: number) => freeSlots(Array.from({ length: n }, () => ({ kind: 'count' }) as const));

describe('splitRun invariants', () => {
  it('should never read a 总计 that starts with 0 (01 is not a total)', () => {
    // 1|0|0|0|0|0 with 总计 01 would balance; with 总计 1 the seven digits left cannot fill six cells
    expect(rowsOf('10000001', ROW_SLOTS)).toEqual([]);
    expect(rowsOf('1000001', ROW_SLOTS)).toEqual(['1|0|0|0|0|0|1']);
  });

  it('should never start an addend with 0 unless it is 0', () => {
    expect(rowsOf('105', counts(2))).toEqual(['10|5']);
    expect(rowsOf('1005', counts(3))).toEqual(['10|0|5']);
  });
});
