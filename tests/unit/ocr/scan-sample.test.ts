import { describe, expect, it } from 'vitest';
import { readState } from '../../../lib/model/read-state';
import { reportMatrix } from '../../../lib/report/table-matrix';
import { scoreScan } from '../../helpers/scan-cells';

// One scan of the matrix (scripts/check-scans.ts runs them all): 002 at 150 dpi, three table pages turned
// 0.8°, blurred, JPEG noise, a red seal over 表四's last cells. OCR takes a minute or two on a busy
// 2-core machine, so the suite carries this one sample only.
describe('a scanned report (tests/fixtures/scans/pdf-002-150.pdf) read by OCR', () => {
  it('should accept no figure that differs from the printed one, and find the report’s two 表四 errors under the seal', async () => {
    const s = await scoreScan('pdf-002', 150);
    expect(s.wrong).toEqual([]);
    // read: the 176 cells of 三 and 四 (176/176 on 2026-12-06 since the seal's red-bled black is kept as ink:
    // 表四's column lines cross the seal; before, 161 and 表四 lost)
    expect(s.exact).toBeGreaterThanOrEqual(170);
    const errors = s.check.findings.filter((f) => f.severity === 'error');
    // 002 prints 0 for 10+1+0+0 and 5+0+0+0: where its figures were read, that is an error on its 总计
    for (const f of errors) expect(['review.reconsideration.total', 'review.litigationAfterReconsideration.total']).toContain(f.stated[0]);
    // both are read under the seal, so both are found
    expect(errors.map((f) => f.stated[0]).sort()).toEqual(['review.litigationAfterReconsideration.total', 'review.reconsideration.total']);
    const report = s.check.report;
    expect(report.findings.some((f) => f.rule === 'ocr-read')).toBe(true);
    // never ✓ on a scan with figures left unread
    if (s.unread.length > 0) expect(report.findings.some((f) => f.rule === 'cells-unread')).toBe(true);
    if (s.unread.length > 0) expect(readState(report)).toBe('partial');
    // the canonical JSON says of every cell of 三 and 四 that OCR read it, how sure, and what the sums made of it
    expect(report.tables.requests).not.toBeNull();
    for (const t of [report.tables.requests, report.tables.review])
      for (const row of Object.values(t ?? {}))
        for (const c of Object.values(row)) {
          expect(c.ocr?.status).toMatch(/^(proven|corrected|unproven|unread)$/);
          expect(c.ocr!.page).toBeGreaterThan(0);
        }
    const corrected = [report.tables.requests, report.tables.review]
      .flatMap((t) => Object.values(t ?? {}).flatMap((r) => Object.values(r)))
      .filter((c) => c.ocr?.status === 'corrected');
    for (const c of corrected) expect(c.ocr!.read).not.toBe(c.raw);
    const copy = reportMatrix(report).map((r) => r.join('\t'));
    expect(copy).toContain('三、收到和处理政府信息公开申请情况（扫描件识别（OCR））');
  }, 900_000);
});
