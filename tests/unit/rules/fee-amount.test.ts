import { describe, expect, it } from 'vitest';
import { checkText } from '../../../lib/pipeline';
import { errorsOf } from '../../helpers/errors-of';
import { seedText } from '../../helpers/seeds';
import { findingsOn } from './seed-form';
import { editActive, findingsOf, SEED } from './seed-table';

/**
 * fee-amount on seed 004 (real): 表二 行政事业性收费 reads 0, in the 万元 its header names. A decimal in 万元 is
 * normal; a figure typed with another unit is a warning, a negative amount an error.
 */
const fee = (raw: string) => findingsOf('fee-amount', editActive('行政事业性收费', raw));

describe('fee-amount on a real report', () => {
  it('should find nothing in the report as printed, nor in a decimal of 万元', () => {
    expect(findingsOf('fee-amount', seedText(SEED))).toEqual([]);
    expect(fee('0.5')).toEqual([]);
    expect(fee('0.093万元')).toEqual([]);
  });

  it('should warn about an amount typed in 元', () => {
    expect(fee('930元')).toEqual([['unit', 'warning', 'active.fees.amount', null, 930]]);
  });

  it('should flag an amount below 0, and not 0 itself', () => {
    expect(fee('-1')).toEqual([['negative', 'error', 'active.fees.amount', null, -1]]);
    expect(fee('0')).toEqual([]);
  });

  it('should quote a negative amount as printed, without the spaces around it in its cell', () => {
    const { findings } = checkText(editActive('行政事业性收费', ' -1  '), `https://www.bjtzh.gov.cn/${SEED}.html`);
    const negative = findings.filter((f) => f.rule === 'fee-amount');
    expect(negative.map((f) => [f.code, f.detail])).toEqual([['negative', { kind: 'note', data: { raw: '-1' } }]]);
  });

  it('should quote an amount typed in 元 as printed, without the spaces around it in its cell', () => {
    const { findings } = checkText(editActive('行政事业性收费', ' 930元  '), `https://www.bjtzh.gov.cn/${SEED}.html`);
    const unit = findings.filter((f) => f.rule === 'fee-amount');
    expect(unit.map((f) => [f.code, f.detail])).toEqual([['unit', { kind: 'note', data: { unit: '元', raw: '930元' } }]]);
  });

  it('should judge no fee cell of a 2019-template report, nor fail on a report with no 表二 read', () => {
    const inYuan = editActive('行政事业性收费', '930元');
    expect(findingsOn('fee-amount', inYuan)).toEqual([['unit', 'warning', { unit: '元', raw: '930元' }, null]]);
    // the 2019 trial template has no 本年收费金额 column: a fee cell read under a 2021 header in it is not judged
    expect(findingsOn('fee-amount', inYuan, (ex) => void (ex.format = '2019'))).toEqual([]);
    expect(findingsOn('fee-amount', inYuan, (ex) => void (ex.tables.active = null))).toEqual([]);
  });

  it('should say nothing, and not fail, of a 表二 printed without its 行政事业性收费 row', () => {
    // the block 第二十条第（八）项 … 行政事业性收费 0 cut out of seed 004: the other rows of 表二 stay
    const block = '\t第二十条第（八）项\n\n\t信息内容\n\t本年收费金额（单位：万元）\n\n\t行政事业性收费\n\t0\n';
    expect(seedText(SEED)).toContain(block);
    const { findings, extraction } = checkText(seedText(SEED).replace(block, ''), `https://www.bjtzh.gov.cn/${SEED}.html`);
    expect(extraction.tables.active?.licensing).toBeDefined();
    expect(extraction.tables.active?.fees).toBeUndefined();
    expect(errorsOf(findings).filter((f) => f.rule === 'fee-amount')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'fee-amount')).toEqual([]);
  });
});
