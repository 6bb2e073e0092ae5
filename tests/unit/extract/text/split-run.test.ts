import { describe, expect, it } from 'vitest';
import { decodeByDigits, decodeRequests, decodeReview } from '../../../../lib/extract/text/decode-rows';
import { readingOf } from '../../../../lib/extract/text/reading-of';
import { freeSlots, REVIEW_SLOTS, ROW_SLOTS, splitRun } from '../../../../lib/extract/text/split-run';

const rowsOf = (splits: string[][]) => splits.map((s) => s.join('|'));

describe('splitRun: cutting run-together figures into cells', () => {
  it.each([
    // real rows (issue 8; tests/fixtures/corpus/text)
    ['15130000154', '151|3|0|0|0|0|154'],
    ['14710000148', '147|1|0|0|0|0|148'],
    ['280000028', '28|0|0|0|0|0|28'],
    ['10 0 0 0 01', '1|0|0|0|0|0|1'], // spaces are boundaries, not the only ones
    ['0 0 00 00 0', '0|0|0|0|0|0|0'],
    ['1/0/1', null], // five cells only
    ['1 / / 0 0 / 1', '1|/|/|0|0|/|1'],
  ])('should split %j by the digits and the row’s 总计 into %j', (run, want) => {
    expect(rowsOf(splitRun(run, ROW_SLOTS).splits)).toEqual(want === null ? [] : [want]);
  });

  it('should never start a cell with 0 unless it is 0, nor cross a mark or a space', () => {
    expect(splitRun('00000002', ROW_SLOTS).splits).toEqual([]);
    expect(rowsOf(splitRun('2 120', freeSlots([{ kind: 'count' }, { kind: 'count' }, { kind: 'count' }])).splits)).toEqual(['2|1|20', '2|12|0']);
  });

  it('should list every split the digits allow when nothing else decides', () => {
    expect(rowsOf(splitRun('2120', [{ kind: 'count' }, { kind: 'count' }, { kind: 'count' }]).splits)).toEqual(['2|1|20', '2|12|0', '21|2|0']);
    expect(rowsOf(splitRun('547.9659万元', [{ kind: 'count' }, { kind: 'amount' }]).splits)).toEqual(['5|47.9659万元', '54|7.9659万元']);
    expect(rowsOf(splitRun('88 -8 1', [{ kind: 'count' }, { kind: 'signed' }, { kind: 'count' }]).splits)).toEqual(['88|-8|1']);
  });

  it('should split table 四 by its three group totals', () => {
    expect(rowsOf(splitRun('000003001410001', REVIEW_SLOTS).splits)).toEqual(['0|0|0|0|0|3|0|0|1|4|1|0|0|0|1']);
    // 2024 平潭行政审批局: 维持 1 against 总计 0 balances no split, but 15 digits make 15 cells
    expect(splitRun('100000000000000', REVIEW_SLOTS).splits).toEqual([]);
    expect(splitRun('100000000000000', freeSlots(REVIEW_SLOTS), 2).splits).toHaveLength(1);
  });

  it('should refuse text that is not figures, and stop on a huge run without hanging', () => {
    expect(splitRun('12a34', ROW_SLOTS).splits).toEqual([]);
    // refused at once (5000 digits cannot fit seven cells of at most 7): one step per length of the 总计 tried
    expect(splitRun('1'.repeat(5000), ROW_SLOTS)).toEqual({ splits: [], truncated: false, steps: 7 });
  });
});

describe('decodeRequests: rows of table 三 read only where one split fits', () => {
  const shape = ['granted'];

  it('should let the columns decide a row its own 总计 cannot (T3-A, T3-C)', () => {
    // 110000011 is 1|10|0|0|0|0|11 or 11|0|0|0|0|0|11; (七)总计 and 予以公开, printed apart, say 11 natural persons
    const rows = [
      { key: 'newReceived', run: '110000011' },
      { key: 'carriedOver', run: '0000000' },
      { key: 'granted', run: '11 0 0 0 0 0 11' },
      { key: 'totalProcessed', run: '11 0 0 0 0 0 11' },
      { key: 'carriedForward', run: '0000000' },
    ];
    const got = decodeRequests(rows, shape);
    expect(got[0]).toMatchObject({ key: 'newReceived', cells: ['11', '0', '0', '0', '0', '0', '11'], how: 'columns' });
    expect(got.slice(1).map((r) => r.how)).toEqual(['digits', 'digits', 'digits', 'digits']);
  });

  it('should leave a row unread, with its candidate splits, when the table cannot decide', () => {
    const rows = [
      { key: 'newReceived', run: '110000011' },
      { key: 'carriedOver', run: '0000000' },
      { key: 'granted', run: '110000011' },
      { key: 'totalProcessed', run: '110000011' },
      { key: 'carriedForward', run: '0000000' },
    ];
    const got = decodeRequests(rows, shape);
    for (const r of [got[0]!, got[2]!, got[3]!]) {
      expect(r.cells).toBeNull();
      expect(rowsOf(r.candidates).sort()).toEqual(['11|0|0|0|0|0|11', '1|10|0|0|0|0|11']);
    }
  });

  it('should read a row whose digits allow one split even when its 总计 is wrong (the rules then report it)', () => {
    expect(decodeRequests([{ key: 'granted', run: '1000002' }], shape)[0]).toMatchObject({ cells: ['1', '0', '0', '0', '0', '0', '2'], how: 'digits' });
    expect(decodeRequests([{ key: 'granted', run: '12345630' }], shape)[0]).toMatchObject({ cells: null });
  });

  it('should read table 四 group by group, and table 二 rows only when the digits decide', () => {
    expect(decodeReview('000003001410001').map((g) => g.cells?.join('|'))).toEqual(['0|0|0|0|0', '3|0|0|1|4', '1|0|0|0|1']);
    expect(decodeByDigits('normativeDocuments', '005', [{ kind: 'count' }, { kind: 'count' }, { kind: 'count' }]).cells).toEqual(['0', '0', '5']);
    expect(decodeByDigits('normativeDocuments', '15621', [{ kind: 'count' }, { kind: 'count' }, { kind: 'count' }])).toMatchObject({
      cells: null,
      candidates: expect.arrayContaining([['15', '6', '21']]),
    });
    // every split listed: nothing more to say
    expect(decodeByDigits('normativeDocuments', '15621', [{ kind: 'count' }, { kind: 'count' }, { kind: 'count' }]).more).toBeUndefined();
    // seed 003's crawler 行政规范性文件 “37681316”: more splits than the six listed, and said so
    const cut = decodeByDigits('normativeDocuments', '37681316', [{ kind: 'count' }, { kind: 'count' }, { kind: 'count' }]);
    expect(cut).toMatchObject({ cells: null, more: true });
    expect(cut.candidates).toHaveLength(6);
  });
});

