import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rowMissing } from '../../../lib/rules/row-missing';
import { seedText } from '../../helpers/seeds';
import { findingsOn } from './seed-form';
import { SEED } from './seed-table';

/** row-missing (D-1 / §3) on seed 004 (real: every row of 表二 and 表三 printed, one figure a line), rows cut out. */
const lines = seedText(SEED).split('\n');
/** seed 004 without the row labelled `label` and its `figures` figure lines */
const without = (...rows: [label: string, figures: number][]) => {
  let out = lines;
  for (const [label, figures] of rows) {
    const i = out.findIndex((l) => l.trim() === label);
    if (i < 0) throw new Error(`${label} not found`);
    out = [...out.slice(0, i), ...out.slice(i + 1 + figures)];
  }
  return out.join('\n');
};
const missing = (text: string, exEdit?: Parameters<typeof findingsOn>[2]) => findingsOn('row-missing', text, exEdit);

describe('row-missing on seed 004', () => {
  it('should find nothing in the report as printed', () => {
    expect(missing(seedText(SEED))).toEqual([]);
  });

  it('should list the rows of 表三 not read', () => {
    expect(missing(without(['2.重复申请', 7]))).toEqual([['requests-rows', 'warning', { rows: ['notProcessed.duplicate'] }, null]]);
    expect(missing(without(['2.重复申请', 7], ['3.要求提供公开出版物', 7]))).toEqual([
      ['requests-rows', 'warning', { rows: ['notProcessed.duplicate', 'notProcessed.publication'] }, null],
    ]);
  });

  it('should list the rows of 表二 not read with the template, and 规章 apart (an info: many units issue none)', () => {
    expect(missing(without(['行政强制', 1]))).toEqual([['active-rows', 'warning', { rows: ['enforcement'], format: '2021' }, null]]);
    expect(missing(without(['行政规范性文件', 3], ['行政强制', 1]))).toEqual([
      ['active-rows', 'warning', { rows: ['normativeDocuments', 'enforcement'], format: '2021' }, null],
    ]);
    expect(missing(without(['规章', 3]))).toEqual([['regulations', 'info', {}, null]]);
    expect(missing(without(['规章', 3], ['行政强制', 1])).map(([code]) => code)).toEqual(['active-rows', 'regulations']);
  });

  it('should say nothing of a table not read at all (table-missing says it)', () => {
    expect(missing(without(['2.重复申请', 7]), (ex) => void (ex.tables.requests = null))).toEqual([]);
    expect(missing(without(['行政强制', 1]), (ex) => void (ex.tables.active = null))).toEqual([]);
  });

  it('should be a warning of clause D-1 / §3 under its own id', () => {
    expect([rowMissing.id, rowMissing.severity, rowMissing.clause]).toEqual(['row-missing', 'warning', 'D-1 / §3']);
  });

  it('should not ask a 2019 report for 其他主动公开文件, the row some provinces added (平潭交通与建设局 2019)', () => {
    const jtj = readFileSync(path.join(import.meta.dirname, '../../fixtures/corpus/text/pingtan-jtj-2019.txt'), 'utf8');
    expect(findingsOn('row-missing', jtj)).toEqual([]);
  });
});
