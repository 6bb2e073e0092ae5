import { describe, expect, it } from 'vitest';
import { requestRows } from '../../../lib/model/keys';
import { parseNumber } from '../../../lib/parse/parse-number';
import { runRules } from '../../../lib/rules/run-rules';
import { CLEAN_LINES, makeExtraction } from '../../helpers/make-extraction';

/**
 * Issue 19 part 7: mutants of the rules that survived the suite before. Each test sits on both sides of
 * the line the mutant moves; the expected findings are written by hand, not read by our own reader.
 */
const of = (rule: string, ex: ReturnType<typeof makeExtraction>) =>
  runRules(ex)
    .filter((f) => f.rule === rule)
    .map((f) => [f.severity, f.expected, f.actual]);

const cell = (raw: string) => {
  const p = parseNumber(raw);
  return { value: p.value, raw, ...(p.note ? { note: p.note } : {}) };
};

describe('t3-subtotal: the 法人或其他组织小计 column', () => {
  // a non-standard 8-column 表三 with a 小计 of the five legal-person columns in row 新收
  const withSubtotal = (other: number, subtotal: number) => {
    const ex = makeExtraction({
      requests: { newReceived: { other, total: other }, granted: { other, total: other }, totalProcessed: { other, total: other } },
    });
    ex.tables.requests!.newReceived!.legalSubtotal = cell(String(subtotal));
    return ex;
  };
  it('should count 其他 among the five columns the 小计 adds up', () => {
    expect(of('t3-subtotal', withSubtotal(3, 3))).toEqual([]);
  });
  it('should flag a 小计 that leaves 其他 out', () => {
    expect(of('t3-subtotal', withSubtotal(3, 0))).toEqual([['error', 3, 0]]);
  });
});

describe('blank-cells: the 总计 column blank in most rows', () => {
  const rows = requestRows('2021');
  /** a 表三 of `size` rows (the 2021 template's 25, or one dropped) whose first `blank` 总计 cells are empty */
  const warnings = (size: number, blank: number) => {
    const ex = makeExtraction({ requests: Object.fromEntries(rows.slice(0, blank).map((r) => [r, { total: '' }])) });
    for (const r of rows.slice(size)) delete ex.tables.requests![r];
    return of('blank-cells', ex).filter(([s]) => s === 'warning');
  };
  it('should not warn when half the rows or fewer are blank', () => {
    expect(rows.length).toBe(25);
    expect(warnings(25, 12)).toEqual([]);
    expect(warnings(24, 12)).toEqual([]);
  });
  it('should warn when more than half is blank', () => {
    expect(warnings(25, 13)).toEqual([['warning', null, 13]]);
    expect(warnings(24, 13)).toEqual([['warning', null, 13]]);
  });
  it('should not count an unread cell as blank', () => {
    const ex = makeExtraction();
    ex.tables.requests!.granted!.natural = { value: null, raw: '1 2', note: 'unread' };
    expect(of('blank-cells', ex)).toEqual([]);
    ex.tables.requests!.granted!.legal = cell('/');
    expect(of('blank-cells', ex)).toEqual([['info', null, 1]]);
  });
});

describe('template-year: the year the 2021 template starts', () => {
  it('should accept the 2019 template for 2020 and warn for 2021', () => {
    expect(of('template-year', makeExtraction({ format: '2019', year: 2020 }))).toEqual([]);
    expect(of('template-year', makeExtraction({ format: '2019', year: 2021 }))).toEqual([['warning', null, null]]);
  });
  it('should accept the 2021 template for 2021 and warn for 2020', () => {
    expect(of('template-year', makeExtraction({ format: '2021', year: 2021 }))).toEqual([]);
    expect(of('template-year', makeExtraction({ format: '2021', year: 2020 }))).toEqual([['warning', null, null]]);
  });
});

describe('narrative-outcomes: 予以公开及部分公开', () => {
  const report = (sentence: string) =>
    makeExtraction({
      requests: {
        newReceived: { natural: 6, total: 6 },
        granted: { natural: 4, total: 4 },
        partial: { natural: 2, total: 2 },
        totalProcessed: { natural: 6, total: 6 },
      },
      lines: [...CLEAN_LINES, sentence],
    });
  it('should add 部分公开 to 予以公开 when the text names both', () => {
    expect(of('narrative-outcomes', report('本年度办结的政府信息公开申请中，予以公开及部分公开6件。'))).toEqual([]);
  });
  it('should flag a combined count that equals 予以公开 alone', () => {
    expect(of('narrative-outcomes', report('本年度办结的政府信息公开申请中，予以公开及部分公开4件。'))).toEqual([['warning', 6, 4]]);
  });
});

describe('fee-amount: the unit typed in the cell', () => {
  const fee = (raw: string) => makeExtraction({ active: { fees: { amount: raw } } });
  it('should accept 万元, the header unit', () => {
    expect(of('fee-amount', fee('1.5万元'))).toEqual([]);
  });
  it('should warn for 元 in a 万元 column', () => {
    expect(of('fee-amount', fee('15000元'))).toEqual([['warning', null, 15000]]);
  });
  it('should flag a negative amount and accept 0', () => {
    expect(of('fee-amount', fee('-1'))).toEqual([['error', null, -1]]);
    expect(of('fee-amount', fee('0'))).toEqual([]);
  });
});

describe('an unread addend', () => {
  it('should make no sum fail nor hint when the figure may be any of its readings', () => {
    // 新收 自然人 printed but not read for sure: every check through it is left to cells-unread, the only finding
    const ex = makeExtraction({
      requests: { newReceived: { natural: 5, total: 5 }, granted: { natural: 5, total: 5 }, totalProcessed: { natural: 5, total: 5 } },
    });
    ex.tables.requests!.newReceived!.natural = { value: null, raw: '5', note: 'unread' };
    expect(runRules(ex).map((f) => [f.rule, f.severity])).toEqual([['cells-unread', 'info']]);
  });
  it('should say a blank addend makes the sum not assessable', () => {
    const ex = makeExtraction({
      requests: { newReceived: { natural: '', total: 5 }, granted: { natural: 5, total: 5 }, totalProcessed: { natural: 5, total: 5 } },
    });
    // the 总计 5 is stated; what 自然人 should be is not said (no invented 0)
    expect(of('t3-row-total', ex)).toEqual([['info', null, 5]]);
  });
});

describe('sections: the template order', () => {
  const [title, ...six] = CLEAN_LINES.slice(0, 7);
  const order = (lines: string[]) => of('sections', makeExtraction({ lines: [title!, ...lines, CLEAN_LINES[7]!] }));
  it('should accept the six sections in order', () => {
    expect(order(six)).toEqual([]);
  });
  it('should warn when two sections are swapped', () => {
    expect(order([six[0]!, six[2]!, six[1]!, ...six.slice(3)])).toEqual([['warning', null, null]]);
  });
});
