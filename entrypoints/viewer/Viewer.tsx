import { useEffect, useRef, useState } from 'preact/hooks';
import { EvidenceButton } from '@/components/EvidenceButton';
import { FindingList } from '@/components/FindingList';
import { ReportHeader } from '@/components/ReportHeader';
import { STRINGS, type Lang } from '@/components/strings';
import { TablesView } from '@/components/TablesView';
import { attachmentKind } from '@/lib/attach/attachment-kind';
import type { Bilingual } from '@/lib/model/lang';
import { canonicalReport } from '@/lib/report/canonical-report';
import { findingElements } from '@/lib/page/cell-elements';
import { createOverlay } from '@/lib/page/overlay';
import { outlineFinding, outlineTags } from '@/lib/page/outline-finding';
import type { PdfDocumentLike } from '@/lib/extract/pdf/load-pdf-pages';
import { checkPdf, type CheckResult } from '@/lib/pipeline';
import { sha256Hex } from '@/lib/report/content-hash';
import { keepInHistory } from '@/utils/history-writer';
import { checkAttachment, openPdfAttachment } from '@/utils/read-attachment';
import { useReviews } from '@/components/use-reviews';
import { attachmentEvidence } from './attachment-evidence';
import { fetchAttachment, requestOrigin } from './fetch-attachment';
import { attachCellProxies, layoutPages, type RenderedPage } from './pdf-pages';
import { VIEWER_STRINGS } from './strings';
import { OcrCells } from './OcrCells';
import type { ScanCheck } from '@/lib/ocr/check-scan';
import type { ScanPage } from '@/lib/ocr/scan-page';
import { imagePages } from './image-pages';
import { tableImagesParam } from './table-images-param';

type State =
  | { status: 'idle' }
  | { status: 'fetching' | 'reading' }
  | { status: 'reading-pages'; page: number; of: number }
  | { status: 'permission'; origin: string }
  | { status: 'failed'; message: Bilingual | string }
  | { status: 'scanned'; message: Bilingual }
  | { status: 'ocr'; page: number; of: number }
  | { status: 'done'; result: CheckResult; hash: string; kind: 'pdf' | 'docx' };

type Props = { lang: Lang; search: string };

/**
 * The attachment viewer: viewer.html?url=<PDF or .docx link> (opened from the popup or a batch row),
 * or a local file. Reads the document with the same rules as a page, shows the findings beside it,
 * and outlines a finding's cells on the rendered page.
 */
