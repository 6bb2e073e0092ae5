import { describe, expect, it } from 'vitest';
import { decodeByDigits, decodeRequests, decodeReview } from '../../../../lib/extract/text/decode-rows';

/**
 * decodeRows on runs as crawlers print them (figures run together, or a figure printed with a space inside,
 * as seed 002's “1 0”), each a minimal edit of a real row: what each way of deciding a row leaves behind.
 */
const COUNTS = [{ kind: 'count' }, { kind: 'count' }, { kind: 'count' }] as const;
const ZEROS = '0 0 0 0 0 0 0';

describe('decodeReview: table 四’s one run', () => {
  it('should leave every group open when too many splits add up to list (22111135 three times, glued)', () => {
    // each group's digits 22111135 split several ways that add up (22|1|1|11|35, 2|21|1|11|35, …): more fits than the 64 listed
    const run = '221111352211113522111135';
    const rows = decodeReview(run);
    expect(rows.map((r) => r.key)).toEqual(['reconsideration', 'litigationDirect', 'litigationAfterReconsideration']);
    expect(rows.every((r) => r.cells === null && r.how === null && r.options === null)).toBe(true);
  });

  it('should read every group by the digits alone when they allow one split, and list nothing', () => {
    const run = '000003001410001';
    expect(decodeReview(run)).toEqual([
      { key: 'reconsideration', run, cells: ['0', '0', '0', '0', '0'], how: 'digits', candidates: [] },
      { key: 'litigationDirect', run, cells: ['3', '0', '0', '1', '4'], how: 'digits', candidates: [] },
      { key: 'litigationAfterReconsideration', run, cells: ['1', '0', '0', '0', '1'], how: 'digits', candidates: [] },
    ]);
  });

  it('should read the groups their totals decide and leave open the one they do not, with the splits that keep the read ones', () => {
    // 2|1|3|1|7 and 0|0|0|0|0 add up one way only; 1110012 is 1|1|10|0|12, 1|11|0|0|12 or 11|1|0|0|12
    const run = '21317000001110012';
    const [review, direct, after] = decodeReview(run);
    expect(review).toEqual({ key: 'reconsideration', run, cells: ['2', '1', '3', '1', '7'], how: 'row-total', candidates: [] });
    expect(direct).toEqual({ key: 'litigationDirect', run, cells: ['0', '0', '0', '0', '0'], how: 'row-total', candidates: [] });
    expect(after).toMatchObject({ cells: null, how: null });
    expect(after!.candidates).toEqual([
      ['1', '1', '10', '0', '12'],
      ['1', '11', '0', '0', '12'],
      ['11', '1', '0', '0', '12'],
    ]);
    // every split the digits allow that gives the two read groups their cells, whatever its own total
    expect(after!.options).toHaveLength(7);
    expect(after!.options!.every((s) => s.slice(0, 10).join('|') === '2|1|3|1|7|0|0|0|0|0')).toBe(true);
    expect(after!.unbalanced).toBeUndefined();
  });

  it('should keep every split of a run none of which adds up, and no sample of unbalanced splits, when they are few enough to list', () => {
    // sixteen 1s: fifteen cells, one of them 11, and no group's 总计 the sum of its four (1+1+1+1 is no 1 nor 11)
    const run = '1111111111111111';
    const groups = decodeReview(run);
    expect(groups.map((g) => [g.cells, g.candidates, g.options?.length, g.unbalanced])).toEqual([
      [null, [], 15, undefined],
      [null, [], 15, undefined],
      [null, [], 15, undefined],
    ]);
  });

  it('should read nothing of a run too short for fifteen cells (no split at all)', () => {
    expect(decodeReview('12345').map((g) => [g.cells, g.options])).toEqual([
      [null, []],
      [null, []],
      [null, []],
    ]);
  });
});

describe('decodeByDigits: a row of table 二', () => {
  it('should read a row whose digits allow one split, and list nothing', () => {
    expect(decodeByDigits('normativeDocuments', '005', COUNTS)).toEqual({
      key: 'normativeDocuments',
      run: '005',
      cells: ['0', '0', '5'],
      how: 'digits',
      candidates: [],
    });
  });
});

