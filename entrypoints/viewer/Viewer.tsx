import { useEffect, useMemo, useRef } from 'preact/hooks';
import { EvidenceButton } from '@/components/EvidenceButton';
import { FindingList } from '@/components/FindingList';
import { ReportHeader } from '@/components/ReportHeader';
import { STRINGS, type Lang } from '@/components/strings';
import { TablesView } from '@/components/TablesView';
import { useStore } from '@/components/use-store';
import type { Bilingual } from '#lib/model';
import type { ScanCheck } from '#lib/check';
import { createOverlay, outlineFinding, outlineTags } from '#lib/page';
import { keepInHistory } from '@/utils/history-writer';
import { checkAttachment, openPdfAttachment } from '@/utils/read-attachment';
import { useReviews } from '@/components/use-reviews';
import { attachmentEvidence } from './attachment-evidence';
import { fetchAttachment, requestOrigin } from './fetch-attachment';
import { imagePages } from './image-pages';
import { OcrCells } from './OcrCells';
import { attachCellProxies, layoutPages } from './pdf-pages';
import { VIEWER_STRINGS } from './strings';
import { tableImagesParam } from './table-images-param';
import { createViewerStore } from './viewer-store';

type Props = { lang: Lang; search: string };

/**
 * The attachment viewer: viewer.html?url=<PDF or .docx link> (opened from the popup or a batch row),
 * or a local file. Reads the document with the same rules as a page, shows the findings beside it,
 * and outlines a finding's cells on the rendered page. Its state and what changes it are the store's
 * (viewer-store.ts); this draws them and binds the document pane.
 */
export function Viewer({ lang, search }: Props) {
  const t = STRINGS[lang];
  const v = VIEWER_STRINGS[lang];
  const url = new URLSearchParams(search).get('url');
  // viewer.html?page=<report page>&images=<JSON>: the pictures of a page's tables, read by OCR (识别表格图片)
  const pictures = useMemo(() => tableImagesParam(search), [search]);
  const docEl = useRef<HTMLDivElement>(null);
  const store = useMemo(() => {
    const overlay = createOverlay(document);
    const pane = () => {
      // asked for only once the viewer has rendered its document pane
      const el = docEl.current;
      if (!el) throw new Error('the document pane is not mounted');
      return el;
    };
    return createViewerStore({ url, pictures }, lang, v, {
      fetchAttachment,
      requestOrigin,
      openPdf: openPdfAttachment,
      checkAttachment,
      ocr: () => import('@/utils/ocr-scan'),
      keepInHistory,
      now: () => new Date(),
      pane: {
        clear: () => pane().replaceChildren(),
        layoutPdf: (doc) => layoutPages(doc, pane(), v.page),
        showDocx: (html) => {
          const body = document.adoptNode(html.body);
          const wrap = document.createElement('div');
          wrap.className = 'docx-body';
          wrap.append(...Array.from(body.childNodes));
          pane().append(wrap);
        },
        layoutPictures: (images) => imagePages(images, pane(), v.picture),
        placeCells: attachCellProxies,
        outline: (result, finding) => outlineFinding(overlay, result, finding, lang),
        evidence: attachmentEvidence,
      },
    });
  }, [search, lang]);
  const { state, source, historyNote, view } = useStore(store);
  // decisions are kept per source and file hash, like a page's
  const review = useReviews(source, state.status === 'done' ? state.hash : null);

  useEffect(() => void store.load(), [store]);

  const pickFile = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (file) await store.read(new Uint8Array(await file.arrayBuffer()), file.name, file.type || null);
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
              <button type="button" class="primary" onClick={() => void store.grant(state.origin)}>
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
              <button type="button" class="primary ocr-start" onClick={() => void store.recognise()}>
                {pictures ? v.picturesStart : v.ocrStart}
              </button>
            </>
          )}
          {state.status === 'ocr' && (
            <>
              <p>{state.page === 0 ? v.ocrLoading : pictures ? v.ocrImage(state.page, state.of) : v.ocrPage(state.page, state.of)}</p>
              <button type="button" class="ocr-cancel" onClick={store.cancelOcr}>
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
            <EvidenceButton lang={lang} make={() => store.evidence(outlineTags(lang))} />
            <div role="tablist" class="tabs" aria-label={t.findings}>
              {(['findings', 'tables'] as const).map((k) => (
                <button key={k} role="tab" type="button" aria-selected={view === k} onClick={() => store.setView(k)}>
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
                outline={(i) => Promise.resolve(store.outline(i, t.noCells))}
                report={state.result.report}
                findings={state.result.findings}
                review={review}
                onSelected={store.select}
                where={store.where}
                {...('images' in state.result
                  ? {
                      figure: (i: number) => {
                        const finding = state.result.findings[i];
                        return finding ? (
                          <OcrCells lang={lang} finding={finding} report={state.result.report} images={(state.result as ScanCheck).images} />
                        ) : null;
                      },
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
