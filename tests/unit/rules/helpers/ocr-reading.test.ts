import { describe, expect, it } from 'vitest';
import type { Cell, OcrMark } from '../../../../lib/model/types';
import { LEAST_ODDS } from '../../../../lib/rules/helpers/each-reading';
import { figureOdds, isUnsureOcr, ocrReading } from '../../../../lib/rules/helpers/ocr-reading';

/** A cell of a scanned report holding `raw`, read by OCR as `read` with the recogniser's `alternatives`. */
function scannedCell(raw: string, mark: Partial<OcrMark>): Cell {
  const value = /^\d+$/.test(raw) ? Number(raw) : null;
  return {
    value,
    raw,
    ocr: { confidence: 0.9, alternatives: [{ text: raw, p: 0.9 }], read: raw, status: 'unproven', page: 1, box: { x: 0, y: 0, w: 1, h: 1 }, ...mark },
  };
}

describe('isUnsureOcr', () => {
  it('should take a figure read but proven by no equation as unsure, and a blank cell (no ink) as blank whatever its status', () => {
    expect(isUnsureOcr(scannedCell('26', {}))).toBe(true);
    // a blank is no figure the recogniser could have misread: no equation needed it
    expect(isUnsureOcr(scannedCell('', { read: '', alternatives: [] }))).toBe(false);
    // left to the auditor: unsure even with no figure kept in the cell
    expect(isUnsureOcr(scannedCell('', { read: '26', status: 'unread' }))).toBe(true);
    expect(isUnsureOcr(scannedCell('26', { status: 'proven' }))).toBe(false);
    expect(isUnsureOcr({ value: 26, raw: '26' })).toBe(false);
  });
});

describe('figureOdds', () => {
  it('should give each alternative its probability over the best one’s (the doc example: 36 at 0.002 / 0.99)', () => {
    expect(
      figureOdds('26', [
        { text: '26', p: 0.99 },
        { text: '36', p: 0.002 },
      ]),
    ).toEqual([
      [26, 1],
      [36, 0.002 / 0.99],
    ]);
  });

  it('should keep the figure read, at odds 1, where the recogniser’s beam gives no alternative or ranks another first', () => {
    expect(figureOdds('26', [])).toEqual([[26, 1]]);
    // the figure read first stays at 1 though the beam ranks 36 above it: it is what the page was read as
    expect(
      figureOdds('26', [
        { text: '36', p: 0.6 },
        { text: '26', p: 0.4 },
      ]),
    ).toEqual([
      [26, 1],
      [36, 1],
    ]);
  });

  it('should keep alternatives at LEAST_ODDS or more against the best, and drop those below', () => {
    // 0.00005 / 0.5 is LEAST_ODDS exactly: kept; 0.00004 / 0.5 is below it: dropped
    expect(0.00005 / 0.5).toBe(LEAST_ODDS);
    expect(
      figureOdds('6', [
        { text: '6', p: 0.5 },
        { text: '7', p: 0.00005 },
        { text: '8', p: 0.00004 },
      ]),
    ).toEqual([
      [6, 1],
      [7, LEAST_ODDS],
    ]);
  });

  it('should read no figure with a leading zero, and nothing from a picture the recogniser gave no probability', () => {
    expect(
      figureOdds('1', [
        { text: '1', p: 0.9 },
        { text: '01', p: 0.05 },
        { text: '0', p: 0.05 },
      ]),
    ).toEqual([
      [1, 1],
      [0, 0.05 / 0.9],
    ]);
    expect(figureOdds('1', [{ text: '7', p: 0 }])).toEqual([[1, 1]]);
  });
});

describe('ocrReading', () => {
  it('should make the figure and its alternatives a reading of the one cell, with their odds and no print to show', () => {
    const cell = scannedCell('26', {
      alternatives: [
        { text: '26', p: 0.99 },
        { text: '36', p: 0.002 },
      ],
    });
    expect(ocrReading('requests.granted.legal', cell)).toEqual({
      cells: ['requests.granted.legal'],
      options: [[26], [36]],
      odds: [1, 0.002 / 0.99],
      printed: '',
    });
  });

  it('should give no reading where the picture gave no figure, though it holds a digit (a smudge and a digit: S6, 6S)', () => {
    for (const read of ['S', 'S6', '6S', '']) expect(ocrReading('requests.granted.legal', scannedCell('', { read, status: 'unread' }))).toBeNull();
    expect(ocrReading('requests.granted.legal', { value: 6, raw: '6' })).toBeNull();
  });
});