describe('decodeRequests: how a row was read, and what is left listed', () => {
  it('should list nothing beside a row read by its digits or its 总计', () => {
    expect(decodeRequests([{ key: 'granted', run: '1000002' }], ['granted'])[0]).toEqual({
      key: 'granted',
      run: '1000002',
      cells: ['1', '0', '0', '0', '0', '0', '2'],
      how: 'digits',
      candidates: [],
    });
    expect(decodeRequests([{ key: 'granted', run: '15130000154' }], ['granted'])[0]).toEqual({
      key: 'granted',
      run: '15130000154',
      cells: ['151', '3', '0', '0', '0', '0', '154'],
      how: 'row-total',
      candidates: [],
    });
    // seed 002's （七）总计 with its “1 0”, and a join its 总计 alone decides
    expect(decodeRequests([{ key: 'totalProcessed', run: '1 0 0 0 0 0 0 10' }], ['granted'])[0]?.candidates).toEqual([]);
    expect(decodeRequests([{ key: 'granted', run: '1 2 3 0 0 0 0 15' }], ['granted'])[0]?.candidates).toEqual([]);
  });

  it('should let the columns choose among the joins that fit a row’s 总计 (1 1 1 … 12: 11|1, 1|11 or 1|1|10)', () => {
    const rows = [
      { key: 'newReceived', run: '11 1 0 0 0 0 12' },
      { key: 'carriedOver', run: ZEROS },
      { key: 'granted', run: '1 1 1 0 0 0 0 12' },
      { key: 'totalProcessed', run: '11 1 0 0 0 0 12' },
      { key: 'carriedForward', run: ZEROS },
    ];
    expect(decodeRequests(rows, ['granted'])[2]).toEqual({
      key: 'granted',
      run: '1 1 1 0 0 0 0 12',
      cells: ['1 1', '1', '0', '0', '0', '0', '12'],
      how: 'columns',
      candidates: [],
    });
  });

  it('should list the first six joins of a row none of whose joins fits its 总计, and keep all of them for the rules', () => {
    const [row] = decodeRequests([{ key: 'granted', run: '1 1 1 1 1 1 1 1' }], ['granted']);
    expect(row).toMatchObject({ cells: null, how: null });
    expect(row!.candidates).toHaveLength(6);
    expect(row!.options).toHaveLength(7);
    expect(row!.options!.slice(0, 6)).toEqual(row!.candidates);
  });

  it('should list only the joins that fit a row’s 总计 when several do (2 1 1 … 13: 2|11 and 2|1|10, not 21|1)', () => {
    const [row] = decodeRequests([{ key: 'granted', run: '2 1 1 0 0 0 0 13' }], ['granted']);
    expect(row).toMatchObject({ cells: null, how: null });
    expect(row!.candidates.map((c) => c.join('|'))).toEqual(['2|1 1|0|0|0|0|13', '2|1|1 0|0|0|0|13']);
  });

  it('should decide two open rows together: （七） by 予以公开 (T3-C), 本年新收 by （七） (T3-A)', () => {
    const rows = [
      { key: 'newReceived', run: '110000011' },
      { key: 'carriedOver', run: ZEROS },
      { key: 'granted', run: '11 0 0 0 0 0 11' },
      { key: 'totalProcessed', run: '110000011' },
      { key: 'carriedForward', run: ZEROS },
    ];
    const got = decodeRequests(rows, ['granted']);
    expect([got[0], got[3]].map((r) => [r?.cells?.join('|'), r?.how])).toEqual([
      ['11|0|0|0|0|0|11', 'columns'],
      ['11|0|0|0|0|0|11', 'columns'],
    ]);
  });

  describe('a column is checked only where all its figures are read', () => {
    // 予以公开 121000013 is 1|2|10|0|0|0|13 or 12|1|0|0|0|0|13; （七） printed apart says 12 natural persons;
    // one application carried over and one carried forward: 12 + 1 = 12 + 1 (T3-A)
    const base = {
      newReceived: '12 1 0 0 0 0 13',
      carriedOver: '1 0 0 0 0 0 1',
      granted: '121000013',
      totalProcessed: '12 1 0 0 0 0 13',
      carriedForward: '1 0 0 0 0 0 1',
    };
    const granted = (drop: string | null, outcomes = ['granted']) =>
      decodeRequests(
        Object.entries(base)
          .filter(([k]) => k !== drop)
          .map(([key, run]) => ({ key, run })),
        outcomes,
      ).find((r) => r.key === 'granted')!;

    it.each([null, 'newReceived', 'carriedOver', 'carriedForward'])('should let （七） decide 予以公开 when %s is not read (T3-A not checked)', (drop) => {
      expect(granted(drop)).toMatchObject({ cells: ['12', '1', '0', '0', '0', '0', '13'], how: 'columns' });
    });

    it('should let （七） decide 予以公开 when 四 prints nine figures for seven cells (no split at all: T3-A not checked)', () => {
      // the unread 四 offers the columns nothing to try, and so takes no part in choosing: T3-C still decides
      const rows = decodeRequests(
        Object.entries({ ...base, carriedForward: '1 0 0 0 0 0 0 0 1' }).map(([key, run]) => ({ key, run })),
        ['granted'],
      );
      expect(rows.find((r) => r.key === 'carriedForward')).toMatchObject({ cells: null, how: null, candidates: [] });
      expect(rows.find((r) => r.key === 'granted')).toMatchObject({ cells: ['12', '1', '0', '0', '0', '0', '13'], how: 'columns' });
    });

    it('should leave 予以公开 open when another outcome row is not read (T3-C not checked), both splits listed', () => {
      const open = granted(null, ['granted', 'partial']);
      expect(open).toMatchObject({ cells: null, how: null });
      expect(open.candidates.map((c) => c.join('|')).sort()).toEqual(['12|1|0|0|0|0|13', '1|2|10|0|0|0|13']);
    });

    it('should keep both splits listed when none lets the columns balance', () => {
      const open = decodeRequests(
        [
          { key: 'granted', run: '121000013' },
          { key: 'totalProcessed', run: '13 0 0 0 0 0 13' },
        ],
        ['granted'],
      )[0]!;
      expect(open.cells).toBeNull();
      expect(open.candidates.map((c) => c.join('|')).sort()).toEqual(['12|1|0|0|0|0|13', '1|2|10|0|0|0|13']);
    });
  });
});

