import { describe, expect, it } from 'vitest';
import type { Term } from '../../../../lib/model/finding';
import type { CellReading } from '../../../../lib/model/types';
import { checkBalance, checkSum } from '../../../../lib/rules/helpers/arithmetic';
import type { ReadingIndex } from '../../../../lib/rules/helpers/reading-index';

/**
 * checkSum and checkBalance called as the rules call them, on seed 004's natural-person column (一 33 + 二 0 =
 * （七） 29 + 四 4) and row 一 (33 + 5 + 0… = 38): what each returns, whole, where a blank or unread figure leaves
 * the check open. The rules' own tests filter findings by rule, so a stray value in the list would pass them.
 */
const term = (path: string, value: number | null, extra: Partial<Term> = {}): Term => ({ path, value, label: { zh: path, en: path }, ...extra });
const SUBJECT = { zh: '表三·自然人列', en: 'Table 3, natural persons column' };
const col = (row: string, value: number | null, extra: Partial<Term> = {}) => term(`requests.${row}.natural`, value, extra);

describe('checkSum and checkBalance with figures missing', () => {
  it('should say nothing of a 总计 whose parts are all blank: no figure to add, no hint to give', () => {
    const parts = ['natural', 'commercial', 'research'].map((c) => term(`requests.newReceived.${c}`, null));
    expect(checkSum('t3-row-total', 'error', SUBJECT, parts, term('requests.newReceived.total', 38))).toEqual([]);
  });

  it('should name the stated 总计 of a sum not assessable for a blank part', () => {
    const parts = [term('requests.newReceived.natural', 33), term('requests.newReceived.commercial', null)];
    const [f] = checkSum('t3-row-total', 'error', SUBJECT, parts, term('requests.newReceived.total', 38));
    expect(f).toMatchObject({ code: 'unassessable', stated: ['requests.newReceived.total'], actual: 38 });
  });

  it('should say nothing of a column blank in all four operands, and name the right side as stated where one is blank', () => {
    const blank = (row: string) => col(row, null);
    expect(
      checkBalance('t3-balance', 'error', SUBJECT, [blank('newReceived'), blank('carriedOver')], [blank('totalProcessed'), blank('carriedForward')]),
    ).toEqual([]);
    const [open] = checkBalance(
      't3-balance',
      'error',
      SUBJECT,
      [col('newReceived', 33), col('carriedOver', 0)],
      [col('totalProcessed', 29), blank('carriedForward')],
    );
    expect(open?.stated).toEqual(['requests.totalProcessed.natural', 'requests.carriedForward.natural']);
    const [off] = checkBalance(
      't3-balance',
      'error',
      SUBJECT,
      [col('newReceived', 33), col('carriedOver', 0)],
      [col('totalProcessed', 29), col('carriedForward', 5)],
    );
    expect(off).toMatchObject({ code: 'balance', stated: ['requests.totalProcessed.natural', 'requests.carriedForward.natural'], expected: 33, actual: 34 });
  });

  it('should call a balance failing under every reading of an unread 四 a balance, with its relation', () => {
    // 四 printed "56": 5 or 56, never the 4 that 33 + 0 − 29 needs
    const reading: CellReading = { cells: ['requests.carriedForward.natural'], options: [[5], [56]], printed: '56' };
    const index: ReadingIndex = new Map([['requests.carriedForward.natural', { reading, at: 0 }]]);
    const [f] = checkBalance(
      't3-balance',
      'error',
      SUBJECT,
      [col('newReceived', 33), col('carriedOver', 0)],
      [col('totalProcessed', 29), col('carriedForward', null, { unread: true })],
      index,
    );
    expect(f).toMatchObject({ code: 'every-reading', detail: { kind: 'every-reading', relation: 'balance', count: 2 }, expected: 33, actual: null });
  });
});
