import { ATTACHMENT_HREF as ATTACHMENT } from '../detect/attachment-links';
import { parseTitle } from '../detect/parse-title';
import { collapseSpace, normalizeLabel } from '../text/normalize-label';

/** A link on a list page (年报栏目) or in a pasted list that looks like an annual report. */
export interface ReportLink {
  /** absolute URL, without its #fragment */
  url: string;
  /** the link text (or its title attribute when the text is cut short), whitespace collapsed */
  text: string;
  /** the reporting year read from the text, when it names one */
  year: number | null;
  /** .pdf/.doc/.docx/.wps: the report is an attachment, not a page */
  attachment: boolean;
}

// report-format.md §7.5 negatives: other report types whose titles share 年度报告, and pages about a
// report rather than the report itself (解读, 图解 carry the same title in the same column).
const NEGATIVE = /法治政府建设|预决算|预算|决算|政府工作报告|统计公报|解读|图解|政策问答/;
// a list item is often cut short by the portal ("…政府信息公开工作年..."): the title attribute then has it all
const TRUNCATED = /(\.{2,}|…+)$/;

/**
 * Does this link text (or title attribute) name a 政府信息公开工作年度报告 (report-format.md §7.1)?
 * @example reportLinkYear('北京市通州区国资委2023年政府信息公开工作年度报告') → 2023
 * @example reportLinkYear('2023年法治政府建设年度报告') → null
 */
export function reportLinkYear(text: string): number | null {
  const s = normalizeLabel(text);
  if (!s || NEGATIVE.test(s)) return null;
  return parseTitle(s)?.year ?? null;
}

function absolute(href: string, base: string | undefined): string | null {
  try {
    const u = base ? new URL(href, base) : new URL(href);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

const collapse = collapseSpace;

/**
 * The links of a list page that look like annual reports: link text or title attribute matching the
 * report title (§7.1, negatives of §7.5 skipped), pages and attachments alike; absolute, de-duplicated,
 * in page order. `pageUrl` resolves relative hrefs (a parsed Document has no base of its own).
 */
export function listLinks(doc: Document | Element, pageUrl: string): ReportLink[] {
  const out: ReportLink[] = [];
  const seen = new Set<string>();
  // a <base href> (some CMS templates set one) changes what relative hrefs mean, as in the browser
  const baseHref = doc.querySelector('base[href]')?.getAttribute('href');
  const resolveBase = baseHref ? (absolute(baseHref, pageUrl) ?? pageUrl) : pageUrl;
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const text = collapse(a.textContent ?? '');
    const title = collapse(a.getAttribute('title') ?? '');
    const textYear = TRUNCATED.test(text) ? null : reportLinkYear(text);
    const year = textYear ?? reportLinkYear(title);
    if (year === null) continue;
    // a negative word in either text or title vetoes the link (解读 pages often carry the report's title attribute)
    if (NEGATIVE.test(normalizeLabel(text)) || NEGATIVE.test(normalizeLabel(title))) continue;
    const url = absolute(a.getAttribute('href') ?? '', resolveBase);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    out.push({ url, text: textYear !== null ? text : title, year, attachment: ATTACHMENT.test(url) });
  }
  return out;
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"'，。；、！？（）()【】《》「」]+/gi;

/**
 * Links pasted by the user: one per line ("title URL", "URL title", a tab-separated row copied from a
 * spreadsheet) or URLs anywhere in free text; with `base`, a line holding only a relative path
 * (/col/…, ./t2024….html) is resolved against it. De-duplicated, in order; the text beside a URL on
 * its line becomes the link text. Not filtered by title: the user chose these.
 * @example parsePastedLinks('某局2023年报告 https://a.gov.cn/1.html').map((l) => l.url) → ['https://a.gov.cn/1.html']
 */
export function parsePastedLinks(text: string, base?: string): ReportLink[] {
  const out: ReportLink[] = [];
  const seen = new Set<string>();
  const add = (raw: string, label: string) => {
    const url = absolute(raw.replace(/[.,;:!?]+$/, ''), base);
    if (!url || seen.has(url)) return;
    seen.add(url);
    const clean = collapse(label.replace(/[\t|,，;；]+/g, ' '));
    out.push({ url, text: clean, year: clean ? reportLinkYear(clean) : null, attachment: ATTACHMENT.test(url) });
  };
  for (const line of text.split(/\r?\n/)) {
    const urls = line.match(URL_IN_TEXT) ?? [];
    if (urls.length > 0) {
      const [only] = urls;
      const label = urls.length === 1 && only !== undefined ? line.replace(only, ' ') : '';
      for (const u of urls) add(u, label);
    } else if (base) {
      const path = /(?:^|\s)((?:\.{0,2}\/|[\w-]+\/)[^\s]*\.(?:s?html?|jsp|pdf|docx?|wps)(?:\?[^\s]*)?)(?:\s|$)/i.exec(line)?.[1];
      if (path) add(path, line.replace(path, ' '));
    }
  }
  return out;
}
