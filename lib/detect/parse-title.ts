import { normalizeLabel } from '../text/normalize-label';

export interface TitleInfo {
  title: string;
  agency: string | null;
  year: number;
}

// report-format.md §7.1, applied after NFKC and whitespace removal. The agency stands before the year
// (canonical form) or between the year and 政府信息公开 (region-first form, 2023年上海市政府信息公开…).
const CANONICAL = /^(.*?)((?:19|20)\d{2})年?度?的?(.*?)政府信息公开(?:工作)?的?年度报告/;
const ABOUT = /^(.*?)关于((?:19|20)\d{2})年度?(.*?)政府信息公开(?:工作)?情况的报告/;

/**
 * Reads title, agency and reporting year from a page or document title.
 * @example parseTitle('北京市通州区国资委2023年政府信息公开 工作年度报告_通州区政府')
 *   → { title: '北京市通州区国资委2023年政府信息公开工作年度报告', agency: '北京市通州区国资委', year: 2023 }
 */
export function parseTitle(text: string): TitleInfo | null {
  // what crawlers and converters put before a title: 标题: / # (Markdown) / 正文 (a page's tab label)
  const s = normalizeLabel(text).replace(/^(?:#+|(?:文章)?标题[:：]?|题目[:：]?|正文[:：]?)+/, '');
  const m = CANONICAL.exec(s) ?? ABOUT.exec(s);
  if (!m) return null;
  const agency = cleanAgency(m[1] ?? '') || cleanAgency(m[3] ?? '') || null;
  return { title: m[0], agency, year: Number(m[2]) };
}

function cleanAgency(s: string): string {
  return s.replace(/^[\s"'《<【[(（:：、,，.。|_-]+/, '').replace(/(关于|的)$/, '');
}
