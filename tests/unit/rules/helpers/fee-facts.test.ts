import { describe, expect, it } from 'vitest';
import { readFeeFacts } from '../../../../lib/rules/helpers/fee-facts';
import { seedText } from '../../../helpers/seeds';
import { FEE_SENTENCE } from '../fee-seed';

/**
 * readFeeFacts on seed 003 (通州区 2024, real: "发出收费通知的件数为4件，总金额为50990元，实际收取的总金额为930元")
 * and seed 000 (通州区国资委 2023, real: the same sentence with 0件, 0元, 0元), with a sentence saying no fee
 * was collected put before or after the figures.
 */
const FIGURES_003 = { notices: 4, billed: 50990, collected: 930 };
/** Seed `seed` with `sentence` put just before (or after) its fee sentence, in the same paragraph. */
const withSentence = (seed: string, sentence: string, after = false) => {
  const text = seedText(seed);
  const at = text.indexOf('根据《政府信息公开信息处理费管理办法》');
  const end = text.indexOf('\n', at);
  expect(at).toBeGreaterThan(0);
  return after ? `${text.slice(0, end)}${sentence}${text.slice(end)}` : `${text.slice(0, at)}${sentence}${text.slice(at)}`;
};

describe('readFeeFacts on real reports', () => {
  it('should read the three figures of seed 003 as printed, and nothing contradicting them', () => {
    const facts = readFeeFacts(seedText('003'));
    expect(facts).toMatchObject(FIGURES_003);
    expect(facts!.quote).toContain(FEE_SENTENCE);
    expect(facts!.contradicted).toBeUndefined();
  });

  it('should take the figures given after a bare 未收取 sentence, not stop at it', () => {
    const facts = readFeeFacts(withSentence('003', '本机关依申请公开政府信息未收取费用。'));
    expect(facts).toMatchObject(FIGURES_003);
    expect(facts!.quote).toContain(FEE_SENTENCE);
  });

  it('should keep a 未收取 or 未发生收费 sentence that the figures deny, before or after them, as contradicted', () => {
    const before = readFeeFacts(withSentence('003', '本机关依申请公开政府信息未收取费用。'));
    expect(before!.contradicted).toEqual({ quote: '本机关依申请公开政府信息未收取费用。' });
    const after = readFeeFacts(withSentence('003', '全年未发生信息处理费收费情况。', true));
    expect(after).toMatchObject(FIGURES_003);
    expect(after!.contradicted).toEqual({ quote: '全年未发生信息处理费收费情况。' });
  });

  it('should see no contradiction where the figures agree with the 未收取 sentence (seed 000: 0件, 0元, 0元)', () => {
    const facts = readFeeFacts(withSentence('000', '本机关依申请公开政府信息未收取费用。'));
    expect(facts).toMatchObject({ notices: 0, billed: 0, collected: 0 });
    expect(facts!.contradicted).toBeUndefined();
  });

  it('should read a bare 未收取 sentence as 0 collected where no sentence gives figures', () => {
    const text = seedText('003').replace(FEE_SENTENCE, '本年度未收取信息处理费');
    expect(readFeeFacts(text)).toMatchObject({ notices: null, billed: null, collected: 0 });
    // 未实际收取 is the same statement
    expect(readFeeFacts(seedText('003').replace(FEE_SENTENCE, '本年度未实际收取信息处理费'))).toMatchObject({ collected: 0 });
  });

  it('should read the count of notices written with no 为 before it (发出收费通知4件, 收费通知的件数4件)', () => {
    for (const notices of ['发出收费通知4件', '发出收费通知的件数4件'])
      expect(readFeeFacts(seedText('003').replace('发出收费通知的件数为4件', notices))).toMatchObject(FIGURES_003);
  });

  it('should read seed 001’s 均为0 (件数和总金额以及实际收取的总金额均为0) as 0 notices, billed and collected', () => {
    const facts = readFeeFacts(seedText('001'));
    expect(facts).toMatchObject({ notices: 0, billed: 0, collected: 0 });
    expect(facts!.quote).toContain('均为0。');
    // 零 is the same 0
    const zero = seedText('001').replace('均为0。', '均为零。');
    expect(readFeeFacts(zero)).toMatchObject({ notices: 0, billed: 0, collected: 0 });
  });

  it.each([['本年度依申请公开政府信息不收费'], ['本年度无任何信息处理费'], ['本年度无信息处理费'], ['本年度未发出收费通知'], ['本年度未开具过任何收费通知']])(
    'should read %s, said in place of seed 003’s figures, as no fee at all',
    (none) => {
      expect(readFeeFacts(seedText('003').replace(FEE_SENTENCE, none))).toMatchObject({ notices: 0, billed: 0, collected: 0 });
    },
  );

  it.each([
    ['实际收取400元', { notices: null, billed: null, collected: 400 }],
    ['发出收费通知2件', { notices: 2, billed: null, collected: null }],
    ['发出收费通知书3件，总金额为500元', { notices: null, billed: 500, collected: null }],
  ])('should take %s, one figure alone, for the figures, before a later sentence saying no fee arose', (said, want) => {
    const text = withSentence('003', '全年未发生信息处理费收费情况。', true).replace(FEE_SENTENCE, said);
    const facts = readFeeFacts(text);
    expect(facts).toMatchObject(want);
    expect(facts!.contradicted).toEqual({ quote: '全年未发生信息处理费收费情况。' });
  });

  it('should give the first fee sentence, with no figure and no "none", as it is, not null', () => {
    // the first is 表三's label (六)2 …逾期未按收费通知要求缴纳费用…, which names 收费通知
    const facts = readFeeFacts(seedText('003').replace(FEE_SENTENCE, '本机关按规定收取信息处理费'));
    expect(facts).toMatchObject({ notices: null, billed: null, collected: null });
    expect(facts!.quote).toContain('逾期未按收费通知要求缴纳费用');
  });

  it('should see no contradiction between 未收取 (0 collected, notices not said) and notices sent but 0 collected', () => {
    const text = withSentence('003', '本机关依申请公开政府信息未收取费用。').replace('实际收取的总金额为930元', '实际收取的总金额为0元');
    const facts = readFeeFacts(text);
    expect(facts).toMatchObject({ notices: 4, billed: 50990, collected: 0 });
    expect(facts!.contradicted).toBeUndefined();
  });

  it('should take a sentence naming 收取费用 before 依申请 (words between) for one about the fees', () => {
    const text = seedText('003');
    const at = text.indexOf('根据《政府信息公开信息处理费管理办法》');
    const end = text.indexOf('。', at) + 1;
    // the fee paragraph replaced by a sentence that names no 处理费 nor 收费通知: only the last pattern finds it
    const said = `${text.slice(0, at)}本机关不收取费用办理依申请公开。${text.slice(end)}`;
    expect(readFeeFacts(said)).toMatchObject({ quote: '本机关不收取费用办理依申请公开。', notices: null, billed: null, collected: 0 });
  });

  it('should read a count of notices of several digits, with a thousands comma or a space before 件', () => {
    const read = (notices: string) => readFeeFacts(seedText('003').replace('发出收费通知的件数为4件', notices));
    expect(read('发出收费通知的件数为12件')).toMatchObject({ ...FIGURES_003, notices: 12 });
    expect(read('发出收费通知1,204件')).toMatchObject({ ...FIGURES_003, notices: 1204 });
    expect(read('发出收费通知的件数为4 件')).toMatchObject(FIGURES_003);
  });

  it('should read the amount billed written with no comma after 件 nor 为 before it (4件总金额50990元)', () => {
    const text = seedText('003').replace('发出收费通知的件数为4件，总金额为50990元', '发出收费通知的件数为4件总金额50990元');
    expect(readFeeFacts(text)).toMatchObject(FIGURES_003);
  });
});
