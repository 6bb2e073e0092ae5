import { describe, expect, it } from 'vitest';
import { decodeRequests } from '../../../../lib/extract/text/decode-rows';
import { freeSlots, REVIEW_SLOTS, ROW_SLOTS, splitRun } from '../../../../lib/extract/text/split-run';

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

describe('splitRun: what a run may hold (the lexer)', () => {
  const feeRow = [{ kind: 'count' }, { kind: 'amount' }] as const;
  const changeRow = [{ kind: 'count' }, { kind: 'signed' }, { kind: 'count' }] as const;

  // 平潭 2024 公安局's 部分公开 row `10 0 0 0 01` with its second cell printed as a not-applicable mark
  it.each(['——', '–––', '--', '－－', '/', '\\'])('should take a mark of any length (%j) for one cell', (mark) => {
    expect(rowsOf(`1 ${mark} 0 0 0 0 1`, ROW_SLOTS)).toEqual([`1|${mark.normalize('NFKC')}|0|0|0|0|1`]);
  });

  it('should count a mark as one cell, not as its dashes, against the 总计 its row closes with', () => {
    // six addends of at most one digit each against 总计 5: the mark fills one of them
    expect(rowsOf('—— 0 0 0 0 5 5', ROW_SLOTS)).toEqual(['——|0|0|0|0|5|5']);
  });

  it('should refuse a run with a word in it, even one next to a mark', () => {
    expect(rowsOf('1 件/ 0 0 0 1', ROW_SLOTS)).toEqual([]);
    expect(splitRun('12件3', ROW_SLOTS)).toEqual({ splits: [], truncated: false, steps: 0 });
  });

  it('should read a row with no figure, or for no cell, as no split', () => {
    expect(splitRun('  ', ROW_SLOTS)).toEqual({ splits: [], truncated: false, steps: 0 });
    expect(rowsOf('1', [])).toEqual([]);
  });

  it('should take a zero-width space for a cell boundary, like any space', () => {
    // '2 120' (split-run.test.ts) with the crawler's U+200B for the space: 21|2|0 would cross it
    expect(rowsOf('2\u200b120', counts(3))).toEqual(['2|1|20', '2|12|0']);
  });

  it('should read a 2019 本年增/减 of several digits as one signed cell, and a sign only where a number starts', () => {
    // 2019 平潭交通与建设局 行政许可 `8801` (上一年项目数量, 本年增/减, 处理决定数量) printed with its signs
    expect(rowsOf('88 -12 76', changeRow)).toEqual(['88|-12|76']);
    expect(rowsOf('-8 12', [{ kind: 'signed' }, { kind: 'count' }])).toEqual(['-8|12']);
    // after a mark: `/+3` is not applicable then plus three
    expect(rowsOf('/+3 5', changeRow)).toEqual(['/|+3|5']);
    // inside a digit run a dash is a mark between two cells, with or without a space elsewhere in the run
    expect(rowsOf('12-8', counts(3))).toEqual(['12|-|8']);
    expect(rowsOf('5 12-8', counts(4))).toEqual(['5|12|-|8']);
    // a signed figure is no count
    expect(rowsOf('5 -8 1', counts(3))).toEqual([]);
    // with no arithmetic (freeSlots) a signed cell stays signed: only a 总计 becomes a count
    expect(rowsOf('88 -8 1', freeSlots(changeRow))).toEqual(['88|-8|1']);
  });

  it('should give both readings of a dash glued to a figure where the row has a signed cell, and run a sign’s digits on', () => {
    // 行政许可 88, 5 fewer, 1 decision, as a crawler runs it together: 88|-5|1, or 88, not applicable, 51
    expect(rowsOf('88-51', changeRow).sort()).toEqual(['88|-5|1', '88|-|51']);
    // a plus is never a mark
    expect(rowsOf('88+51', changeRow)).toEqual(['88|+5|1']);
    // after a space the dash is a sign, its digits may still run into the next cell
    expect(rowsOf('88 -51', changeRow)).toEqual(['88|-5|1']);
    expect(rowsOf('88 -0 1', changeRow)).toEqual(['88|-0|1']);
    expect(rowsOf('88 -01', changeRow)).toEqual(['88|-0|1']);
    // no leading zero after a sign either: -05 is -0 and 5, one figure too many for the row
    expect(rowsOf('88 -05 1', changeRow)).toEqual([]);
    // a row with no signed cell keeps the dash a mark
    expect(rowsOf('88-51', counts(3))).toEqual(['88|-|51']);
  });

  it('should read a dash glued before a 总计 in a row with no signed cell as a spaced mark: the 总计 still bounds its addends', () => {
    // issue 8's 15130000154 with its 总计 after a mark: no addend may exceed 154, glued or spaced
    expect(rowsOf('15130000-154', ROW_SLOTS)).toEqual(['15|130|0|0|0|-|154']);
    expect(rowsOf('15130000 - 154', ROW_SLOTS)).toEqual(['15|130|0|0|0|-|154']);
  });

  it('should read the amount of 政府集中采购 with or without its unit, or a mark for it, and a unit nowhere else', () => {
    // 2019 平潭交通与建设局 `547.9659万元` (split-run.test.ts), its unit dropped, or in 元
    expect(rowsOf('547.9659', feeRow)).toEqual(['5|47.9659', '54|7.9659']);
    expect(rowsOf('12 1234567890.12元', feeRow)).toEqual(['12|1234567890.12元']);
    expect(rowsOf('/ 5万元', feeRow)).toEqual(['/|5万元']);
    expect(rowsOf('5 /', feeRow)).toEqual(['5|/']);
    // a unit that does not end the run, or on a row with no amount, makes it no row
    expect(rowsOf('12元 5', feeRow)).toEqual([]);
    expect(rowsOf('15元x', feeRow)).toEqual([]);
    expect(rowsOf('3 5元', counts(2))).toEqual([]);
  });

  it('should leave a 总计 with a mark among its addends, or printed as a mark, unchecked', () => {
    expect(rowsOf('1 / 0 0 0 0 2', ROW_SLOTS)).toEqual(['1|/|0|0|0|0|2']);
    expect(rowsOf('1 0 0 0 0 0 /', ROW_SLOTS)).toEqual(['1|0|0|0|0|0|/']);
  });
});

