import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { HistorySave } from '../../../utils/history-writer';
import { VIEWER_STRINGS } from '../../../entrypoints/viewer/strings';
import { createViewerStore, type ViewerDeps, type ViewerStatus } from '../../../entrypoints/viewer/viewer-store';
import { openDocument, openPdfDocument } from '../../../lib/attach/open-document';
import { readDocxHtml } from '../../../lib/extract/docx/read-docx-html';
import { loadPdfPages, type PdfOps } from '../../../lib/extract/pdf/load-pdf-pages';
import { openPdf, type PdfJsLike } from '../../../lib/extract/pdf/open-pdf';
import type { RecordInput } from '../../../lib/history/build-record';
import type { ScanCheck } from '../../../lib/ocr/check-scan';
import { findingElements } from '../../../lib/page/cell-elements';
import { checkPdf, checkSource } from '../../../lib/pipeline';
import { CMAP_DIR } from '../../helpers/pdf-fixtures';

/**
 * The attachment viewer's store (entrypoints/viewer/viewer-store.ts) without rendering and without a browser:
 * the network, the history and the document pane are handed in; the files are real fixtures, read by
 * node's pdf.js and mammoth through lib's front door as utils/read-attachment.ts reads them in the page.
 */
const FIXTURES = path.join(import.meta.dirname, '../../fixtures');
const bytesOf = (file: string) => new Uint8Array(readFileSync(path.join(FIXTURES, file)));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const v = VIEWER_STRINGS.zh;
const OPS = pdfjs.OPS as unknown as PdfOps;

/** utils/read-attachment.ts's openPdfAttachment with node's pdf.js: the open document kept for a scan, closed otherwise. */
const openPdfNode: ViewerDeps['openPdf'] = async (bytes, onPage) => {
  let doc: Awaited<ReturnType<typeof openPdf>> | undefined;
  const opened = await openPdfDocument(bytes, async (data) => {
    doc = await openPdf(pdfjs as unknown as PdfJsLike, data, { cMapUrl: CMAP_DIR });
    return loadPdfPages(doc, OPS, onPage);
  });
  if (!opened.ok) {
    const refusal = {
      ok: false as const,
      reason: opened.refused.reason,
      refused: opened.refused,
      kind: 'pdf' as const,
    };
    if (opened.refused.reason !== 'scanned-pdf' || !doc) {
      await doc?.destroy();
      return refusal;
    }
    return { ...refusal, doc };
  }
  if (opened.kind !== 'pdf' || !doc) throw new Error('not a PDF');
  return { ok: true, doc, pages: opened.pages };
};

/** utils/read-attachment.ts's checkAttachment for what is not a PDF, with node's mammoth and linkedom for the page's DOMParser. */
const checkNode: ViewerDeps['checkAttachment'] = async (bytes, url, contentType) => {
  const opened = await openDocument(bytes, url, contentType, {
    pdfPages: () => Promise.reject(new Error('a PDF goes through openPdf')),
    async docxHtml(data) {
      const { default: mammoth } = await import('mammoth');
      return (await mammoth.convertToHtml({ buffer: Buffer.from(data) })).value;
    },
  });
  if (!opened.ok) return { ok: false, reason: opened.refused.reason, refused: opened.refused };
  if (opened.kind !== 'docx') throw new Error(`unexpected ${opened.kind}`);
  let html: Document | undefined;
  const source = readDocxHtml(opened.html, (s) => (html = parseHTML(s).document as unknown as Document));
  return { ok: true, kind: 'docx', hash: sha256(bytes), result: checkSource(source, url, true), ...(html ? { html } : {}) };
};

/** Deps reading real files, with a pane that records what it was asked to show, and a history that records what it kept. */
function fakeDeps(files: Record<string, string>, over: Partial<ViewerDeps> = {}, save: HistorySave = { dropped: 0, refused: false, error: null }) {
  const seen = { fetched: [] as string[], kept: [] as RecordInput[], laidOut: [] as number[], docx: [] as Document[], clears: 0 };
  const deps: ViewerDeps = {
    fetchAttachment: async (url) => {
      seen.fetched.push(url);
      const file = files[url];
      return file ? { ok: true, bytes: bytesOf(file), contentType: null } : { ok: false, refused: { reason: 'http-error', status: 404 } };
    },
    requestOrigin: async () => true,
    openPdf: openPdfNode,
    checkAttachment: checkNode,
    ocr: async () => ({
      ocrScannedPdf: () => Promise.reject(new Error('no OCR in this test')),
      ocrScanPages: () => Promise.reject(new Error('no OCR in this test')),
    }),
    keepInHistory: async (input) => (seen.kept.push(input), save),
    now: () => new Date('2026-12-06T12:00:00Z'),
    pane: {
      clear: () => void seen.clears++,
      layoutPdf: async (doc) => (seen.laidOut.push(doc.numPages), new Map()),
      showDocx: (html) => void seen.docx.push(html),
      layoutPictures: () => Promise.reject(new Error('no pictures in this test')),
      placeCells: () => new WeakMap(),
      outline: (result, finding) => findingElements(result, finding),
      evidence: () => Promise.reject(new Error('no evidence in this test')),
    },
    ...over,
  };
  return { deps, seen };
}