export function Viewer({ lang, search }: Props) {
  const t = STRINGS[lang];
  const v = VIEWER_STRINGS[lang];
  const url = new URLSearchParams(search).get('url');
  // viewer.html?page=<report page>&images=<JSON>: the pictures of a page's tables, read by OCR (识别表格图片)
  const pictures = tableImagesParam(search);
  const [state, setState] = useState<State>({ status: url || pictures ? 'fetching' : 'idle' });
  const [view, setView] = useState<'findings' | 'tables'>('findings');
  const docEl = useRef<HTMLDivElement>(null);
  const pageOf = useRef<WeakMap<Element, number>>(new WeakMap());
  const pages = useRef<Map<number, RenderedPage>>(new Map());
  const overlay = useRef(createOverlay(document));
  const selected = useRef<number | null>(null);
  // a scanned PDF: its open document and hash, kept for 识别扫描件; the running OCR's cancel
  const scanned = useRef<({ doc: PdfDocumentLike } | { scans: ScanPage[] }) & { hash: string; source: string }>(null);
  const cancelOcr = useRef<AbortController | null>(null);
  const [source, setSource] = useState(url ?? pictures?.page ?? '');
  const [historyNote, setHistoryNote] = useState<string | null>(null);
  // decisions are kept per source and file hash, like a page's
  const review = useReviews(source, state.status === 'done' ? state.hash : null);

  const done = (result: CheckResult, bytesHash: string, kind: 'pdf' | 'docx', from: string) => {
    setState({ status: 'done', result, hash: bytesHash, kind });
    setHistoryNote(null);
    // kept in the local history like a page (the narrative for the copy-paste check); what did not go in is said
    // (the background writes it: the history's one writer)
    if (result.report.detected)
      void keepInHistory({
        url: from,
        report: canonicalReport(result.report),
        narrative: result.extraction.lines,
        hash: bytesHash,
        checkedAt: new Date().toISOString(),
      }).then(({ dropped, refused, error }) => setHistoryNote(error ? v.notSaved(error[lang]) : refused ? v.refused : dropped > 0 ? v.dropped(dropped) : null));
  };

  const read = async (bytes: Uint8Array, source: string, contentType: string | null) => {
    setState({ status: 'reading' });
    setSource(source);
    const into = docEl.current!;
    into.replaceChildren();
    const kind = attachmentKind(bytes, source, contentType);
    if (kind === 'pdf') {
      const opened = await openPdfAttachment(bytes, (page, of) => setState({ status: 'reading-pages', page, of }));
      // a scan is still shown, page by page, under the message that it cannot be read
      if (opened.doc) pages.current = await layoutPages(opened.doc, into, v.page);
      scanned.current = null;
      if (!opened.ok && opened.reason === 'scanned-pdf' && opened.doc) {
        scanned.current = { doc: opened.doc, hash: sha256Hex(bytes), source };
        return setState({ status: 'scanned', message: opened.message });
      }
      if (!opened.ok) return setState({ status: 'failed', message: opened.message });
      const result = checkPdf(opened.pages, source);
      pageOf.current = attachCellProxies(result, pages.current);
      return done(result, sha256Hex(bytes), 'pdf', source);
    }
    const outcome = await checkAttachment(bytes, source, contentType);
    if (!outcome.ok) return setState({ status: 'failed', message: outcome.message });
    if (outcome.html?.body) {
      // the parsed document's own elements are the cells' sources: moved here, they are outlined in place
      const body = document.adoptNode(outcome.html.body);
      const wrap = document.createElement('div');
      wrap.className = 'docx-body';
      wrap.append(...Array.from(body.childNodes));
      into.append(wrap);
    }
    done(outcome.result, outcome.hash, 'docx', source);
  };

  /** The pictures of a page's tables: downloaded, laid out as pages, and read at once (the popup's click asked for it). */
  const loadPictures = async (p: NonNullable<typeof pictures>) => {
    setState({ status: 'fetching' });
    const into = docEl.current!;
    into.replaceChildren();
    const got = await imagePages(p.images, into, v.picture);
    if (!got.ok)
      return setState(
        'needPermission' in got ? { status: 'permission', origin: got.needPermission } : { status: 'failed', message: v.pictureFailed(got.src, got.error) },
      );
    pages.current = got.pages;
    scanned.current = { scans: got.scans, hash: got.hash, source: p.page };
    await recognise();
  };

  const load = async () => {
    if (pictures) return loadPictures(pictures);
    if (!url) return;
    setState({ status: 'fetching' });
    const got = await fetchAttachment(url);
    if (got.ok) return read(got.bytes, url, got.contentType);
    if ('needPermission' in got) return setState({ status: 'permission', origin: got.needPermission });
    setState({ status: 'failed', message: v.fetchFailed(got.error) });
  };

  useEffect(() => void load(), [url, search]);

  /** The evidence file of the attachment: the file's SHA-256, and a cut of the rendered page with the cells outlined. */
  const evidence = () => {
    if (state.status !== 'done') throw new Error('nothing checked');
    return attachmentEvidence({
      ...state,
      source,
      selected: selected.current,
      pageOf: pageOf.current,
      pages: pages.current,
      pageLabel: pictures ? v.picture : v.page,
      tags: outlineTags(lang),
      lang,
    });
  };

  /** 识别扫描件: the scan's tables read by OCR here (lib/ocr via utils/ocr-scan), page by page, cancellable. */
  const recognise = async () => {
    const scan = scanned.current;
    if (!scan) return;
    const abort = new AbortController();
    cancelOcr.current = abort;
    setState({ status: 'ocr', page: 0, of: 'doc' in scan ? scan.doc.numPages : scan.scans.length });
    try {
      const { ocrScannedPdf, ocrScanPages } = await import('@/utils/ocr-scan');
      const options = { signal: abort.signal, onPage: (page: number, of: number) => setState({ status: 'ocr', page, of }) };
      const result =
        'doc' in scan ? await ocrScannedPdf(scan.doc, scan.source, options) : await ocrScanPages(scan.scans, scan.source, pictures?.title ?? null, options);
      pageOf.current = attachCellProxies(result, pages.current);
      done(result, scan.hash, 'pdf', scan.source);
    } catch (e) {
      if ((e as Error).name === 'ScanCancelled') setState({ status: 'scanned', message: v.ocrCancelled });
      else setState({ status: 'failed', message: v.ocrFailed(String((e as Error).message ?? e)) });
    } finally {
      cancelOcr.current = null;
    }
  };

  const outline = async (index: number): Promise<string> => {
    if (state.status !== 'done') return '';
    const els = outlineFinding(overlay.current, state.result, state.result.findings[index]!, lang);
    const n = els.stated.length + els.addends.length;
    if (n === 0) return t.noCells;
    const page = pageOf.current.get(els.stated[0] ?? els.addends[0]!);
    if (!page) return v.outlined(n);
    return pictures ? v.onPicture(page, n) : v.onPage(page, n);
  };

  const pickFile = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (file) await read(new Uint8Array(await file.arrayBuffer()), file.name, file.type || null);
  };

  const message = (m: Bilingual | string) => (typeof m === 'string' ? m : m[lang]);
  return (
    <div class="viewer">
      <aside>
        <h1 class="viewer-title">{v.title}</h1>
        {(url ?? pictures?.page) && (
          <p class="source">
            <a href={url ?? pictures?.page} target="_blank" rel="noreferrer">
              {v.original}
            </a>{' '}
            {url ?? pictures?.page}
          </p>
        )}
        <p class="muted">
          {v.pickHint}{' '}
          <label>
            <input type="file" accept=".pdf,.docx,.doc,.wps,application/pdf" onChange={(e) => void pickFile(e)} aria-label={v.pickFile} />
          </label>
        </p>
        <div aria-live="polite">
          {state.status === 'fetching' && <p>{v.fetching}</p>}
          {state.status === 'reading' && <p>{v.reading}</p>}
          {state.status === 'reading-pages' && <p>{v.readingPage(state.page, state.of)}</p>}
          {state.status === 'permission' && (
            <>
              <p>{v.needPermission(state.origin)}</p>
              <button type="button" class="primary" onClick={() => void requestOrigin(state.origin).then((ok) => void (ok && load()))}>
                {v.grant(state.origin)}
              </button>
            </>
          )}
          {state.status === 'failed' && (
            <p role="alert" class="unreadable">
              {message(state.message)}
            </p>
          )}
          {state.status === 'scanned' && (
            <>
              <p role="alert" class="unreadable">
                {message(state.message)}
              </p>
              <p class="muted">{pictures ? v.picturesHint : v.ocrHint}</p>
              <button type="button" class="primary ocr-start" onClick={() => void recognise()}>
                {pictures ? v.picturesStart : v.ocrStart}
              </button>
            </>
          )}
          {state.status === 'ocr' && (
            <>
              <p>{state.page === 0 ? v.ocrLoading : pictures ? v.ocrImage(state.page, state.of) : v.ocrPage(state.page, state.of)}</p>
              <button type="button" class="ocr-cancel" onClick={() => cancelOcr.current?.abort()}>
                {v.ocrCancel}
              </button>
            </>
          )}
        </div>
        {state.status === 'done' && (
          <>
            <ReportHeader t={t} lang={lang} report={state.result.report} findings={state.result.findings} reviews={review?.reviews} />
            <p class="hash">
              {v.sha} {state.hash}
            </p>
            {historyNote && (
              <p class="notice" role="status">
                {historyNote}
              </p>
            )}
            <EvidenceButton lang={lang} make={evidence} />
            <div role="tablist" class="tabs" aria-label={t.findings}>
              {(['findings', 'tables'] as const).map((k) => (
                <button key={k} role="tab" type="button" aria-selected={view === k} onClick={() => setView(k)}>
                  {k === 'findings'
                    ? lang === 'zh'
                      ? `${t.findings}（${state.result.findings.length}）`
                      : `${t.findings} (${state.result.findings.length})`
                    : t.tables}
                </button>
              ))}
            </div>
            {view === 'findings' ? (
              <FindingList
                t={t}
                lang={lang}
                outline={outline}
                report={state.result.report}
                findings={state.result.findings}
                review={review}
                onSelected={(i) => (selected.current = i)}
                where={(i) => {
                  const els = findingElements(state.result, state.result.findings[i]!);
                  const page = pageOf.current.get(els.stated[0] ?? els.addends[0]!);
                  return page ? (pictures ? v.picture : v.page)(page) : null;
                }}
                {...('images' in state.result
                  ? {
                      figure: (i: number) => (
                        <OcrCells lang={lang} finding={state.result.findings[i]!} report={state.result.report} images={(state.result as ScanCheck).images} />
                      ),
                    }
                  : {})}
              />
            ) : (
              <TablesView t={t} report={state.result.report} findings={state.result.findings} />
            )}
          </>
        )}
      </aside>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the document scrolls sideways on its own (a wide Word table, a PDF page wider than the window) and must be reachable by keyboard (WCAG 2.1.1, axe scrollable-region-focusable) */}
      <div class="doc" role="document" tabIndex={0} ref={docEl} aria-label={state.status === 'done' && state.kind === 'docx' ? v.docx : undefined} />
    </div>
  );
}