describe('what an unread row still allows (options, readingOf)', () => {
  it('should keep every split of a row no split fits (issue 15: 15130000153), the first six listed for people', () => {
    const [row] = decodeRequests([{ key: 'newReceived', run: '15130000153' }], ['granted']);
    expect(row).toMatchObject({ cells: null, how: null });
    expect(row!.options).toHaveLength(31);
    // listed for people nearest to adding up first: 151+3 = 154 ≠ 153 heads the list
    expect(row!.candidates[0]).toEqual(['151', '3', '0', '0', '0', '0', '153']);
    expect(row!.candidates).toHaveLength(6);
    expect(row!.options).toContainEqual(['151', '3', '0', '0', '0', '0', '153']);
    // the six are some of the 31 (said), and every split is listed: the rules try each, no sample stands for them
    expect(row!.more).toBe(true);
    expect(row!.unbalanced).toBeUndefined();
  });

  it('should keep for table 四’s open groups the splits of the whole run that give the read groups their cells', () => {
    // real 平潭综合实验区 2024 with 未经复议直接起诉·结果纠正 0 → 1: no split lets the three groups all add up
    const groups = decodeReview('21317010001324019');
    expect(groups.map((g) => g.cells)).toEqual([null, null, null]);
    expect(groups[0]!.options).toBe(groups[1]!.options);
    expect(groups[0]!.options).toContainEqual(['2', '1', '3', '1', '7', '0', '1', '0', '0', '0', '13', '2', '4', '0', '19']);
    // the consistent run: every group read, nothing left open
    expect(decodeReview('21317000001324019').map((g) => g.options)).toEqual([undefined, undefined, undefined]);
  });

  it('should turn the splits into values, marks into blanks, and say when the print allows nothing for sure', () => {
    const cells = ['a', 'b'];
    expect(readingOf(cells, '1/', [['1', '/']])).toEqual({ cells, options: [[1, null]], printed: '1/' });
    // splits that agree on these cells count once (table 四: the other groups' tokens are dropped)
    expect(
      readingOf(
        cells,
        '1234',
        [
          ['1', '2', '34'],
          ['1', '2', '3'],
        ],
        (s) => s.slice(0, 2),
      ).options,
    ).toEqual([[1, 2]]);
    expect(readingOf(cells, '', [])).toEqual({ cells, options: [[null, null]], printed: '' });
    expect(readingOf(cells, null, [])).toEqual({ cells, options: null, blank: true, printed: '' });
    expect(readingOf(cells, '12345', [])).toEqual({ cells, options: null, blank: true, printed: '12345' }); // too few figures for the cells
    expect(readingOf(cells, '9'.repeat(40), null)).toEqual({ cells, options: null, blank: false, printed: '9'.repeat(40) }); // too many splits
  });
});

describe('rows the arithmetic chose but a column refuses (distrustByColumns)', () => {
  it('should set aside a row whose one split fitting its 总计 is not what is printed, and keep every split', () => {
    // （一）予以公开 printed 12|4|0|0|0|0|25 (its 总计 wrong): 1|24|…|25 fits the row by chance, but （七） says 12 natural persons
    const rows = [
      { key: 'newReceived', run: '12 4 0 0 0 0 16' },
      { key: 'carriedOver', run: '0000000' },
      { key: 'granted', run: '1240000 25' },
      { key: 'totalProcessed', run: '12 4 0 0 0 0 16' },
      { key: 'carriedForward', run: '0000000' },
    ];
    const granted = decodeRequests(rows, ['granted'])[2]!;
    expect(granted).toMatchObject({ cells: null, how: null, distrusted: ['1', '24', '0', '0', '0', '0', '25'] });
    expect(granted.options).toContainEqual(['12', '4', '0', '0', '0', '0', '25']);
    // the same row printed right is read: its columns add up
    expect(decodeRequests([...rows.slice(0, 2), { key: 'granted', run: '1240000 16' }, ...rows.slice(3)], ['granted'])[2]).toMatchObject({
      cells: ['12', '4', '0', '0', '0', '0', '16'],
      how: 'row-total',
    });
  });

  it('should say when splits too many to list include none that adds up (the search on the 总计 tried them all)', () => {
    const [row] = decodeRequests([{ key: 'granted', run: '1234567123456712345671' }], ['granted']);
    expect(row).toMatchObject({ cells: null, options: null });
    expect(row!.unbalanced).toHaveLength(6);
    expect(decodeReview('12345671234567123456712345671').map((g) => [g.options, g.unbalanced?.length])).toEqual([
      [null, 6],
      [null, 6],
      [null, 6],
    ]);
  });
});
