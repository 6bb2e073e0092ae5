import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../lib/pipeline';
import { renderFinding } from '../../../lib/report/render-finding';
import { seedText } from '../../helpers/seeds';
import { editFigures, findingsOf, SEED } from './seed-table';
import { errorsOf } from '../../helpers/errors-of';

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

describe('t3-row-total on a row whose figures run together (seed 000 as a crawler saves it, tests/fixtures/crawler)', () => {
  const CRAWLED = readFileSync(path.join(import.meta.dirname, '../../fixtures/crawler/seed-000.txt'), 'utf8');
  const ROW = '一、本年新收政府信息公开申请数量';
  /** The crawled text with 一、本年新收's run (printed 5100006: 5|1|0|0|0|0|6) replaced by `run`. */
  const crawled = (run: string) => {
    expect(CRAWLED).toContain(`${ROW}5100006`);
    return errorsOf(checkText(CRAWLED.replace(`${ROW}5100006`, `${ROW}${run}`), 'https://www.bjtzh.gov.cn/000.html').findings);
  };

  it('should find nothing in the run as printed', () => {
    expect(crawled('5100006')).toEqual([]);
  });

  it('should call a row an error whose every split breaks its 总计 or a column’s 一 + 二 = （七） + 四 (a 1 too many: 511000016)', () => {
    // 5|1|10|0|0|0|16 and 5|11|0|0|0|0|16 add up in the row but not in the 科研机构 or 商业企业 column;
    // the splits ending in 6 keep every column but not the row: no check alone fails under every split
    const found = crawled('511000016');
    expect(found.map((f) => [f.rule, f.code, f.stated])).toEqual([['t3-row-total', 'jointly', ['requests.newReceived.total']]]);
    expect(found[0]!.detail).toMatchObject({ kind: 'jointly', count: 7, subject: { zh: `表三${ROW}` } });
    // seven splits fail, six (a message's worth) are listed, the nearest to adding up first
    expect(found[0]!.detail.kind === 'jointly' && found[0]!.detail.cases).toHaveLength(6);
    expect(renderFinding(found[0]!)).toContain(
      '按 5|1|10|0|0|0|16 拆，表三·科研机构列 10+0 = 10 ≠ 0+0 = 0；按 5|11|0|0|0|0|16 拆，表三·商业企业列 11+0 = 11 ≠ 1+0 = 1',
    );
  });

  it('should try row 一 with its own 总计 and its seven columns’ 一 + 二 = （七） + 四, not with the （七） sums it is no part of', () => {
    const [found] = crawled('511000016');
    const checks = found?.detail.kind === 'jointly' ? found.detail.checks : [];
    // 一 is no outcome row: the sums of the outcomes into （七） leave it out, and would only lengthen the list
    expect(checks.map((c) => [c.relation, c.subject.en])).toEqual([
      ['sum', 'Table 3, I. new requests, total'],
      ['balance', 'Table 3, natural persons column'],
      ['balance', 'Table 3, businesses column'],
      ['balance', 'Table 3, research bodies column'],
      ['balance', 'Table 3, non-profits column'],
      ['balance', 'Table 3, legal services column'],
      ['balance', 'Table 3, other organisations column'],
      ['balance', 'Table 3, total column'],
    ]);
    expect(renderFinding(found!, 'en')).toContain(
      'Table 3, I. new requests, total, Table 3, natural persons column, Table 3, businesses column and 5 more cannot all add up: split 5|1|10|0|0|0|16: Table 3, research bodies column 10+0 = 10 ≠ 0+0 = 0;',
    );
  });
});
