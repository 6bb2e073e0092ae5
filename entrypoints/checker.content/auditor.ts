import { browser } from 'wxt/browser';
import { canonicalReport, reportVerdict } from '#lib/report';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { attachmentLinks, detectReport } from '#lib/read';
import {
  type ContentRequest,
  createOverlay,
  drawSnapshot,
  findingElements,
  type GetReportResponse,
  type HighlightResponse,
  outlineFinding,
  outlineTags,
  type RecordReportRequest,
  type ReportSummary,
  type SnapshotResponse,
  tableImages,
} from '#lib/page';
import { type Finding, langOf, reportHash } from '#lib/model';
import { checkHtml, type CheckResult } from '#lib/check';
import { watchArticle } from './watch-article';

/**
 * The content script's state for one page: the cached check (with the cells' elements), the overlay,
 * and the watcher that re-checks when a portal replaces the article by script.
 */
export function createAuditor(doc: Document, ctx: ContentScriptContext) {
  let result: CheckResult | null = null;
  // the content hash keys the history and the reviews (and so the badge's count of dismissed findings); made once per check
  let hash: string | null = null;
  const hashOf = (r: CheckResult) => (hash ??= reportHash(r.report, r.extraction.lines));
  const overlay = createOverlay(doc);
  const lang = langOf(browser.i18n.getUILanguage());
  ctx.onInvalidated(() => overlay.clear());

  const check = (): CheckResult => {
    const fresh = checkHtml(doc, doc.URL);
    result = fresh;
    hash = null;
    overlay.clear();
    void announce(fresh, () => hashOf(fresh));
    return fresh;
  };
  // the verdict again, not the check: the detector's `…` may have been set after this page's verdict (the popup checked it first)
  const resummarize = () => (result ? summarize(result, () => hashOf(result as CheckResult)) : Promise.resolve());

  let watching = false;
  const startWatching = () => {
    if (watching) return;
    watching = true;
    watchArticle(
      doc,
      ctx,
      () => result?.extraction.tables ?? null,
      () => check(),
    );
  };

  const respond = (req: ContentRequest): GetReportResponse | HighlightResponse | SnapshotResponse => {
    try {
      if (req.type === 'highlight') return highlight(req.index);
      if (req.type === 'snapshot') return snapshot(req.index);
      if (req.type === 'outline') return outline(req.finding);
      let current = result;
      if (!current) {
        const detection = detectReport(doc, doc.URL);
        if (!detection.isReport && !req.force) return { status: 'not-a-report', url: doc.URL, reasons: detection.reasons, attachments: detection.attachments };
        current = check();
      }
      startWatching();
      const t = current.report.tables;
      const unread = t.active === null && t.requests === null && t.review === null;
      const attachments = attachmentLinks(doc)
        .filter((l) => l.named || unread)
        .map(({ href, text }) => ({ href, text }));
      // a table not read may be a picture (表三 as a screenshot): the viewer can read those by OCR
      const images = t.active && t.requests && t.review ? [] : tableImages(doc, doc.URL, measure);
      return { status: 'ok', url: doc.URL, report: current.report, narrative: current.extraction.lines, hash: hashOf(current), attachments, images };
    } catch (err) {
      return { status: 'error', message: String(err) };
    }
  };

  const highlight = (index: number | null): HighlightResponse => outline(index === null ? undefined : result?.findings[index]);

  const outline = (finding: Finding | undefined): HighlightResponse => {
    if (!result || !finding) {
      overlay.clear();
      return { outlined: 0, missing: [] };
    }
    const els = outlineFinding(overlay, result, finding, lang);
    return { outlined: els.stated.length + els.addends.length, missing: els.missing };
  };

  const snapshot = (index: number): SnapshotResponse => {
    const finding = result?.findings[index];
    if (!result || !finding) return { dataUrl: null };
    const els = findingElements(result, finding);
    return { dataUrl: drawSnapshot(doc, els.stated, els.addends, outlineTags(lang)) };
  };

  return {
    checked: () => result !== null,
    resummarize,
    check: () => {
      check();
      startWatching();
    },
    respond,
  };
}

/** A picture's pixels and shown width; a broken one has none (so it is no table), one still loading is not known. */
function measure(img: HTMLImageElement) {
  if (!img.complete) return null;
  return { natural: { width: img.naturalWidth, height: img.naturalHeight }, shown: Math.round(img.getBoundingClientRect().width) };
}

/** The badge counts, for the background: the verdict and the version the auditor's decisions are kept under. */
function summaryOf(result: CheckResult, hash: () => string): ReportSummary {
  // the version the auditor's decisions are kept under (the popup's url and hash), for the badge to count them
  const version = result.report.detected ? { url: result.report.source, hash: hash() } : undefined;
  return { type: 'report-summary', isReport: true, verdict: reportVerdict(result.report), ...(version ? { version } : {}) };
}

/** Tells the background the badge counts again; the background may be starting: the badge is a convenience. */
async function summarize(result: CheckResult, hash: () => string): Promise<void> {
  await browser.runtime.sendMessage(summaryOf(result, hash)).catch(() => undefined);
}

/** Tells the background the badge counts, then hands it the report for the local history. */
async function announce(result: CheckResult, hash: () => string): Promise<void> {
  const summary = summaryOf(result, hash);
  try {
    await browser.runtime.sendMessage(summary);
    if (summary.version) {
      const record: RecordReportRequest = {
        type: 'record-report',
        url: result.report.source,
        report: canonicalReport(result.report),
        narrative: result.extraction.lines,
        hash: summary.version.hash,
        checkedAt: new Date().toISOString(),
      };
      await browser.runtime.sendMessage(record);
    }
  } catch {
    // the background may be starting; the badge is a convenience, the popup asks again anyway
  }
}
