import { describe, expect, it } from 'vitest';
import { REQUEST_COLUMNS } from '../../../lib/model/keys';
import { renderFinding } from '../../../lib/report/render-finding';
import { ocrRead } from '../../../lib/rules/ocr-read';
import { makeExtraction } from '../../helpers/make-extraction';

const row = (...v: number[]) => Object.fromEntries(REQUEST_COLUMNS.map((c, i) => [c, v[i]!]));

describe('ocr-read (a report read from a scan)', () => {
  it('should say how the figures were proven and name each correction, in both languages, from the finding’s values', () => {
    // the whole of 表三 (makeExtraction fills every row): 自然人 of 予以公开 corrected, the 其他 column not proven
    const ex = makeExtraction({ requests: { granted: row(3, 0, 0, 0, 0, 0, 3), totalProcessed: row(3, 0, 0, 0, 0, 0, 3) } });
    const mark = (status: 'proven' | 'corrected' | 'unproven', read: string) => ({
      confidence: 0.9,
      alternatives: [],
      read,
      status,
      page: 1,
      box: { x: 0, y: 0, w: 1, h: 1 },
    });
    for (const [key, cols] of Object.entries(ex.tables.requests!))
      for (const [col, cell] of Object.entries(cols))
        cell.ocr = mark(key === 'granted' && col === 'natural' ? 'corrected' : col === 'other' ? 'unproven' : 'proven', String(cell.value));
    ex.tables.requests!.granted!.natural!.ocr!.read = '8';
    const [finding] = ocrRead.check({ ex } as Parameters<typeof ocrRead.check>[0]);
    expect(finding).toMatchObject({ rule: 'ocr-read', severity: 'info', code: 'read', cells: ['requests.granted.natural'] });
    expect(renderFinding(finding!, 'zh')).toBe(
      '表格由扫描件识别（OCR）：表三、表四共 175 个单元格，150 个经表内勾稽关系核验（其中 1 个按核验更正）、25 个未能核验、0 个未能确定读取。' +
        '更正：表三（一）予以公开·自然人识别为“8”，按勾稽关系取 3',
    );
    expect(renderFinding(finding!, 'en')).toMatch(
      /^Tables read from a scan \(OCR\): of 175 cells of tables 3 and 4, 150 proven .*\(1 corrected\), 25 not proven, 0 not read\. Corrected: .+ read “8”, taken as 3 by the sums$/,
    );
  });
});
