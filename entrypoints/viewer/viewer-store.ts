import type { Lang } from '@/components/strings';
import { attachmentKind, type PdfDocumentLike, refusalMessage, refusalSentence } from '#lib/read';
import { type RecordInput, storageErrorText } from '#lib/history';
import { findingElements, type TableImages } from '#lib/page';
import { type Bilingual, type Finding, sha256Hex } from '#lib/model';
import { checkPdf, type CheckResult, type ScanCheck, type ScanPage } from '#lib/check';
import { canonicalReport } from '#lib/report';
import type { HistorySave } from '@/utils/history-writer';
import type { AttachmentOutcome, openPdfAttachment } from '@/utils/read-attachment';
import type { AttachmentEvidence } from './attachment-evidence';
import type { Fetched } from './fetch-attachment';
import type { ImagePages } from './image-pages';
import type { RenderedPage } from './pdf-pages';
import type { VIEWER_STRINGS } from './strings';

export type ViewerStatus =
  | { status: 'idle' }
  | { status: 'fetching' | 'reading' }
  | { status: 'reading-pages'; page: number; of: number }
  | { status: 'permission'; origin: string }
  | { status: 'failed'; message: Bilingual | string }
  | { status: 'scanned'; message: Bilingual }
  | { status: 'ocr'; page: number; of: number }
  | { status: 'done'; result: CheckResult; hash: string; kind: 'pdf' | 'docx' };

/** What the viewer shows: where the reading is, the document's address, what the history said, which tab is open. */
export interface ViewerState {
  state: ViewerStatus;
  /** the attachment's address, the file's name, or the page whose table pictures are read */
  source: string;
  /** what did not go into the local history, said once the check is done */
  historyNote: string | null;
  view: 'findings' | 'tables';
}

/** The pictures of a page's tables (viewer.html?page=…&images=…, table-images-param.ts). */
export type Pictures = { page: string; title: string | null; images: TableImages };

type OcrOptions = { signal: AbortSignal; onPage: (page: number, of: number) => void };

/**
 * What the store does through the browser, the network and the document pane (Viewer.tsx binds them),
 * handed in so it is tested without any of them.
 */
export interface ViewerDeps {
  fetchAttachment: (url: string) => Promise<Fetched>;
  requestOrigin: (origin: string) => Promise<boolean>;
  /** a PDF opened and read (utils/read-attachment.ts); a scan keeps its open document */
  openPdf: (bytes: Uint8Array, onPage: (page: number, of: number) => void) => ReturnType<typeof openPdfAttachment>;
  /** any other attachment checked (utils/read-attachment.ts); a .docx brings its parsed HTML */
  checkAttachment: (bytes: Uint8Array, source: string, contentType: string | null) => Promise<AttachmentOutcome>;
  /** the OCR of a scan and of table pictures (utils/ocr-scan.ts, loaded on first use) */
  ocr: () => Promise<{
    ocrScannedPdf: (doc: PdfDocumentLike, source: string, options: OcrOptions) => Promise<ScanCheck>;
    ocrScanPages: (scans: readonly ScanPage[], source: string, title: string | null, options: OcrOptions) => Promise<ScanCheck>;
  }>;
  keepInHistory: (input: RecordInput) => Promise<HistorySave>;
  now: () => Date;
  /** the document pane beside the findings */
  pane: {
    clear: () => void;
    layoutPdf: (doc: PdfDocumentLike) => Promise<Map<number, RenderedPage>>;
    /** the parsed .docx's own elements moved into the pane (they are the cells' sources, outlined in place) */
    showDocx: (html: Document) => void;
    layoutPictures: (images: TableImages) => Promise<ImagePages>;
    /** the PDF cells' stand-ins placed on their pages; the page of each */
    placeCells: (result: CheckResult, pages: Map<number, RenderedPage>) => WeakMap<Element, number>;
    /** a finding's cells outlined on the pane */
    outline: (result: CheckResult, finding: Finding) => { stated: Element[]; addends: Element[] };
    evidence: (e: AttachmentEvidence) => Promise<{ html: string; fileName: string }>;
  };
}

