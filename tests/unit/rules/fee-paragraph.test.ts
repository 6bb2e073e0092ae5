import { describe, expect, it } from 'vitest';
import { checkText } from '../../../lib/pipeline';
import { renderFinding } from '../../../lib/report/render-finding';
import { seedText } from '../../helpers/seeds';
import { FEE_SENTENCE } from './fee-seed';
import { findingsOf } from './seed-table';

/**
 * fee-paragraph (F-1) on seed 003 (通州区 2024, real): the 2021 template asks for the information-fee paragraph
 * from the 2021 reporting year on; a 2024 report without it is warned, a 2020 one is not.
 */
/** The report without the line of its fee paragraph (the only line naming 信息处理费). */
const withoutFee = (text: string) => {
  expect(text).toContain(FEE_SENTENCE);
  return text
    .split('\n')
    .filter((line) => !line.includes('信息处理费'))
    .join('\n');
};
const paragraph = (text: string) => findingsOf('fee-paragraph', text).map(([code, severity]) => [code, severity]);

describe('fee-paragraph on a real report', () => {
  it('should find nothing in the report as printed', () => {
    expect(paragraph(seedText('003'))).toEqual([]);
  });

  it('should warn when the fee figures are taken out of the 2024 report', () => {
    expect(paragraph(withoutFee(seedText('003')))).toEqual([['missing', 'warning']]);
  });

  it('should warn for 2021 and not for 2020, the last year before the fee rules', () => {
    expect(paragraph(withoutFee(seedText('003').replaceAll('2024年', '2021年')))).toEqual([['missing', 'warning']]);
    expect(paragraph(withoutFee(seedText('003').replaceAll('2024年', '2020年')))).toEqual([]);
  });
});

describe('fee-paragraph where one sentence says no fee arose and another gives fee figures (seed 003)', () => {
  const NONE = '本机关依申请公开政府信息未收取费用。';
  const contradicted = (seed: string) => {
    const text = seedText(seed);
    const at = text.indexOf('根据《政府信息公开信息处理费管理办法》');
    expect(at).toBeGreaterThan(0);
    return checkText(`${text.slice(0, at)}${NONE}${text.slice(at)}`, `https://www.bjtzh.gov.cn/${seed}.html`).findings.filter(
      (f) => f.rule === 'fee-paragraph',
    );
  };

  it('should warn that 未收取费用 is denied by 实际收取的总金额为930元, quoting the figures and naming the other sentence', () => {
    const found = contradicted('003');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'contradicted', severity: 'warning', detail: { kind: 'note', data: { none: NONE } } });
    expect(found[0]!.detail).toMatchObject({ quote: expect.stringContaining(FEE_SENTENCE) });
    expect(renderFinding(found[0]!)).toMatch(
      /^信息处理费的说明前后不一：此处给出收费数字，另一处却称“本机关依申请公开政府信息未收取费用。”。原文：“.*实际收取的总金额为930元。”$/,
    );
    expect(renderFinding(found[0]!, 'en')).toMatch(
      /^The fee statements disagree: this one gives fee figures, another says “本机关依申请公开政府信息未收取费用。”/,
    );
    // the other fee rules read the figures, not the bare statement: F-5's unpaid notices are still seen
    const text = seedText('003');
    const at = text.indexOf('根据《政府信息公开信息处理费管理办法》');
    const withNone = checkText(`${text.slice(0, at)}${NONE}${text.slice(at)}`, 'https://www.bjtzh.gov.cn/003.html').findings;
    const plain = checkText(text, 'https://www.bjtzh.gov.cn/003.html').findings;
    const feeRules = (fs: typeof plain) => fs.filter((f) => f.rule.startsWith('fee-') && f.rule !== 'fee-paragraph').map((f) => [f.rule, f.code, f.actual]);
    expect(feeRules(plain).length).toBeGreaterThan(0);
    expect(feeRules(withNone)).toEqual(feeRules(plain));
  });

  it('should say nothing where the figures agree with it (seed 000: 0件, 0元, 0元)', () => {
    expect(contradicted('000')).toEqual([]);
  });
});
