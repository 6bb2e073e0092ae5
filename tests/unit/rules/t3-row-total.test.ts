import { describe, expect, it } from 'vitest';
import { seedText } from '../../helpers/seeds';
import { editFigures, findingsOf, SEED } from './seed-table';

/**
 * t3-row-total (T3-B) on seed 004 (real, consistent): row 一、本年新收 reads 33 5 0 0 0 0 | 总计 38.
 * Each test moves one real figure of a row across its 总计.
 */
const rowTotal = (text: string) => findingsOf('t3-row-total', text);
const u = undefined;
const newReceived = (values: (string | undefined)[]) => editFigures('一、本年新收', values);

describe('t3-row-total on a real report', () => {
  it('should find nothing in the report as printed', () => {
    expect(rowTotal(seedText(SEED))).toEqual([]);
  });

  it('should flag a 总计 one above and one below its six columns', () => {
    expect(rowTotal(newReceived([u, u, u, u, u, u, '39']))).toEqual([['sum', 'error', 'requests.newReceived.total', 38, 39]]);
    expect(rowTotal(newReceived([u, u, u, u, u, u, '37']))).toEqual([['sum', 'error', 'requests.newReceived.total', 38, 37]]);
  });

  it('should add every column: 法人 6 makes the columns 39 against 总计 38', () => {
    expect(rowTotal(newReceived([u, '6']))).toEqual([['sum', 'error', 'requests.newReceived.total', 39, 38]]);
    // the sixth column (其他) of the last row, （六）3.其他
    expect(rowTotal(editFigures('3.其他', [u, u, u, u, u, '1']))).toEqual([['sum', 'error', 'requests.other.other.total', 1, 0]]);
  });

  it('should call a "/" column unassessable, and leave a blank 总计 to total-blank', () => {
    expect(rowTotal(newReceived([u, '/']))).toEqual([['unassessable', 'info', 'requests.newReceived.total', null, 38]]);
    expect(rowTotal(newReceived([u, u, u, u, u, u, '/']))).toEqual([]);
  });
});
