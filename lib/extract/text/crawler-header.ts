/**
 * The metadata a portal-archive crawler writes above the text it saved (changwu/pingtan-gov-zwgk-archive's
 * page.txt): `标题: …`, `发布时间: 2024-01-26 14:58`, `栏目: 政府信息公开年报`, `原文链接: https://…`, then a
 * rule line `==== 正文 ====` and the page's text.
 */
export interface CrawlerHeader {
  title: string | null;
  published: string | null;
  column: string | null;
  url: string | null;
  publisher: string | null;
  /** the text below the rule line */
  body: string;
}

const RULE = /^[=＝\-—_*#\s]{3,}\s*正\s*文\s*[=＝\-—_*#\s]{3,}$/;
const FIELD = /^\s*([^:：\s]{1,8})\s*[:：]\s*(.*)$/;
const KEYS: Record<string, keyof Omit<CrawlerHeader, 'body'>> = {
  标题: 'title',
  题目: 'title',
  发布时间: 'published',
  发布日期: 'published',
  成文日期: 'published',
  栏目: 'column',
  所属栏目: 'column',
  原文链接: 'url',
  原文地址: 'url',
  链接: 'url',
  URL: 'url',
  url: 'url',
  发布机构: 'publisher',
};

/** The header and body of crawler text, or null when the text has no such header (within its first 40 lines). */
export function readCrawlerHeader(text: string): CrawlerHeader | null {
  // neither a byte-order mark nor spaces around the rule need stripping: both are whitespace to RULE's and FIELD's \s
  const lines = text.split(/\r?\n/);
  const rule = lines.slice(0, 40).findIndex((l) => RULE.test(l));
  if (rule < 1) return null;
  const out: CrawlerHeader = { title: null, published: null, column: null, url: null, publisher: null, body: lines.slice(rule + 1).join('\n') };
  let fields = 0;
  for (const line of lines.slice(0, rule)) {
    const m = FIELD.exec(line);
    const key = m ? KEYS[m[1] ?? ''] : undefined;
    if (!m || !key) continue;
    fields++;
    const value = (m[2] ?? '').trim();
    if (value !== '' && out[key] === null) out[key] = value;
  }
  return fields > 0 ? out : null;
}
