import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rowFromResult } from '../../../lib/batch/batch-row';
import { checkScan, scanTitle } from '../../../lib/ocr/check-scan';
import { replayRun } from '../../helpers/corrupt-scan';

const TITLE = '洪泽区人民政府2023年政府信息公开工作年度报告';

describe('the title a scan is known by (agency and year)', () => {
  it('should take the title OCR read on the first page, else the first name that is a report’s title', () => {
    expect(scanTitle(TITLE, ['某区某局2022年政府信息公开工作年度报告'])).toBe(TITLE);
    // a line OCR read that is no title (a letterhead) gives way to the link's text
    expect(scanTitle('洪泽区人民政府文件', ['附件1', TITLE])).toBe(TITLE);
    expect(scanTitle(null, ['附件1', 'scan'])).toBeNull();
  });

  it('should give a batch row read by OCR its agency and year from the link’s text or the file’s name, not its title', () => {
    // a run of the damaged-digit property as OCR read it before the first page's title was read: no title
    const { run } = replayRun(path.join(import.meta.dirname, '../../fixtures/ocr-runs/seed-59035663.json.gz'));
    expect(run.check.report.agency).toBeNull();
    const item = { url: 'https://example.gov.cn/attach/20240131.pdf', linkText: TITLE };
    const byLink = checkScan(structuredClone(run.reading), item.url, [item.linkText]);
    expect(rowFromResult(item, byLink)).toMatchObject({ agency: '洪泽区人民政府', year: 2023 });
    // the CLI's file (or an address) named as the report is
    const byFile = checkScan(structuredClone(run.reading), `/tmp/${encodeURIComponent(TITLE)}.pdf`);
    expect([byFile.report.agency, byFile.report.year]).toEqual(['洪泽区人民政府', 2023]);
  });
});
