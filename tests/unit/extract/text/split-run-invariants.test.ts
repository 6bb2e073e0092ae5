import { describe, expect, it } from 'vitest';
import { decodeRequests } from '../../../../lib/extract/text/decode-rows';
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

describe('decodeRequests: T3-C decides a row the digits and its 总计 leave open', () => {
  // 予以公开 printed 121000013: 1|2|10|0|0|0|13 and 12|1|0|0|0|0|13 both add up to 13; T3-A does not
  // involve the row; only （七）总计 = its outcomes (here the one outcome row) tells them apart
  const decode = (processed: string) =>
    decodeRequests(
      [
        { key: 'newReceived', run: processed },
        { key: 'carriedOver', run: '0 0 0 0 0 0 0' },
        { key: 'granted', run: '121000013' },
        { key: 'totalProcessed', run: processed },
        { key: 'carriedForward', run: '0 0 0 0 0 0 0' },
      ],
      ['granted'],
    ).find((r) => r.key === 'granted')!;
  it('should take the split whose columns equal （七）', () => {
    expect(decode('12 1 0 0 0 0 13')).toMatchObject({ cells: ['12', '1', '0', '0', '0', '0', '13'], how: 'columns' });
    expect(decode('1 2 10 0 0 0 13')).toMatchObject({ cells: ['1', '2', '10', '0', '0', '0', '13'], how: 'columns' });
  });
  it('should read nothing when no split makes the columns balance', () => {
    expect(decode('13 0 0 0 0 0 13').cells).toBeNull();
  });
});
