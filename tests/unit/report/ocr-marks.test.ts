import { describe, expect, it } from 'vitest';
import { reportMatrix, tableTitle } from '../../../lib/report/table-matrix';
import type { PublicCell, PublicOcr, PublicReport } from '../../../lib/model/public-report';
import { readState } from '../../../lib/model/read-state';

const mark = (status: PublicOcr['status']): PublicOcr => ({
  status,
  read: '3',
  confidence: 0.99,
  alternatives: [{ text: '3', p: 0.99 }],
  page: 1,
  box: { x: 1, y: 2, w: 3, h: 4 },
});
const cell = (value: number, ocr?: PublicOcr): PublicCell => ({ value, raw: String(value), ...(ocr ? { ocr } : {}) });

/** A report whose 表二 row, 表三 row and 表四 group each hold one cell, read by OCR or not. */
function report(o: { active?: PublicOcr; requests?: PublicOcr | null; review?: PublicOcr | null }): PublicReport {
  return {
    schemaVersion: 1,
    source: 'scan.pdf',
    detected: true,
    format: '2021',
    title: null,
    agency: null,
    year: null,
    tables: {
      active: { regulations: { issued: cell(3, o.active) } },
      requests: o.requests === null ? null : { newReceived: { total: cell(3, o.requests) } },
      review: o.review === null ? null : { reconsideration: { total: cell(3, o.review) } },
    },
    findings: [],
  };
}

describe('tables read from a scan (OCR) in the read state and the copies', () => {
  it('should call a scan full only when 三 and 四 are read and every OCR figure of theirs is proven or corrected', () => {
    expect(readState(report({ active: mark('unproven'), requests: mark('proven'), review: mark('corrected') }))).toBe('full');
    expect(readState(report({ active: mark('unproven'), requests: mark('proven'), review: mark('unproven') }))).toBe('partial');
    // 表二 alone has no totals: never ✓ on its own
    expect(readState(report({ active: mark('unproven'), requests: null, review: null }))).toBe('partial');
    expect(readState(report({ active: mark('unproven'), requests: mark('proven'), review: null }))).toBe('partial');
    // a report with text is untouched
    expect(readState(report({}))).toBe('full');
  });

  it('should label 表二 read by OCR 未经核验 and 三 and 四 as read by OCR, in the titles and the copy of all three', () => {
    const r = report({ active: mark('unproven'), requests: mark('proven'), review: mark('proven') });
    expect(tableTitle(r, 'active', 'zh')).toBe('二、主动公开政府信息情况（扫描件识别，未经核验（OCR））');
    expect(tableTitle(r, 'requests', 'zh')).toBe('三、收到和处理政府信息公开申请情况（扫描件识别（OCR））');
    expect(tableTitle(r, 'active', 'en')).toBe('II. Proactive disclosure (read from a scan by OCR, unverified)');
    expect(tableTitle(report({}), 'active', 'zh')).toBe('二、主动公开政府信息情况');
    const titles = reportMatrix(r).filter((row) => row.length === 1 && row[0]!.includes('、'));
    expect(titles.map((t) => t[0])).toEqual([
      '二、主动公开政府信息情况（扫描件识别，未经核验（OCR））',
      '三、收到和处理政府信息公开申请情况（扫描件识别（OCR））',
      '四、政府信息公开行政复议、行政诉讼情况（扫描件识别（OCR））',
    ]);
  });
});
