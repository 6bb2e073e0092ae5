import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeRequests } from '../../../../lib/extract/text/decode-rows';
import { checkText } from '../../../../lib/pipeline';

// seed 003 (北京市通州区 2024) as a TRS portal's crawler saves it: every row of 表三 runs its figures
// together (tests/fixtures/crawler/seed-003.txt, provenance in tests/fixtures/README.md). Its （七）总计
// prints 2242|84|2|0|1|8|2337.
const SEED_003 = readFileSync(new URL('../../../fixtures/crawler/seed-003.txt', import.meta.url), 'utf8');
const PRINTED_TOTAL = '（七）总计22428420182337';
// 科研机构 misprinted 2 → 7: the row no longer adds up (2342 ≠ 2337), but another split of the same digits,
// 22|42|84|7|0|182|337, does — and puts numbers that are not printed in every column
const MUTANT = SEED_003.replace(PRINTED_TOTAL, '（七）总计22428470182337');

describe('distrustByColumns: the fewest rows that explain the failing columns', () => {
  it('should read the fixture as printed before the mutation', () => {
    expect(SEED_003).toContain(PRINTED_TOTAL);
    const { report } = checkText(SEED_003, 'seed-003.txt');
    expect(report.tables.requests?.totalProcessed?.research?.value).toBe(2);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('should set aside only the misread （七）总计, keeping the rows it made look wrong', () => {
    const { report } = checkText(MUTANT, 'seed-003-mutant.txt');
    const requests = report.tables.requests!;
    // the row whose split fit its 总计 by chance is not shown
    expect(Object.values(requests.totalProcessed ?? {}).every((c) => c.value === null)).toBe(true);
    // the rows the misread made fail in nearly every column stay read as printed (before: 8 were set aside)
    expect(requests.newReceived?.natural?.value).toBe(2240);
    expect(requests.carriedOver?.total?.value).toBe(132);
    expect(requests.partial?.total?.value).toBe(201);
    expect(requests.carriedForward?.total?.value).toBe(126);
  });

  it('should report the error that holds whichever way the （七）总计 digits are split (not a silent ?)', () => {
    const { report } = checkText(MUTANT, 'seed-003-mutant.txt');
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule)).toEqual(['t3-row-total']);
    expect(errors[0]!.cells).toContain('requests.totalProcessed.total');
    // no figure that is not printed is quoted: the misread split is never taken
    expect(JSON.stringify(report.tables.requests)).not.toContain('"value":182');
  });
});

/**
 * The rows of 表三 that T3-A (一 + 二 = （七） + 四) reads, decoded: 一 and 二 as given, 予以公开 printing what
 * （七）总计 prints (`processed`), 部分公开 all 0, 四 all 0 unless given.
 */
const t3aRows = (newReceived: string, carriedOver: string, processed: string, carriedForward = '0 0 0 0 0 0 0') =>
  decodeRequests(
    [
      { key: 'newReceived', run: newReceived },
      { key: 'carriedOver', run: carriedOver },
      { key: 'granted', run: processed },
      { key: 'partial', run: '0 0 0 0 0 0 0' },
      { key: 'totalProcessed', run: processed },
      { key: 'carriedForward', run: carriedForward },
    ],
    ['granted', 'partial'],
  );

describe('distrustByColumns: a row its own 总计 chose stays read when no other split of it mends a column', () => {
  // issue 8's 一、本年新收 `15130000154` (151|3|0|0|0|0|154 by its 总计) in a table whose 予以公开 and （七）总计
  // print 1|3|0|0|0|0|4: T3-A fails in columns 自然人 and 总计, and no other split of 一 gives 1 and 4 there
  const rows = t3aRows('15130000154', '0 0 0 0 0 0 0', '1 3 0 0 0 0 4');
  it('should keep the row read as its 总计 chose, so that the rules report the columns, not a ?', () => {
    expect(rows.find((r) => r.key === 'newReceived')).toMatchObject({ cells: ['151', '3', '0', '0', '0', '0', '154'], how: 'row-total' });
    expect(rows.every((r) => r.cells !== null && r.distrusted === undefined)).toBe(true);
  });
});

