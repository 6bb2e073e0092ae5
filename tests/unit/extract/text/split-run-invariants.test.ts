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

  it('should never start an amount with 0 unless it is 0 (05.5 is not an amount, 0.5 is)', () => {
    // 表二's fee row run together: a count then the amount in 万元 (the third place a cell may start)
    const feeRow = [{ kind: 'count' }, { kind: 'amount' }] as const;
    expect(rowsOf('105.5万元', feeRow)).toEqual(['10|5.5万元']);
    expect(rowsOf('10.5万元', feeRow)).toEqual(['1|0.5万元']);
    expect(rowsOf('100', feeRow)).toEqual(['10|0']);
  });

  it('should never make a cell of more than seven digits', () => {
    // 9,999,999 applications is the most a count holds; an eighth digit starts another cell
    expect(rowsOf('1234567 1', counts(2))).toEqual(['1234567|1']);
    expect(rowsOf('12345678 1', counts(2))).toEqual([]);
    expect(rowsOf('1234567', counts(1))).toEqual(['1234567']);
    expect(rowsOf('12345678', counts(1))).toEqual([]);
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