/**
 * The viewer's state and what changes it, apart from the rendering: the attachment fetched (or a local
 * file, or a page's table pictures), read with the same rules as a page, a scan's OCR, the check kept in
 * the history, a finding's cells outlined and the evidence file. `subscribe` is told of every change;
 * `get` is the state now.
 */
export function createViewerStore(opened: { url: string | null; pictures: Pictures | null }, lang: Lang, v: (typeof VIEWER_STRINGS)[Lang], deps: ViewerDeps) {
  const { url, pictures } = opened;
  let state: ViewerState = {
    state: { status: url || pictures ? 'fetching' : 'idle' },
    source: url ?? pictures?.page ?? '',
    historyNote: null,
    view: 'findings',
  };
  const listeners = new Set<() => void>();
  const set = (patch: Partial<ViewerState>) => {
    state = { ...state, ...patch };
    for (const l of listeners) l();
  };
  const status = (s: ViewerStatus) => set({ state: s });
  let pageOf = new WeakMap<Element, number>();
  let pages = new Map<number, RenderedPage>();
  let selected: number | null = null;
  // a scanned PDF or table pictures: the open document or the pictures, and the hash, kept for 识别扫描件
  let scanned: (({ doc: PdfDocumentLike } | { scans: ScanPage[] }) & { hash: string; source: string }) | null = null;
  let cancelOcr: AbortController | null = null;
  const pageLabel = pictures ? v.picture : v.page;

  const done = (result: CheckResult, hash: string, kind: 'pdf' | 'docx', from: string) => {
    set({ state: { status: 'done', result, hash, kind }, historyNote: null });
    // kept in the local history like a page (the narrative for the copy-paste check); what did not go in is said
    // (the background writes it: the history's one writer)
    if (result.report.detected)
      void deps
        .keepInHistory({
          url: from,
          report: canonicalReport(result.report),
          narrative: result.extraction.lines,
          hash,
          checkedAt: deps.now().toISOString(),
        })
        .then(({ dropped, refused, error }) =>
          set({ historyNote: error ? v.notSaved(storageErrorText(error, lang)) : refused ? v.refused : dropped > 0 ? v.dropped(dropped) : null }),
        );
  };

  /** Reads an attachment's bytes (downloaded or a local file): a PDF drawn page by page beside the findings, a .docx in place. */
  const read = async (bytes: Uint8Array, source: string, contentType: string | null) => {
    set({ state: { status: 'reading' }, source });
    deps.pane.clear();
    const kind = attachmentKind(bytes, source, contentType);
    if (kind === 'pdf') {
      const opened = await deps.openPdf(bytes, (page, of) => status({ status: 'reading-pages', page, of }));
      // a scan is still shown, page by page, under the message that it cannot be read
      if (opened.doc) pages = await deps.pane.layoutPdf(opened.doc);
      scanned = null;
      if (!opened.ok && opened.reason === 'scanned-pdf' && opened.doc) {
        scanned = { doc: opened.doc, hash: sha256Hex(bytes), source };
        return status({ status: 'scanned', message: refusalSentence(opened.refused) });
      }
      if (!opened.ok) return status({ status: 'failed', message: refusalSentence(opened.refused) });
      const result = checkPdf(opened.pages, source);
      pageOf = deps.pane.placeCells(result, pages);
      return done(result, sha256Hex(bytes), 'pdf', source);
    }
    const outcome = await deps.checkAttachment(bytes, source, contentType);
    if (!outcome.ok) return status({ status: 'failed', message: refusalSentence(outcome.refused) });
    if (outcome.html?.body) deps.pane.showDocx(outcome.html);
    done(outcome.result, outcome.hash, 'docx', source);
  };

  /** 识别扫描件: the scan's tables read by OCR here, page by page, cancellable. */
  const recognise = async () => {
    const scan = scanned;
    if (!scan) return;
    const abort = new AbortController();
    cancelOcr = abort;
    status({ status: 'ocr', page: 0, of: 'doc' in scan ? scan.doc.numPages : scan.scans.length });
    try {
      const { ocrScannedPdf, ocrScanPages } = await deps.ocr();
      const options = { signal: abort.signal, onPage: (page: number, of: number) => status({ status: 'ocr', page, of }) };
      const result =
        'doc' in scan ? await ocrScannedPdf(scan.doc, scan.source, options) : await ocrScanPages(scan.scans, scan.source, pictures?.title ?? null, options);
      pageOf = deps.pane.placeCells(result, pages);
      done(result, scan.hash, 'pdf', scan.source);
    } catch (e) {
      if ((e as Error).name === 'ScanCancelled') status({ status: 'scanned', message: v.ocrCancelled });
      else status({ status: 'failed', message: v.ocrFailed(String((e as Error).message ?? e)) });
    } finally {
      cancelOcr = null;
    }
  };

  /** The pictures of a page's tables: downloaded, laid out as pages, and read at once (the popup's click asked for it). */
  const loadPictures = async (p: Pictures) => {
    status({ status: 'fetching' });
    deps.pane.clear();
    const got = await deps.pane.layoutPictures(p.images);
    if (!got.ok)
      return status(
        'needPermission' in got
          ? { status: 'permission', origin: got.needPermission }
          : { status: 'failed', message: v.pictureFailed(got.src, got.refused ? refusalMessage(got.refused)[lang] : v.notPicture) },
      );
    pages = got.pages;
    scanned = { scans: got.scans, hash: got.hash, source: p.page };
    await recognise();
  };

  /** The viewer's address read: the attachment downloaded and read, or the table pictures read. */
  const load = async () => {
    if (pictures) return loadPictures(pictures);
    if (!url) return;
    status({ status: 'fetching' });
    const got = await deps.fetchAttachment(url);
    if (got.ok) return read(got.bytes, url, got.contentType);
    if ('needPermission' in got) return status({ status: 'permission', origin: got.needPermission });
    status({ status: 'failed', message: refusalSentence(got.refused) });
  };

  /** The page a finding's first cell sits on, when the pane knows it. */
  const pageOfFinding = (result: CheckResult, index: number): number | undefined => {
    const finding = result.findings[index];
    if (!finding) return undefined;
    const els = findingElements(result, finding);
    const first = els.stated[0] ?? els.addends[0];
    return first === undefined ? undefined : pageOf.get(first);
  };

  return {
    get: (): ViewerState => state,
    /** Calls `changed` after every change; returns the unsubscribe. */
    subscribe(changed: () => void): () => void {
      listeners.add(changed);
      return () => void listeners.delete(changed);
    },
    load,
    read,
    recognise,
    cancelOcr: () => cancelOcr?.abort(),
    /** Asks for the site (in the click), then downloads again. */
    grant: async (origin: string) => {
      if (await deps.requestOrigin(origin)) await load();
    },
    setView: (view: ViewerState['view']) => set({ view }),
    select: (index: number | null) => void (selected = index),
    /** Outlines finding `index`'s cells on the pane; says how many and where ('' before a check). */
    outline: (index: number, noCells: string): string => {
      const s = state.state;
      if (s.status !== 'done') return '';
      const finding = s.result.findings[index];
      if (!finding) return noCells;
      const els = deps.pane.outline(s.result, finding);
      const n = els.stated.length + els.addends.length;
      const first = els.stated[0] ?? els.addends[0];
      if (n === 0 || first === undefined) return noCells;
      const page = pageOf.get(first);
      if (!page) return v.outlined(n);
      return pictures ? v.onPicture(page, n) : v.onPage(page, n);
    },
    /** Where finding `index`'s cells are ("第 3 页"), or null. */
    where: (index: number): string | null => {
      const s = state.state;
      if (s.status !== 'done') return null;
      const page = pageOfFinding(s.result, index);
      return page ? pageLabel(page) : null;
    },
    /** The evidence file of the attachment: the file's SHA-256, and a cut of the rendered page with the cells outlined. */
    evidence: (tags: { stated: string; addend: string }) => {
      const s = state.state;
      if (s.status !== 'done') throw new Error('nothing checked');
      return deps.pane.evidence({ ...s, source: state.source, selected, pageOf, pages, pageLabel, tags, lang });
    },
  };
}

export type ViewerStore = ReturnType<typeof createViewerStore>;
