import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storedZip, XLSX_TYPES } from '../helpers/stored-zip';
import { runMain } from './run-main';

// Moved from tests/unit/attach/zip-names.test.ts: the one case of lib's pure folders that ran the built CLI, so
// the `unit` project no longer rebuilds the CLI before it runs (vitest.config.ts)
describe('the CLI on a ZIP that is not a Word document', () => {
  it('should make the CLI refuse a spreadsheet saved as a ZIP by what it is, not read it as Word', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'xxgk-zip-')), '2023年报数据.xlsx');
    writeFileSync(file, storedZip({ '[Content_Types].xml': XLSX_TYPES }));
    const r = await runMain(['check', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`无法读取 ${file}：这是 Excel 表格，本程序只读取网页、文本、Word（.docx）和 PDF`);
  });
});
