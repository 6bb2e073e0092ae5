import { describe, expect, it } from 'vitest';
import { checkText } from '../../../lib/pipeline';
import { numberSpacing } from '../../../lib/rules/number-spacing';
import { seedText } from '../../helpers/seeds';
import { editActive, editFigures, SEED } from './seed-table';

/** number-spacing (§3.4) on seed 004 (real: every figure printed whole), figures printed with a space inside. */
const spacing = (text: string) =>
  checkText(text, `https://www.bjtzh.gov.cn/${SEED}.html`)
    .report.findings.filter((f) => f.rule === 'number-spacing')
    .map((f) => [f.code, f.severity, f.cells, f.actual, f.detail.kind === 'note' ? f.detail.data : f.detail.kind]);

describe('number-spacing on seed 004', () => {
  it('should find nothing in the report as printed', () => {
    expect(spacing(seedText(SEED))).toEqual([]);
  });

  it('should note a figure printed with a space inside, read whole, where it stands', () => {
    expect(spacing(editActive('行政处罚', '1 130'))).toEqual([
      [
        'inner-space',
        'info',
        ['active.punishment.count'],
        1130,
        { path: 'active.punishment.count', at: { table: 0, row: 9, col: 1 }, raw: '1 130', value: 1130 },
      ],
    ]);
  });

  it('should note a figure of 表三 with a space inside, and not one merely padded', () => {
    // printed after an ideographic space, as the seeds pad figures (report-format.md §3.4): noted as printed, trimmed
    expect(spacing(editFigures('一、本年新收', ['\u30003 3 ', ' 5 ']))).toEqual([
      [
        'inner-space',
        'info',
        ['requests.newReceived.natural'],
        33,
        { path: 'requests.newReceived.natural', at: { table: 1, row: 3, col: 1 }, raw: '3 3', value: 33 },
      ],
    ]);
  });

  it('should be an info of clause §3.4 numbers under its own id', () => {
    expect([numberSpacing.id, numberSpacing.severity, numberSpacing.clause]).toEqual(['number-spacing', 'info', '§3.4 numbers']);
  });
});
