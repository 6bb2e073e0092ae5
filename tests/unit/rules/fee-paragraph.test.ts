import { describe, expect, it } from 'vitest';
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
