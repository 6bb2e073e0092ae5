import { buildExtraction, type FullExtraction } from './extract/map/build-extraction';
import type { SourceDoc } from './extract/raw-table';
import { readHtml } from './extract/html/read-html';
import { readText } from './extract/text/read-text';
import type { PdfPageContent } from './extract/pdf/pdf-content';
import { readPdf } from './extract/pdf/read-pdf';
import type { Finding } from './model/finding';
import { toPublicReport } from './model/to-public-report';
import type { PublicReport } from './model/public-report';
import { runRules } from './rules/run-rules';

/** Everything one check produces: the extraction (with element handles), findings and the public report. */
export interface CheckResult {
  extraction: FullExtraction;
  findings: Finding[];
  report: PublicReport;
}

/**
 * detect → map → rules → report, for a document already reduced to a SourceDoc. `spans` is true for
 * HTML tables (real rowspan/colspan), false for flattened text.
 */
export function checkSource(doc: SourceDoc, source: string, spans: boolean): CheckResult {
  const extraction = buildExtraction(doc, spans);
  const findings = extraction.detected ? runRules(extraction) : [];
  return { extraction, findings, report: toPublicReport(source, extraction, findings) };
}

/** Checks a report saved as text: flattened Word (the seeds), crawler text, run-together cells, Markdown (readText). */
export function checkText(text: string, source: string): CheckResult {
  return checkSource(readText(text), source, false);
}

/** Checks a page: its report tables (real spans), title, metadata and narrative (readHtml). */
export function checkHtml(doc: Document | Element, source: string): CheckResult {
  return checkSource(readHtml(doc), source, true);
}

/** Checks a PDF report from its pages as loadPdfPages reads them (cells carry their PdfBox list). */
export function checkPdf(pages: readonly PdfPageContent[], source: string): CheckResult {
  return checkSource(readPdf(pages), source, true);
}
