import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScan } from '../../../lib/ocr/check-scan';
import { renderFinding } from '../../../lib/report/render-finding';
import { ocrRead } from '../../../lib/rules/ocr-read';
import { replayRun } from '../../helpers/corrupt-scan';
import { seedText } from '../../helpers/seeds';
import { findingsOn } from './seed-form';

/** A scan of a consistent report as OCR read it (tests/fixtures/ocr-runs): 表三, 表四 and 表二 read, no narrative. */
const RUN = path.join(import.meta.dirname, '../../fixtures/ocr-runs/seed-59035663.json.gz');

/** The run's reading, with 一、本年新收's 自然人 (printed 1) read as 8, the 1 only the recogniser's second reading. */
function misreadOne() {
  const { run } = replayRun(RUN);
  const at = run.check.extraction.tables.requests?.newReceived?.natural?.at;
  const reading = structuredClone(run.reading);
  const raw = reading.doc.tables
    .find((t) => t.index === at?.table)
    ?.rows.flat()
    .find((c) => c.row === at?.row && c.col === at?.col);
  const ocr = raw && reading.cells.get(raw);
  if (!raw?.ocr || !ocr || raw.text !== '1') throw new Error('一、本年新收·自然人 (1) not in the run');
  raw.text = '8';
  raw.ocr.read = '8';
  ocr.text = '8';
  ocr.alternatives = [
    { text: '8', p: 0.9 },
    { text: '1', p: 0.08 },
  ];
  delete ocr.digits;
  return reading;
}

describe('ocr-read on a scan read by OCR (seed-59035663)', () => {
  it('should count the cells proven, not proven and not read, and 表二’s three cells read as unverified', () => {
    const { run } = replayRun(RUN);
    // OCR read the header 本年废止件数 as 本年发止件数: two columns named for three figures, so 规章 and 规范性文件
    // are left unread (read by their first two figures they gave 现行有效 38 for 14), and 表二 has three cells
    expect(run.check.extraction.problems.filter((p) => p.table === 'active').map((p) => [p.row, p.detail?.code])).toEqual([
      ['regulations', 'row-cells'],
      ['normativeDocuments', 'row-cells'],
      ['fees', undefined],
    ]);
    const found = run.check.findings.filter((f) => f.rule === 'ocr-read');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', code: 'read', cells: [] });
    expect(found[0]!.detail).toEqual({
      kind: 'note',
      data: { checked: 176, proven: 169, unproven: 6, unread: 1, active: 3, fixes: [], pictures: false },
    });
    expect(renderFinding(found[0]!)).toBe(
      '表格由扫描件识别（OCR）：表三、表四共 176 个单元格，169 个经表内勾稽关系核验（其中 0 个按核验更正）、6 个未能核验、1 个未能确定读取；表二 3 个单元格未经核验（OCR）',
    );
  });

  it('should list a figure the sums corrected (1 read as 8) with the cell, and say a page’s pictures were read', () => {
    const reading = misreadOne();
    const [found] = checkScan(reading, 'seed-59035663.pdf').findings.filter((f) => f.rule === 'ocr-read');
    expect(found).toMatchObject({ cells: ['requests.newReceived.natural'] });
    expect(found!.detail).toMatchObject({ data: { proven: 168, fixes: [{ path: 'requests.newReceived.natural', read: '8', taken: '1' }], pictures: false } });
    expect(renderFinding(found!)).toMatch(/（其中 1 个按核验更正）.*。更正：表三.*自然人识别为“8”，按勾稽关系取 1$/);
    // the same reading as readScan marks a web page's pictures of its tables (识别表格图片)
    const pictures = misreadOne();
    for (const p of pictures.doc.problems ?? []) if (p.kind === 'input-capped') p.detail = { code: 'ocr-pictures' };
    const [fromPictures] = checkScan(pictures, 'seed-59035663.pdf').findings.filter((f) => f.rule === 'ocr-read');
    expect(fromPictures!.detail).toMatchObject({ data: { pictures: true } });
    expect(renderFinding(fromPictures!)).toMatch(/^表格由网页图片识别（OCR）/);
  });

  it('should tell a scan from pictures among other problems of the reading, some with no detail', () => {
    const reading = misreadOne();
    // 表二 not found, as the reader says of a scan whose first page is lost: a problem with no detail, listed first
    reading.doc.problems = [{ kind: 'table-missing', table: 'active' }, ...(reading.doc.problems ?? [])];
    const [found] = checkScan(reading, 'seed-59035663.pdf').findings.filter((f) => f.rule === 'ocr-read');
    expect(found!.detail).toMatchObject({ data: { pictures: false } });
  });

  it('should say nothing of a report whose figures were not read by OCR (seed 004 as text)', () => {
    expect(findingsOn('ocr-read', seedText('004'))).toEqual([]);
  });

  it('should be an info of clause §3 (OCR) under its own id', () => {
    expect([ocrRead.id, ocrRead.severity, ocrRead.clause]).toEqual(['ocr-read', 'info', '§3 (OCR)']);
  });
});
