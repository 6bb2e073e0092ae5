import { describe, expect, it } from 'vitest';
import { toCell } from '../../../../lib/extract/map/to-cell';
import { plainCell } from '../../../../lib/extract/raw-table';
import type { OcrMark } from '../../../../lib/model/types';

/** toCell on cells as the text readers give them (plainCell): what a value cell keeps, and what it leaves out. */
describe('toCell', () => {
  it('should give a cell read from text no ocr key at all, so it equals itself read back from JSON', () => {
    // 平潭公安局 2024's （七）总计 prints 8 for 自然人: read from text, not a scan, so no OCR mark, not even an empty one
    const cell = toCell(plainCell('8', 17, 1), 2);
    expect(cell).toStrictEqual({ value: 8, raw: '8', at: { table: 2, row: 17, col: 1 } });
    expect(cell).toStrictEqual(JSON.parse(JSON.stringify(cell)));
  });

  it('should keep the OCR mark of a cell read from a scan', () => {
    const ocr: OcrMark = { confidence: 0.9, alternatives: [{ text: '8', p: 0.9 }], read: '8', status: 'unproven', page: 1, box: { x: 0, y: 0, w: 9, h: 9 } };
    expect(toCell({ ...plainCell('8', 17, 1), ocr }, 2).ocr).toBe(ocr);
  });
});