describe('distrustByColumns: T3-A (一 + 二 = （七） + 四) sets aside a 一 its own 总计 misread', () => {
  // 一、本年新收 printed 31|31|0|31|5|31|138 with its 总计 misprinted (the parts add up to 129): glued, the only
  // split whose parts add up to its 总计 is 3|13|103|15|3|1|138. 一 is in no equation but T3-A, and there the
  // printed split mends every column but 总计: the split the arithmetic chose is set aside, not shown.
  const rows = t3aRows('3131031531138', '0 0 0 0 0 0 0', '31 31 0 31 5 31 129');
  it('should set aside 一 when T3-A says another split of its digits is printed', () => {
    const newReceived = rows.find((r) => r.key === 'newReceived')!;
    expect(newReceived).toMatchObject({ cells: null, how: null, distrusted: ['3', '13', '103', '15', '3', '1', '138'] });
    expect(newReceived.options).toContainEqual(['31', '31', '0', '31', '5', '31', '138']);
    expect(rows.filter((r) => r.key !== 'newReceived').every((r) => r.how === 'digits')).toBe(true);
  });
});

describe('distrustByColumns: a row still open takes part with the values its splits give', () => {
  // the same misread 一 (3|13|103|15|3|1|138, printed 31|31|0|31|5|31|138 with its 总计 misprinted for 129), and
  // 二、上年结转 printed 1|0|10|0|0|0|11 glued: two splits of it add up (that one and 10|1|0|0|0|0|11), and
  // while 一 is misread no choice balances T3-A, so 二 stays open. （七） prints 一 + 二: 32|31|10|31|5|31|140.
  // With 二's splits, 一's printed split mends every column of T3-A but 总计 (138 + 11 ≠ 140).
  const rows = t3aRows('3131031531138', '101000011', '32 31 10 31 5 31 140');
  it('should set aside the misread 一 when a split of the open 二 balances T3-A with its printed split', () => {
    expect(rows.find((r) => r.key === 'carriedOver')).toMatchObject({
      cells: null,
      candidates: [
        ['1', '0', '10', '0', '0', '0', '11'],
        ['10', '1', '0', '0', '0', '0', '11'],
      ],
    });
    expect(rows.find((r) => r.key === 'newReceived')).toMatchObject({ cells: null, distrusted: ['3', '13', '103', '15', '3', '1', '138'] });
  });
});

describe('distrustByColumns: a bound rules a column out when an operand may hold any count', () => {
  // the same misread 一 (3|13|103|15|3|1|138, printed 31|31|0|31|5|31|138), but 二、上年结转 runs sixteen 1s
  // together: too many splits to list, so it may hold any count and T3-A can only be ruled out by a bound.
  // In 其他法人或组织's column 一 alone (103) is more than （七） + 四 (0 + 0): T3-A fails whatever 二 holds,
  // and the printed split mends it (and every column holds at equality, 138 = 138 included).
  const rows = t3aRows('3131031531138', '1111111111111111', '31 31 0 31 5 31 138');
  it('should set aside 一 when its figure alone exceeds the other side of T3-A', () => {
    expect(rows.find((r) => r.key === 'carriedOver')).toMatchObject({ cells: null, how: null, options: null });
    expect(rows.find((r) => r.key === 'newReceived')).toMatchObject({ cells: null, distrusted: ['3', '13', '103', '15', '3', '1', '138'] });
  });
});

describe('distrustByColumns: a bound rules a column out from the side that may hold any count', () => {
  // the same misread 一 (3|13|103|15|3|1|138, printed 31|31|0|31|5|31|138), 二 all 0, but 四、结转下年度 runs
  // sixteen 1s together (any count): in 自然人's column （七） alone (31) is more than 一 + 二 (3 + 0), so T3-A
  // fails whatever 四 holds, and the printed split mends it (31 = 31 + 0 with 四 = 0, and so in every column)
  const rows = t3aRows('3131031531138', '0 0 0 0 0 0 0', '31 31 0 31 5 31 138', '1111111111111111');
  it('should set aside 一 when the other side of T3-A alone exceeds it', () => {
    expect(rows.find((r) => r.key === 'carriedForward')).toMatchObject({ cells: null, how: null, options: null });
    expect(rows.find((r) => r.key === 'newReceived')).toMatchObject({ cells: null, distrusted: ['3', '13', '103', '15', '3', '1', '138'] });
  });
});

describe('distrustByColumns: a bound met exactly is no failing column', () => {
  // 一 151|3|0|0|0|0|154 read by its 总计, 二 sixteen 1s run together (any count), （七） 200|3|0|0|0|0|203: in
  // 商业企业's column and the empty ones 一 alone equals （七） + 四, which 二 = 0 balances; nothing fails, and
  // 一 stays read as its 总计 chose.
  const rows = t3aRows('15130000154', '1111111111111111', '200 3 0 0 0 0 203');
  it('should keep 一 read when its figures reach the bound exactly', () => {
    expect(rows.find((r) => r.key === 'newReceived')).toMatchObject({ cells: ['151', '3', '0', '0', '0', '0', '154'], how: 'row-total' });
    expect(rows.every((r) => r.distrusted === undefined)).toBe(true);
  });
});

