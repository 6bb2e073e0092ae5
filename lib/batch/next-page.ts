/** Link texts of a list's "next page" (下一页, 下页, ›, », >). */
const NEXT_TEXT = /^(下一页|下页|后一页|[›»>]|next)$/i;
/** TRS WCM writes its pager by script: createPageHTML(pages, current, "index", "html") → index_{current+1}.html. */
const TRS_PAGER = /createPageHTML\(\s*(\d+)\s*,\s*(\d+)\s*,\s*["'](\w+)["']\s*,\s*["'](\w+)["']/;

/**
 * The next page of a 年报 list (栏目) spread over several pages, or null on the last one: the link
 * whose text says 下一页, else the page TRS's pager script would link. Web addresses only, never the
 * page itself.
 * @example nextPageUrl(doc, 'http://x.gov.cn/nb/index.html') → 'http://x.gov.cn/nb/index_1.html'
 */
export function nextPageUrl(doc: Document, pageUrl: string): string | null {
  const here = new URL(pageUrl);
  const ok = (href: string) => {
    try {
      const u = new URL(href, here);
      u.hash = '';
      return /^https?:$/.test(u.protocol) && u.href !== new URL(here.pathname + here.search, here).href ? u.href : null;
    } catch {
      return null;
    }
  };
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    if (!NEXT_TEXT.test((a.textContent ?? '').trim())) continue;
    const next = ok(a.getAttribute('href') ?? '');
    if (next) return next;
  }
  for (const s of Array.from(doc.querySelectorAll('script'))) {
    const m = TRS_PAGER.exec(s.textContent ?? '');
    if (!m) continue;
    const [pages, current, name, ext] = [Number(m[1]), Number(m[2]), m[3] ?? '', m[4] ?? ''];
    return current + 1 < pages ? ok(`${name}_${current + 1}.${ext}`) : null;
  }
  return null;
}
