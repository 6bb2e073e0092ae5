import { parseTitle } from './parse-title';

/** A link to a PDF, Word or WPS file. */
export const ATTACHMENT_HREF = /\.(pdf|docx?|wps)(?:$|[?#])/i;

/** A link text that names an annual report: a report title, or 年报 / 年度报告. */
export function namesReport(text: string): boolean {
  return parseTitle(text) !== null || /年报|年度报告/.test(text);
}

export interface AttachmentLink {
  href: string;
  text: string;
  /** the link text names an annual report (a title, or 年报/年度报告) */
  named: boolean;
}

/**
 * The page's links to attachments (absolute, first 200, in page order, each once), and whether each
 * names a report. Read on demand only: detection asks for them when its other signals are weak, the
 * popup when a report's tables could not be read on the page.
 */
export function attachmentLinks(doc: Document): AttachmentLink[] {
  const seen = new Set<string>();
  const out: AttachmentLink[] = [];
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const raw = a.getAttribute('href') ?? '';
    if (!ATTACHMENT_HREF.test(raw)) continue;
    const href = (a as HTMLAnchorElement).href || raw;
    // web addresses only: a page's javascript: or data: link is never offered to open
    if (!/^https?:\/\//i.test(href) || seen.has(href)) continue;
    seen.add(href);
    const text = (a.textContent ?? '').trim();
    out.push({ href, text, named: namesReport(text) });
    if (out.length === 200) break;
  }
  return out;
}