describe('distrustByColumns: rows tied for explaining the failing columns are all set aside', () => {
  // the misread 一 above (3|13|103|15|3|1|138, printed 31|31|0|31|5|31 with its 总计 misprinted for 129), and 二
  // printing the same digits as they are (3|13|103|15|3|1|138); （七） prints their sum as printed, 34|44|103|46|8|32|267.
  // Either row read as its other split mends T3-A in the same six columns: nothing says which is misread.
  const rows = t3aRows('3131031531138', '3131031531138', '34 44 103 46 8 32 267');
  it('should set aside both 一 and 二, not only the first found', () => {
    for (const key of ['newReceived', 'carriedOver'])
      expect(rows.find((r) => r.key === key)).toMatchObject({ cells: null, how: null, distrusted: ['3', '13', '103', '15', '3', '1', '138'] });
  });
});

describe('distrustByColumns: a row with too many splits to try stays read', () => {
  // seed 003's （七）总计 2242|84|2|0|1|8|2337 with 10 more in four columns (2242|84|12|10|11|18|2377), glued
  // as 一: one split fits its 总计, but its splits are too many to list. 四 carries one 自然人 over, so T3-A
  // fails in 自然人 and 总计; 一's other splits cannot be weighed, and the row stays read as its 总计 chose.
  it('should keep 一 read as its 总计 chose, so that the rules report T3-A', () => {
    const rows = t3aRows('224284121011182377', '0 0 0 0 0 0 0', '2242 84 12 10 11 18 2377', '1 0 0 0 0 0 1');
    expect(rows.find((r) => r.key === 'newReceived')).toMatchObject({ cells: ['2242', '84', '12', '10', '11', '18', '2377'], how: 'row-total' });
    expect(rows.every((r) => r.distrusted === undefined)).toBe(true);
  });
});

describe('distrustByColumns: a row is weighed by the equations it stands in', () => {
  // 予以公开 printed glued with its 其他 not applicable (29|0|4|8|0|/|46, read by its 总计); 部分公开 prints a 1
  // for 商业企业 that （七） does not count (T3-C fails there), and 一 prints 6 for 其他 where （七） prints 5
  // (T3-A fails there). 予以公开's mark stands in 其他's column, where it is in no equation that fails: no split of
  // it mends T3-C, so it stays read.
  const rows = decodeRequests(
    [
      { key: 'newReceived', run: '29 0 4 8 0 6 46' },
      { key: 'carriedOver', run: '0 0 0 0 0 0 0' },
      { key: 'granted', run: '290480/46' },
      { key: 'partial', run: '0 1 0 0 0 0 0' },
      { key: 'totalProcessed', run: '29 0 4 8 0 5 46' },
      { key: 'carriedForward', run: '0 0 0 0 0 0 0' },
    ],
    ['granted', 'partial'],
  );
  it('should keep 予以公开 read: the T3-A failing in its mark’s column is not one it could mend', () => {
    expect(rows.find((r) => r.key === 'granted')).toMatchObject({ cells: ['29', '0', '4', '8', '0', '/', '46'], how: 'row-total' });
    expect(rows.every((r) => r.distrusted === undefined)).toBe(true);
  });
});

describe('distrustByColumns: a row set aside still takes part with the values its splits give', () => {
  // the misread 一 (3|13|103|15|3|1|138, printed 31|31|0|31|5|31|138 with its 总计 misprinted for 129); 二 and 四
  // both carry 0|21|2|10|0|20|53, but 四 is printed glued with its 10 misprinted as 19: the one split of
  // `02121902053` fitting 53 is 0|2|12|19|0|20|53. 一 is set aside first; with the values its splits allow, T3-A
  // still fails in columns that none of them mends and 四's other splits do: 四 is set aside next.
  const rows = t3aRows('3131031531138', '0 21 2 10 0 20 53', '31 31 0 31 5 31 129', '02121902053');
  it('should set aside the misread 四 in a second round, not show its 2 and 12 as printed', () => {
    expect(rows.find((r) => r.key === 'newReceived')).toMatchObject({ cells: null, distrusted: ['3', '13', '103', '15', '3', '1', '138'] });
    expect(rows.find((r) => r.key === 'carriedForward')).toMatchObject({ cells: null, how: null, distrusted: ['0', '2', '12', '19', '0', '20', '53'] });
  });
});
