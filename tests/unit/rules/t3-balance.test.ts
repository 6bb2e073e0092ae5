import { describe, expect, it } from 'vitest';
import { seedText } from '../../helpers/seeds';
import { checkText } from '../../../lib/pipeline';
import { renderFinding } from '../../../lib/report/render-finding';
import { editFigures, findingsOf, SEED, withoutRequests } from './seed-table';

/**
 * t3-balance (T3-A) on seed 004 (real, consistent): 自然人 column 一 33 + 二 0 = （七）29 + 四 4. Each test moves
 * one real figure of 四、结转下年度继续办理 or 二、上年结转 across the equality.
 */
const balance = (text: string) => findingsOf('t3-balance', text);
const carriedForward = (natural: string) => editFigures('四、结转下年度继续办理', [natural]);

describe('t3-balance on a real report', () => {
  it('should find nothing in the report as printed (33+0 = 29+4)', () => {
    expect(balance(seedText(SEED))).toEqual([]);
  });

  it('should flag 四 one above and one below the balance, in the column edited only', () => {
    expect(balance(carriedForward('5'))).toEqual([['balance', 'error', 'requests.newReceived.natural', 33, 34]]);
    expect(balance(carriedForward('3'))).toEqual([['balance', 'error', 'requests.newReceived.natural', 33, 32]]);
  });

  it('should count 二、上年结转 on the left: 4 carried over balances 4 more carried forward', () => {
    const both = editFigures('二、上年结转', ['4'], '三、收到和处理', carriedForward('8'));
    expect(balance(both)).toEqual([]);
    expect(balance(editFigures('二、上年结转', ['4']))).toEqual([['balance', 'error', 'requests.newReceived.natural', 37, 33]]);
  });

  it('should call a blank or "/" operand unassessable, never an error', () => {
    for (const mark of ['', '/']) expect(balance(carriedForward(mark))).toEqual([['unassessable', 'info', 'requests.newReceived.natural', 33, null]]);
  });

  it('should say nothing of a column left blank in all four operands (no figure to check, no hint to give)', () => {
    // the natural-person column of 一, 二, （七）总计 and 四 all blank; the other columns stay as printed
    let text = editFigures('二、上年结转', ['']);
    text = editFigures('（七）总计', [''], '三、收到和处理', text);
    text = editFigures('四、结转下年度继续办理', [''], '三、收到和处理', text);
    // three blank and 一 printed: not assessable, as above
    expect(balance(text)).toEqual([['unassessable', 'info', 'requests.newReceived.natural', null, null]]);
    expect(balance(editFigures('一、本年新收', [''], '三、收到和处理', text))).toEqual([]);
  });

  it('should say an operand printed as no figure is not a figure, and count it as no blank in its hint', () => {
    // 四 printed "？": 33 + 0 = 29 + 0 would fail, but a "？" is no blank, and no 0
    const printed = checkText(carriedForward('？'), `https://www.bjtzh.gov.cn/${SEED}.html`).report.findings.filter((f) => f.rule === 't3-balance');
    expect(printed.map((f) => [f.code, f.severity, f.cells[0]])).toEqual([['unassessable', 'info', 'requests.newReceived.natural']]);
    expect(printed[0]?.detail).toMatchObject({ kind: 'unassessable', ifZero: null, missing: [{ path: 'requests.carriedForward.natural', illegible: true }] });
    expect(renderFinding(printed[0]!, 'zh')).toBe('表三·自然人列：四 所填不是数字，无法核对');
    expect(renderFinding(printed[0]!, 'en')).toMatch(/: carried forward not a figure, not assessable$/);
    // a blank keeps its hint: 33 + 0 = 29 + 0 fails
    const blank = checkText(carriedForward(''), `https://www.bjtzh.gov.cn/${SEED}.html`).report.findings.filter((f) => f.rule === 't3-balance');
    expect(renderFinding(blank[0]!, 'zh')).toBe('表三·自然人列：四 未填数字，无法核对（若空白按 0 计则不符）');
  });
  it('should say nothing when 表三 is not read (table-missing says so)', () => {
    expect(findingsOf('t3-balance', withoutRequests(seedText(SEED)))).toEqual([]);
  });
});
