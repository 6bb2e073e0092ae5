import { DOMParser } from 'linkedom';
import { detectFromParts, detectReport } from '../lib/detect/detect-report';
import { checkHtml, checkText, type CheckResult } from '../lib/pipeline';
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

/** Runs the pipeline on a decoded input: flattened text through checkText, pages through checkHtml. */
export function checkInput(input: ReadOk): Checked {
  if (input.kind === 'text') {
    const result = checkText(input.content, input.source);
    const signals = result.report.detected ? [] : detectFromParts({ titles: [result.report.title ?? ''], text: input.content }).reasons;
    return { source: input.source, result, signals, attachments: [] };
  }
  // linkedom's Document implements the DOM interfaces the reader uses; its typings are a separate declaration
  const doc = new DOMParser().parseFromString(input.content, 'text/html') as unknown as Document;
  const result = checkHtml(doc, input.source);
  if (result.report.detected) return { source: input.source, result, signals: [], attachments: [] };
  // many agencies post the report only as an attachment: pointing at it beats a bare "not a report"
  const detection = detectReport(doc, /^https?:/i.test(input.source) ? input.source : undefined);
  return { source: input.source, result, signals: detection.reasons, attachments: detection.attachments.map((a) => a.href) };
}