describe('decodeRequests: rows their 总计 cannot read, and what they list', () => {
  // issue 8's rows (`15130000154`, `121000013`) with one figure edited, as a misprint would
  const one = (run: string) => decodeRequests([{ key: 'granted', run }], ['granted'])[0]!;

  it('should never join a space into a figure when the digits already allow splits (12 0 … 12 is no `2 0`)', () => {
    const row = one('12 0 0 0 0 12');
    expect(row).toMatchObject({ cells: null, how: null });
    expect(row.candidates).toEqual([
      ['1', '2', '0', '0', '0', '0', '12'],
      ['12', '0', '0', '0', '0', '1', '2'],
    ]);
  });

  it('should list every split of a row none of which adds up, and say `more` only when they are more than six', () => {
    // 12 0 0 0 0 13: two splits, none adds up to 13
    expect(one('12 0 0 0 0 13')).toEqual({
      key: 'granted',
      run: '12 0 0 0 0 13',
      cells: null,
      how: null,
      candidates: [
        ['1', '2', '0', '0', '0', '0', '13'],
        ['12', '0', '0', '0', '0', '1', '3'],
      ],
      options: [
        ['1', '2', '0', '0', '0', '0', '13'],
        ['12', '0', '0', '0', '0', '1', '3'],
      ],
    });
    // exactly six: all listed
    const six = one('1210 0 0 0 14');
    expect([six.options?.length, six.candidates.length, six.more]).toEqual([6, 6, undefined]);
    // seven: six listed, and said
    const seven = one('121000014');
    expect([seven.options?.length, seven.candidates.length, seven.more]).toEqual([7, 6, true]);
  });

  it('should list no split of a row whose splits that fit its 总计 are too many for the search, but keep every split', () => {
    // 法人's first column a mark: the 总计 cannot be checked, so more than 64 splits fit
    const row = one('/ 1111111111111 999999');
    expect(row).toMatchObject({ cells: null, how: null, candidates: [] });
    expect(row.options).toHaveLength(1750);
  });

  it('should not check T3-A in a column whose （七）总计 is unread, even when the other rows would pick a split', () => {
    // 本年新收 `121000013` fits its 总计 two ways; （七） `15130000153` (issue 15) fits none and is unread; 结转下年度
    // happens to print one of the two splits: without （七） nothing says which, so the row stays open
    const rows = decodeRequests(
      [
        { key: 'newReceived', run: '121000013' },
        { key: 'carriedOver', run: '0 0 0 0 0 0 0' },
        { key: 'granted', run: '1 2 10 0 0 0 13' },
        { key: 'totalProcessed', run: '15130000153' },
        { key: 'carriedForward', run: '1 2 10 0 0 0 13' },
      ],
      ['granted'],
    );
    expect(rows[0]).toMatchObject({ cells: null, how: null });
    expect(rows[0]!.candidates).toEqual([
      ['1', '2', '10', '0', '0', '0', '13'],
      ['12', '1', '0', '0', '0', '0', '13'],
    ]);
  });
});

describe('decodeRequests: the columns decide where （七）总计 prints a mark', () => {
  it('should check T3-C in the columns （七） prints figures in, and not in the one it marks', () => {
    // 予以公开 `121000013` fits its 总计 as 1|2|10|0|0|0|13 or 12|1|0|0|0|0|13; （七） prints 12 for 自然人 and a
    // mark for 商业企业: 自然人 decides the row
    const [granted] = decodeRequests(
      [
        { key: 'granted', run: '121000013' },
        { key: 'totalProcessed', run: '12 / 0 0 0 0 13' },
      ],
      ['granted'],
    );
    expect(granted).toMatchObject({ cells: ['12', '1', '0', '0', '0', '0', '13'], how: 'columns', candidates: [] });
  });
});