describe('splitRun: the search’s cost (steps counted; the pruning is kept)', () => {
  // the step counts of the search as written; a cut pruning rule makes them grow (by tens to thousands)
  it.each([
    ['15130000154', ROW_SLOTS, 86], // issue 8's row
    ['15130000153', ROW_SLOTS, 82], // issue 15's row: no split adds up, the search ends
    ['14710000148', ROW_SLOTS, 86],
    ['000003001410001', REVIEW_SLOTS, 158], // 2023 平潭社会事业局 表四
    ['100000000000000', REVIEW_SLOTS, 29], // 2024 平潭行政审批局 表四
    ['15130000154', freeSlots(ROW_SLOTS), 360],
    ['1 0 0 0 0 0 0 10', freeSlots(ROW_SLOTS), 1], // seed 002's （七）总计: eight figures for seven cells, refused at once
    ['12 0 0 0 0 0 1', freeSlots(ROW_SLOTS), 9], // its first figure cut in two leaves more figures than cells
  ] as const)('should split %j in at most its steps', (run, slots, steps) => {
    expect(splitRun(run, slots).steps).toBeLessThanOrEqual(steps);
  });

  it('should stop at its step budget and say that more splits may exist', () => {
    // 22 digits in table 四's 15 cells with no 总计 to check: over 100 000 splits, more steps than the budget
    const r = splitRun('1'.repeat(22), freeSlots(REVIEW_SLOTS), 1_000_000);
    expect(r).toMatchObject({ truncated: true, steps: 200_001 });
    expect(r.splits.length).toBeGreaterThan(1000);
  });
});
