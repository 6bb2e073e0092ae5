import { expect } from 'vitest';
import { seedText } from '../../helpers/seeds';

/**
 * Seed 003 (通州区 2024, real) with the figures of its fee paragraph replaced: "发出收费通知的件数为4件，总金额为
 * 50990元，实际收取的总金额为930元". Its 表三 （六）2 row is all 0 and 表二 行政事业性收费 reads 28983.0794.
 */
export const FEE_SENTENCE = '发出收费通知的件数为4件，总金额为50990元，实际收取的总金额为930元';

export function feeText(notices: string, billed: string, collected: string, text = seedText('003')): string {
  expect(text).toContain(FEE_SENTENCE);
  return text.replace(FEE_SENTENCE, `发出收费通知的件数为${notices}件，总金额为${billed}，实际收取的总金额为${collected}`);
}
