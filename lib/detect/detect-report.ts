import { ATTACHMENT_HREF, attachmentLinks, namesReport } from './attachment-links';
import type { Format } from '../model/keys';
import { classifyFormat } from './classify-format';
import { parseTitle, type TitleInfo } from './parse-title';
import { scanPage } from './scan-page';

export interface Detection {
  isReport: boolean;
  format: Format;
  title: string | null;
  agency: string | null;
  year: number | null;
  /** why: the signals that matched (report-format.md §7.5) */
  reasons: string[];
  /** links to the report as an attachment (.pdf/.doc/.docx/.wps) whose text names a report */
  attachments: { href: string; text: string }[];
}

/** The parts of a page detection reads; all cheap to obtain. */
export interface DetectionInput {
  titles: readonly string[];
  text: string;
  url?: string;
  column?: string | null;
  /** read only when a strong signal is present and the page is not yet a report (attachment mode) */
  links?: () => readonly { href: string; text: string }[];
}

const STRONG_LABELS = ['第二十条第（一）项', '第二十条第(一)项', '收到和处理政府信息公开申请情况', '未经复议直接起诉', '结转下年度继续办理', '三安全一稳定'];
const SECTION_HEADINGS = [
  '总体情况',
  '主动公开政府信息情况',
  '收到和处理政府信息公开申请情况',
  '行政复议、行政诉讼情况',
  '存在的主要问题',
  '其他需要报告的事项',
];
const URL_TOKENS = /ndbg|zfxxgknb|zfxxgkndbg|gknb|bmnb|xsqnb|nszfnb|nb20\d\d|20\d\dnb|sfgwgknb|xxgkannualreport/i;

/**
 * Is this a 政府信息公开工作年度报告, and in which template? Score of report-format.md §7.5: strong
 * signals (a report title; the template's own labels) and weak ones (URL token, 年报 column, section
 * headings, the 第五十条 boilerplate, a report attachment). Report = 2 strong, or 1 strong + 2 weak.
 * @example detectFromParts({ titles: ['某局2023年政府信息公开工作年度报告'], text: '…本列数据的勾稽关系…' }).isReport → true
 */
export function detectFromParts(input: DetectionInput): Detection {
  const reasons: string[] = [];
  let strong = 0;
  let weak = 0;
  let info: TitleInfo | null = null;
  for (const t of input.titles) if (!info && t) info = parseTitle(t);
  if (info) strong++, reasons.push('title');
  const text = input.text;
  if (text.includes('勾稽关系')) strong++, reasons.push('template-note');
  if (STRONG_LABELS.filter((l) => text.includes(l)).length >= 2) strong++, reasons.push('template-labels');
  if (input.url && URL_TOKENS.test(input.url)) weak++, reasons.push('url');
  if (input.column && /年报|年度报告/.test(input.column)) weak++, reasons.push('column');
  // the weak signals found in the text cannot make a report without a strong one: on the pages that
  // are not reports (nearly all the content script sees) their eight scans of the text are skipped
  if (strong >= 1) {
    if (SECTION_HEADINGS.filter((h) => text.includes(h)).length >= 4) weak++, reasons.push('sections');
    if (text.includes('第五十条规定') || text.includes('编制本报告')) weak++, reasons.push('boilerplate');
  }
  const needLinks = strong >= 1 && !(strong >= 2 || weak >= 2);
  const attachments = needLinks ? (input.links?.() ?? []).filter((l) => ATTACHMENT_HREF.test(l.href) && namesReport(l.text)) : [];
  if (attachments.length > 0) weak++, reasons.push('attachment');
  const isReport = strong >= 2 || (strong >= 1 && weak >= 2);
  return {
    isReport,
    format: isReport ? classifyFormat(text) : 'unknown',
    title: info?.title ?? null,
    agency: info?.agency ?? null,
    year: info?.year ?? null,
    reasons,
    attachments,
  };
}

/** The reasons that are strong signals (a report needs at least one). */
const STRONG_REASONS = new Set(['title', 'template-note', 'template-labels']);

/**
 * detectFromParts on a live or parsed document: the title and the ArticleTitle/ColumnName metadata from
 * <head>, then the body's text. Nearly every page the content script sees is no report, so the body is
 * first read with textContent, one native call in a browser (a JS walk over every node costs several
 * times one DOM walk in Chromium, issue 10). textContent holds all the text scanPage keeps, plus script
 * and style text, so a page with no strong signal in it has none in scanPage's text either and is no
 * report; only a page with one is read again by scanPage, to decide on the exact text (and its attachment
 * links).
 */
export function detectReport(doc: Document, url?: string): Detection {
  const head = doc.head;
  const meta = (name: string) => head?.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? null;
  const body = doc.body;
  const parts = { url: url ?? doc.URL, column: meta('ColumnName') };
  const titles = (h1: string) => [meta('ArticleTitle') ?? '', h1, doc.title ?? ''];
  const quick = detectFromParts({ ...parts, titles: titles(body?.querySelector('h1')?.textContent ?? ''), text: body?.textContent ?? '' });
  if (!quick.reasons.some((r) => STRONG_REASONS.has(r))) return quick;
  const scan = body ? scanPage(body) : { text: '', h1: '' };
  return detectFromParts({ ...parts, titles: titles(scan.h1), text: scan.text, links: () => attachmentLinks(doc) });
}
