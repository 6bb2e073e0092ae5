import { detectFromParts, detectReport, readDocxHtml } from '#lib/read';
import { checkHtml, checkPdf, type CheckResult, checkScan, checkSource, checkText } from '#lib/check';
import { parseHtml } from './parse-html';
import type { ReadOk } from './read-result';

/** One input after the pipeline, with what detection saw when the input was not taken for a report. */
export interface Checked {
  source: string;
  result: CheckResult;
  /** detection signals found on a non-report (report-format.md §7.5 codes: title, template-note, sections…) */
  signals: string[];
  /** hrefs of .pdf/.doc/.wps links whose text names an annual report, on a non-report page */
  attachments: string[];
}

/** Signals for the "not a report" explanation of a document that has no page to scan (text, Word, PDF). */
function fromParts(source: string, result: CheckResult, text: () => string, explain: boolean): Checked {
  const signals = result.report.detected || !explain ? [] : detectFromParts({ titles: [result.report.title ?? ''], text: text() }).reasons;
  return { source, result, signals, attachments: [] };
}

/**
 * Runs the pipeline on an input: flattened text through checkText, pages through checkHtml, Word
 * documents (mammoth's HTML) through readDocxHtml, PDFs (pages of positioned text) through checkPdf.
 * `explain`: look for what made a non-report look like one (only the summary says it; false skips it).
 */
export function checkInput(input: ReadOk, explain = true): Checked {
  if (input.kind === 'text') return fromParts(input.source, checkText(input.content, input.source), () => input.content, explain);
  if (input.kind === 'docx') {
    const result = checkSource(readDocxHtml(input.html, parseHtml), input.source, true);
    return fromParts(input.source, result, () => result.extraction.lines.join('\n'), explain);
  }
  if (input.kind === 'scan') return fromParts(input.source, checkScan(input.reading, input.source), () => '', explain);
  if (input.kind === 'pdf') {
    const result = checkPdf(input.pages, input.source);
    return fromParts(input.source, result, () => input.pages.map((p) => p.items.map((i) => i.str).join('')).join('\n'), explain);
  }
  const doc = parseHtml(input.content);
  const result = checkHtml(doc, input.source);
  if (result.report.detected || !explain) return { source: input.source, result, signals: [], attachments: [] };
  // many agencies post the report only as an attachment: pointing at it beats a bare "not a report"
  const detection = detectReport(doc, /^https?:/i.test(input.source) ? input.source : undefined);
  return { source: input.source, result, signals: detection.reasons, attachments: detection.attachments.map((a) => a.href) };
}
