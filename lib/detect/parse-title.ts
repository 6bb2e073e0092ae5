import { normalizeLabel } from '../text/normalize-label';

export interface TitleInfo {
  title: string;
  agency: string | null;
  year: number;
}

// report-format.md §7.1, applied after NFKC and whitespace removal. The agency stands before the year
// (canonical form) or between the year and 政府信息公开 (region-first form, 2023年上海市政府信息公开…).
// Nothing between the year and 政府信息公开 but an agency's name: no digit, bracket or punctuation, so that in a
// sentence (…〔2019〕60号)要求,我厅编写了2021年政府信息公开工作年度报告) the year is the one before the name.
const CANONICAL = /^(.*?)((?:19|20)\d{2})年?度?的?([^\d,，。;；:：()（）《》〔〕【】]{0,40}?)政府信息公开(?:工作)?的?年度报告/;
const ABOUT = /^(.*?)关于((?:19|20)\d{2})年度?([^\d,，。;；:：()（）《》〔〕【】]{0,40}?)政府信息公开(?:工作)?情况的报告/;
/**
 * What marks a sentence of the body, not a title: the body's first sentence often names the report
 * (根据《条例》…要求，结合我局实际，编制2023年政府信息公开工作年度报告). Its words before the year are no agency.
 */
const SENTENCE = /[,，。;；:：!！?？《》〔〕]|根据|依据|按照|遵照|要求|编制|编写|现将|特此|本报告|如下/;
/** An agency's name is short; a longer run before the year is a breadcrumb or a paragraph run together with the title. */
const MAX_AGENCY = 50;

/**
 * Reads title, agency and reporting year from a page or document title; null for anything else, also for
 * a sentence of the body that names the report (its year is read by bodyYear, its agency is not known).
 * @example parseTitle('北京市通州区国资委2023年政府信息公开 工作年度报告_通州区政府')
 *   → { title: '北京市通州区国资委2023年政府信息公开工作年度报告', agency: '北京市通州区国资委', year: 2023 }
 */
export function parseTitle(text: string): TitleInfo | null {
  // what crawlers and converters put before a title: 标题: / # (Markdown) / 正文 (a page's tab label)
  const s = normalizeLabel(text).replace(/^(?:#+|(?:文章)?标题[:：]?|题目[:：]?|正文[:：]?)+/, '');
  const m = CANONICAL.exec(s) ?? ABOUT.exec(s);
  if (!m) return null;
  const before = cleanAgency(m[1] ?? '');
  if (before.length > MAX_AGENCY || SENTENCE.test(before) || SENTENCE.test(m[3] ?? '')) return null;
  const agency = before || cleanAgency(m[3] ?? '') || null;
  return { title: m[0], agency, year: Number(m[2]) };
}

function cleanAgency(s: string): string {
  return s.replace(/^[\s"'《<【[(（:：、,，.。|_-]+/, '').replace(/(关于|的)$/, '');
}
