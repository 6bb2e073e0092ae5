import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdfPages } from '../../cli/read-pdf-pages';
import type { CliReport } from '../../cli/unreadable-report';
import { checkPdf, checkText } from '../../lib/pipeline';
import { canonicalReport } from '../../lib/report/canonical-report';
import { SEED_IDS, seedText } from '../helpers/seeds';
import { runMain } from './run-main';
import { imagePage, textPage, tinyPdf } from './tiny-pdf';

const FIXTURES = join(__dirname, '../fixtures');
const docx = (id: string) => join(FIXTURES, 'docx', `seed-${id}.docx`);
const reports = (stdout: string) => JSON.parse(stdout) as CliReport[];
const brief = (r: CliReport) => r.findings.map((f) => [f.rule, f.severity, f.cells.join(' ')]);
/** The OLE2 compound-file signature that starts every .doc, .wps and .xls, then zeros. */
const OLE2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
const tmp = () => mkdtempSync(join(tmpdir(), 'xxgk-docs-'));

describe('xxgk-audit check: Word (.docx)', () => {
  it('should read the five seed DOCX files to the seed texts’ tables, cell for cell, with the same findings and exit code', async () => {
    const r = await runMain(['check', '--json', ...SEED_IDS.map(docx)]);
    expect(r.code).toBe(1); // seed 002: （七）总计 10 where its items sum to 8
    expect(r.stderr).toBe('');
    const got = reports(r.stdout);
    expect(got.map((x) => x.source)).toEqual(SEED_IDS.map(docx));
    SEED_IDS.forEach((id, i) => {
      const fromText = canonicalReport(checkText(seedText(id), id).report);
      expect(got[i]!.tables, id).toEqual(fromText.tables);
      expect(brief(got[i]!), id).toEqual(brief(fromText));
      expect([got[i]!.title, got[i]!.agency, got[i]!.year]).toEqual([fromText.title, fromText.agency, fromText.year]);
    });
    expect(got[2]!.findings.find((f) => f.cells[0] === 'requests.totalProcessed.natural')).toMatchObject({ rule: 't3-outcome-total', expected: 8, actual: 10 });
  });

  it('should know a .docx by its content when the name says nothing (download links like downfile.jsp?filename=…)', async () => {
    const file = join(tmp(), 'downfile');
    copyFileSync(docx('002'), file);
    const r = await runMain(['check', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('标题：北京市密云区商务局2023年政府信息公开年度报告');
    expect(r.stdout).toContain('表三（七）总计·自然人：2+0+0+0+0+0+3+0+0+0+2+0+0+0+0+0+0+0+0+0+1 = 8，报告为 10，差 2');
  });
});

/**
 * PDFs and the formats the CLI refuses, read in two runs shared by the tests below (each run starts a
 * checking worker that loads pdf.js: one run per test cost 7 of them): the summary of refused files, a
 * PDF that is not a report, the real 洪泽区 PDF and a Word copy; the --json of refused files, the same
 * PDF, and files named .pdf that are not one.
 */
describe('xxgk-audit check: PDF, and formats it cannot read', () => {
  const dir = tmp();
  const [doc, wps, scan, blank, notes, broken, moved] = ['old.doc', '2023年报.wps', 'scan.pdf', 'blank.pdf', 'notes.pdf', 'broken.pdf', 'moved.pdf'].map((n) =>
    join(dir, n),
  );
  const pdf002 = join(FIXTURES, 'pdf', '002.pdf');
  let summary: Awaited<ReturnType<typeof runMain>>;
  let json: Awaited<ReturnType<typeof runMain>>;
  beforeAll(async () => {
    writeFileSync(doc!, OLE2);
    writeFileSync(wps!, OLE2);
    writeFileSync(scan!, tinyPdf([imagePage, imagePage])); // pages that paint an image and draw no text
    writeFileSync(blank!, tinyPdf([''])); // one page with an empty content stream
    writeFileSync(notes!, tinyPdf([textPage('Meeting notes, 12 March')]));
    writeFileSync(broken!, 'PK\u0003\u0004 not really');
    writeFileSync(moved!, '<!doctype html><html><head><title>页面已删除</title></head><body><p>您访问的页面不存在</p></body></html>');
    summary = await runMain(['check', doc!, wps!, scan!, blank!, notes!, pdf002, docx('000')]);
    json = await runMain(['check', '--json', wps!, docx('004'), scan!, pdf002, broken!, moved!]);
  });

  it('should read a real PDF report (洪泽区 2023) exactly as the PDF pipeline reads it', async () => {
    const report = reports(json.stdout)[3];
    expect(report).toMatchObject({ source: pdf002, detected: true, format: '2021', agency: '洪泽区人民政府', year: 2023 });
    expect(report!.tables.requests).not.toBeNull();
    // the CLI adds nothing to the pipeline's report
    expect(report).toEqual(canonicalReport(checkPdf(await readPdfPages(new Uint8Array(readFileSync(pdf002))), pdf002).report));
    // the report prints 10 1 0 0 | 0 and 5 0 0 0 | 0 in 表四: its 总计 cells read 0 where the results add up to 11 and 5
    expect(report!.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.cells[0], f.expected, f.actual])).toEqual([
      ['t4-group-total', 'review.reconsideration.total', 11, 0],
      ['t4-group-total', 'review.litigationAfterReconsideration.total', 5, 0],
    ]);
  });

  it('should name the page a PDF finding is on in the summary', () => {
    expect(summary.stdout).toContain(
      '单元格：表四行政复议·总计、表四行政复议·结果维持、表四行政复议·结果纠正、表四行政复议·其他结果、表四行政复议·尚未审结（第 4 页）',
    );
  });

  it('should check a PDF with text that is not a report as “not a report”, not as scanned', () => {
    expect(summary.stdout).toContain(`== ${notes}\n结论：未能读取：未作核对\n未识别为政府信息公开工作年度报告。`);
    expect(summary.stderr).not.toContain(notes);
  });

  it('should refuse .doc and .wps (OLE2) and a scanned PDF with a plain message naming each file, check the rest and exit 2', () => {
    expect(summary.code).toBe(2);
    expect(summary.stderr.split('\n')).toEqual([
      `xxgk-audit: 无法读取 ${doc}：这是旧版 Word 文档（.doc，Word 97-2003 格式），本程序不能读取这种格式；请打开原文，或在 WPS 或 Word 中将其另存为 .docx，再检查另存的文件`,
      `xxgk-audit: cannot read ${doc}: this is a legacy Word document (.doc, Word 97-2003 format), a format this program cannot read: open the original, or save it as .docx in WPS or Word and check that file`,
      `xxgk-audit: 无法读取 ${wps}：这是 WPS 文字文档（.wps），本程序不能读取这种格式；请打开原文，或在 WPS 或 Word 中将其另存为 .docx，再检查另存的文件`,
      `xxgk-audit: cannot read ${wps}: this is a WPS Writer document (.wps), a format this program cannot read: open the original, or save it as .docx in WPS or Word and check that file`,
      `xxgk-audit: 无法读取 ${scan}：这是扫描版（图片）PDF（2 页均为图片，没有文字），表格无法读取，未作核对；请打开原文人工核对；也可加 --ocr 识别扫描件`,
      `xxgk-audit: cannot read ${scan}: this is a scanned (image-only) PDF (2 pages, no text): its tables cannot be read and were not checked; open the original and check it by eye; or read it by OCR with --ocr`,
      `xxgk-audit: 无法读取 ${blank}：这是扫描版（图片）PDF（1 页均为图片，没有文字），表格无法读取，未作核对；请打开原文人工核对；也可加 --ocr 识别扫描件`,
      `xxgk-audit: cannot read ${blank}: this is a scanned (image-only) PDF (1 page, no text): its tables cannot be read and were not checked; open the original and check it by eye; or read it by OCR with --ocr`,
      '',
    ]);
    expect(summary.stdout).toMatch(/\n== .*seed-000\.docx\n标题：北京市通州区国资委2023年政府信息公开工作年度报告\n/);
  });

  it('should give each refused file its --json entry with an error field, in input order', () => {
    expect(json.code).toBe(2);
    expect(
      reports(json.stdout)
        .slice(0, 3)
        .map((x) => [x.source, x.detected, x.error ?? null]),
    ).toEqual([
      [wps, false, expect.stringMatching(/^这是 WPS 文字文档（\.wps）.*\(this is a WPS Writer document \(\.wps\)/)],
      [docx('004'), true, null],
      [scan, false, expect.stringContaining('扫描版（图片）PDF（2 页均为图片，没有文字）')],
    ]);
  });

  it('should call a file named .pdf that holds neither a PDF nor a page damaged, and read one that holds a page as a page', () => {
    expect(
      reports(json.stdout)
        .slice(4)
        .map((x) => [x.title, x.error ?? null]),
    ).toEqual([
      [
        null,
        '文件名或类型为 PDF，但内容不是 PDF（文件可能已损坏）；请打开原文核对 (named or served as a PDF but not a PDF (the file may be damaged): open the original)',
      ],
      ['页面已删除', null],
    ]);
  });
});

describe('xxgk-audit check --xlsx', () => {
  it('should write the batch workbook for a directory: the grid, one findings row per finding, merged table headers', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const dir = tmp();
    for (const f of ['pdf/001.pdf', 'pdf/002.pdf', 'docx/seed-002.docx', 'docx/seed-000.docx']) copyFileSync(join(FIXTURES, f), join(dir, f.split('/')[1]!));
    const out = join(tmp(), 'all.xlsx');
    const r = await runMain(['check', '--xlsx', out, dir]);
    // 001 (淮安市 2024) has no finding: its block names no page, where 002's does
    const block = (file: string) => r.stdout.slice(r.stdout.indexOf(`== ${join(dir, file)}`)).split('\n\n== ')[0]!;
    expect(block('001.pdf')).toMatch(/^== .*001\.pdf\n标题：淮安市人民政府/);
    expect(block('001.pdf')).not.toContain('页）');
    expect(block('002.pdf')).toContain('（第 4 页）');
    expect(r.stderr).toContain(`已写入 ${out}`);
    const files = unzipSync(new Uint8Array(readFileSync(out)));
    expect([...strFromU8(files['xl/workbook.xml']!).matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual([
      '汇总',
      '问题清单',
      '表三',
      '表二',
      '表四',
    ]);
    const strings = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array());
    const grid = strFromU8(files['xl/worksheets/sheet1.xml']!);
    // a header and four reports
    expect(grid.match(/<row /g)).toHaveLength(5);
    expect(strings).toContain('洪泽区人民政府');
    // 001.pdf: none; 002.pdf: 2 errors and the 2019 template's single （六） row (template-year); seed-002: 12 findings; seed-000: none
    expect(strFromU8(files['xl/worksheets/sheet2.xml']!).match(/<row /g)).toHaveLength(1 + 3 + 12);
    expect(strFromU8(files['xl/worksheets/sheet3.xml']!)).toContain('<mergeCell ref="E1:K1"/>');
  });

  it('should write it in English with --lang en: sheet names, headers, verdicts and messages', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const dir = tmp();
    copyFileSync(join(FIXTURES, 'docx/seed-002.docx'), join(dir, 'seed-002.docx'));
    const out = join(tmp(), 'en.xlsx');
    await runMain(['check', '--lang', 'en', '--xlsx', out, dir]);
    const files = unzipSync(new Uint8Array(readFileSync(out)));
    expect([...strFromU8(files['xl/workbook.xml']!).matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'Summary',
      'Findings',
      'Table 3',
      'Table 2',
      'Table 4',
    ]);
    const strings = strFromU8(files['xl/sharedStrings.xml']!);
    expect(strings).toContain('<t>Agency</t>');
    expect(strings).toContain('Table 3 total processed, natural persons: 2+0+0+0+0+0+3+0+0+0+2+0+0+0+0+0+0+0+0+0+1 = 8, reported 10, off by 2');
    expect(strings).not.toMatch(/\brequests\.[a-zA-Z]/);
  });
});