/** The statuses a store went through, each once in a row. */
function statuses(store: ReturnType<typeof createViewerStore>): string[] {
  const out: string[] = [];
  store.subscribe(() => out.at(-1) !== store.get().state.status && out.push(store.get().state.status));
  return out;
}

const done = (s: ViewerStatus) => {
  if (s.status !== 'done') throw new Error(`not done: ${JSON.stringify(s)}`);
  return s;
};

describe('createViewerStore', () => {
  it('should download a PDF report, read it and give its findings, and keep it in the history', async () => {
    const url = 'http://www.hongze.gov.cn/2023.pdf';
    const { deps, seen } = fakeDeps({ [url]: 'pdf/002.pdf' });
    const store = createViewerStore({ url, pictures: null }, 'zh', v, deps);
    expect(store.get().state.status).toBe('fetching');
    const went = statuses(store);
    await store.load();
    const s = done(store.get().state);
    expect(went).toEqual(['fetching', 'reading', 'reading-pages', 'done']);
    expect(s.kind).toBe('pdf');
    expect(s.result.report.title).toBe('洪泽区人民政府2023年政府信息公开工作年度报告');
    // the CLI's verdict on the same file: two of 表四's group totals do not add up, and 表三 keeps the 2019
    // template's single （六）其他处理 row in a 2023 report (template-year, report-format.md D-4)
    expect(s.result.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['t4-group-total', 'error'],
      ['t4-group-total', 'error'],
      ['template-year', 'warning'],
    ]);
    expect(s.hash).toBe(sha256(bytesOf('pdf/002.pdf')));
    expect(seen.laidOut).toHaveLength(1);
    expect(seen.laidOut[0]).toBeGreaterThan(0);
    expect(seen.kept.map((r) => [r.url, r.hash, r.checkedAt, r.report.verdict?.kind])).toEqual([[url, s.hash, '2026-12-06T12:00:00.000Z', 'error']]);
    expect(store.get().historyNote).toBeNull();
    // no cells placed on a page (the pane is not drawn): the finding's cells are outlined with no page named
    expect(store.where(0)).toBeNull();
  });

  it('should read a local .docx in place and outline a finding’s cells in it', async () => {
    const { deps, seen } = fakeDeps({}, {}, { dropped: 3, refused: false, error: null });
    const store = createViewerStore({ url: null, pictures: null }, 'zh', v, deps);
    expect(store.get().state.status).toBe('idle');
    await store.read(bytesOf('docx/seed-002.docx'), 'seed-002.docx', null);
    const s = done(store.get().state);
    expect(s.kind).toBe('docx');
    expect(store.get().source).toBe('seed-002.docx');
    expect(s.result.report.title).toBe('北京市密云区商务局2023年政府信息公开年度报告');
    const count = (sev: string) => s.result.findings.filter((f) => f.severity === sev).length;
    expect([count('error'), count('warning'), count('info')]).toEqual([5, 3, 4]);
    expect(seen.docx).toHaveLength(1);
    expect(seen.docx[0]!.querySelectorAll('table').length).toBeGreaterThanOrEqual(3);
    // the history's answer is said once it comes
    await Promise.resolve();
    expect(store.get().historyNote).toBe(v.dropped(3));
    const firstError = s.result.findings.findIndex((f) => f.rule === 't3-balance');
    const els = findingElements(s.result, s.result.findings[firstError]!);
    expect(store.outline(firstError, '无')).toBe(v.outlined(els.stated.length + els.addends.length));
    expect(els.stated.length + els.addends.length).toBeGreaterThan(0);
  });

  it('should refuse a damaged PDF with lib’s words, and keep nothing', async () => {
    const { deps, seen } = fakeDeps({});
    const store = createViewerStore({ url: null, pictures: null }, 'zh', v, deps);
    const whole = bytesOf('pdf/001.pdf');
    await store.read(whole.slice(0, 4096), '001.pdf', 'application/pdf');
    expect(store.get().state).toEqual({
      status: 'failed',
      message: {
        zh: '文件已损坏或不完整，无法读取；请打开原文核对（Invalid PDF structure.）',
        en: 'The file is damaged or incomplete and cannot be read: open the original (Invalid PDF structure.)',
      },
    });
    expect(seen.kept).toEqual([]);
  });

  it('should say a download failed, and ask for a site, then download again once granted', async () => {
    const url = 'https://example.org/r.pdf';
    let asked = 0;
    const { deps, seen } = fakeDeps(
      { [url]: 'pdf/003.pdf' },
      {
        fetchAttachment: async (u) => (
          seen.fetched.push(u),
          asked === 0 ? { ok: false, needPermission: 'https://example.org/*' } : { ok: true, bytes: bytesOf('pdf/003.pdf'), contentType: null }
        ),
        requestOrigin: async () => (asked++, true),
      },
    );
    const store = createViewerStore({ url, pictures: null }, 'zh', v, deps);
    await store.load();
    expect(store.get().state).toEqual({ status: 'permission', origin: 'https://example.org/*' });
    await store.grant('https://example.org/*');
    expect(done(store.get().state).result.report.title).toBe('淮安市洪泽区人民政府2024年政府信息公开工作年度报告');
    expect(seen.fetched).toEqual([url, url]);

    const gone = createViewerStore({ url: 'http://a.gov.cn/gone.pdf', pictures: null }, 'zh', v, fakeDeps({}).deps);
    await gone.load();
    // a failed download has the code the batch page and the CLI give theirs, worded by the one table
    expect(gone.get().state).toEqual({
      status: 'failed',
      message: { zh: '无法下载（服务器返回 HTTP 404）', en: 'Cannot download (the server answered HTTP 404)' },
    });
  });

  it('should show a scan, offer its OCR, and read it with the open document, or say it was cancelled or failed', async () => {
    const scan = 'scans/pdf-001-150.pdf';
    const got: { pages: number[]; source: string | null } = { pages: [], source: null };
    const cancelling: ViewerDeps['ocr'] = async () => ({
      ocrScannedPdf: (doc, source, { signal, onPage }) => {
        got.source = source;
        got.pages.push(doc.numPages);
        onPage(1, doc.numPages);
        return new Promise((_, reject) => signal.addEventListener('abort', () => reject(Object.assign(new Error('stop'), { name: 'ScanCancelled' }))));
      },
      ocrScanPages: () => Promise.reject(new Error('not pictures')),
    });
    const { deps, seen } = fakeDeps({}, { ocr: cancelling });
    const store = createViewerStore({ url: null, pictures: null }, 'zh', v, deps);
    await store.read(bytesOf(scan), 'scan.pdf', null);
    expect(store.get().state).toEqual({
      status: 'scanned',
      message: {
        zh: '这是扫描版（图片）PDF（4 页均为图片，没有文字），表格无法读取，未作核对；请打开原文人工核对',
        en: 'This is a scanned (image-only) PDF (4 pages, no text): its tables cannot be read and were not checked; open the original and check it by eye',
      },
    });
    // the scan is still shown, page by page
    expect(seen.laidOut).toHaveLength(1);
    const pages = seen.laidOut[0]!;
    expect(pages).toBe(4);

    const reading = store.recognise();
    await new Promise((r) => setTimeout(r, 0));
    expect(store.get().state).toEqual({ status: 'ocr', page: 1, of: pages });
    expect(got).toEqual({ pages: [pages], source: 'scan.pdf' });
    store.cancelOcr();
    await reading;
    expect(store.get().state).toEqual({ status: 'scanned', message: v.ocrCancelled });

    // a failing OCR says why; a read one is the report, under the scan's own hash and address
    const failing = createViewerStore({ url: null, pictures: null }, 'zh', v, fakeDeps({}).deps);
    await failing.read(bytesOf(scan), 'scan.pdf', null);
    await failing.recognise();
    expect(failing.get().state).toEqual({ status: 'failed', message: v.ocrFailed('no OCR in this test') });

    // the OCR's result stands in as the text PDF the scan was made from (001.pdf), read by pdf.js: the store's part is where it goes
    const original = await openPdfNode(bytesOf('pdf/001.pdf'), () => undefined);
    if (!original.ok) throw new Error('001.pdf did not open');
    const asRead = { ...checkPdf(original.pages, 'scan.pdf'), images: new Map(), acceptance: {} } as unknown as ScanCheck;
    const reads = fakeDeps({}, { ocr: async () => ({ ocrScannedPdf: async () => asRead, ocrScanPages: () => Promise.reject(new Error('not pictures')) }) });
    const read = createViewerStore({ url: null, pictures: null }, 'zh', v, reads.deps);
    await read.read(bytesOf(scan), 'scan.pdf', null);
    await read.recognise();
    const s = done(read.get().state);
    expect(s.result).toBe(asRead);
    expect(s.hash).toBe(sha256(bytesOf(scan)));
    expect(reads.seen.kept.map((r) => [r.url, r.hash])).toEqual([['scan.pdf', s.hash]]);
  });
});
