import { ATTACHMENT_HREF, refusalSentence } from '#lib/read';
import type { BatchRow } from '#lib/batch';
import { gridCounts, type ReviewLookup, rowKind, rowVerdict, verdictText } from '#lib/export';
import { dismissedWords, verdictLine } from '#lib/report';
import type { Lang, Strings } from '../strings';

/** The OCR of one row running: its address and the page being read (0 while the file and model load), or what it ended with. */
export type RowOcr = { url: string; page: number; of: number } | { url: string; message: string };

type Props = {
  t: Strings;
  lang: Lang;
  rows: readonly BatchRow[];
  /** the auditor's decisions on the rows' findings (lib/export/review-lookup.ts): a dismissed one is not counted */
  review?: ReviewLookup;
  /** 识别扫描件 on a scanned PDF's row: absent while the batch runs */
  ocr?: { state: RowOcr | null; start: (row: BatchRow) => void; cancel: () => void };
};

/** 识别扫描件 in a scanned PDF's row: the button, or the progress and its cancel, or how it ended. */
function OcrCell({ t, row, ocr }: { t: Strings; row: BatchRow; ocr: NonNullable<Props['ocr']> }) {
  const mine = ocr.state?.url === row.url ? ocr.state : null;
  if (mine && 'page' in mine)
    return (
      <span class="ocr-progress" role="status">
        {mine.page === 0 ? t.ocrLoading : t.ocrPage(mine.page, mine.of)}{' '}
        <button type="button" class="ocr-cancel" onClick={ocr.cancel}>
          {t.ocrCancel}
        </button>
      </span>
    );
  return (
    <>
      {mine && 'message' in mine && <span class="ocr-outcome">{mine.message} </span>}
      <button type="button" class="ocr-start" title={t.ocrHint} disabled={ocr.state !== null && 'page' in ocr.state} onClick={() => ocr.start(row)}>
        {t.ocrStart}
      </button>
    </>
  );
}

/** The verdict line with its counts (lib/report/verdict-words.ts), on hovering the verdict. */
function verdictTip(r: BatchRow, lang: Lang, review?: ReviewLookup): string | undefined {
  const v = r.report?.detected ? rowVerdict(r, review) : null;
  return v ? verdictLine(v, lang) : undefined;
}

/** The findings of a row the auditor dismissed, in words after the verdict's name; nothing when none was. */
function dismissedNote(r: BatchRow, lang: Lang, review?: ReviewLookup): string {
  const v = r.report?.detected ? rowVerdict(r, review) : null;
  const words = v ? dismissedWords(v, lang) : '';
  return words && (lang === 'zh' ? `（${words}）` : ` (${words})`);
}

/** One line per report: agency, year, verdict (colour and word), counts, link, error text (a scan's with 识别扫描件). */
export function ResultGrid({ t, lang, rows, review, ocr }: Props) {
  const c = t.columns;
  return (
    <div class="scroll">
      <table class="grid" data-testid="grid">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{c.agency}</th>
            <th scope="col">{c.year}</th>
            <th scope="col">{c.verdict}</th>
            <th scope="col">{c.error}</th>
            <th scope="col">{c.warning}</th>
            <th scope="col">{c.info}</th>
            <th scope="col">{c.link}</th>
            <th scope="col">{c.message}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            // errors, warnings, notes after the decisions (the CSV's counts)
            const [errors = 0, warnings, notes] = gridCounts(r, review);
            const kind = rowKind(r, review);
            return (
              <tr key={r.url} class={`row-${r.status}`} data-status={r.status} data-verdict={kind ?? ''}>
                <td>{i + 1}</td>
                <td class="agency" title={r.linkText}>
                  {r.agency ?? r.linkText}
                </td>
                <td>{r.year ?? ''}</td>
                <td class={`verdict v-${kind ?? r.status}`} title={verdictTip(r, lang, review)}>
                  {r.verdict ? verdictText(r, lang, review) : t.statuses[r.status]}
                  {r.verdict && <span class="dismissed">{dismissedNote(r, lang, review)}</span>}
                </td>
                <td class={errors > 0 ? 'num bad' : 'num'}>{r.status === 'done' ? errors : ''}</td>
                <td class="num">{r.status === 'done' ? warnings : ''}</td>
                <td class="num">{r.status === 'done' ? notes : ''}</td>
                <td class="url">
                  <a href={r.url} target="_blank" rel="noreferrer" title={r.url}>
                    {t.open}
                  </a>
                  {/* an attachment's findings are outlined in the viewer, not on the portal's page */}
                  {r.hash && ATTACHMENT_HREF.test(r.url) && (
                    <>
                      {' · '}
                      <a href={`viewer.html?url=${encodeURIComponent(r.url)}`} target="_blank" rel="noreferrer">
                        {t.viewer}
                      </a>
                    </>
                  )}
                </td>
                <td class="message">
                  {r.error ? refusalSentence(r.error)[lang] : ''}
                  {r.scanned && ocr && (
                    <>
                      {' '}
                      <OcrCell t={t} row={r} ocr={ocr} />
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
