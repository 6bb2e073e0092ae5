import { parseTitle } from '../../detect/parse-title';

const HEADINGS = 'h1, h2, h3, .title, .article-title, .tit, #title, .arti_title, .detail-title';
const BLOCKS = new Set(['p', 'div', 'h4', 'h5', 'h6', 'strong', 'b', 'span', 'font', 'center']);
const EMPHASIS = /text-align\s*:\s*center|font-weight\s*:\s*(?:bold|[6-9]00)/i;
/** How many block elements at the top of the article may hold its title (after that it is narrative). */
const FIRST_BLOCKS = 40;
/** How many elements the look at the article's first lines may open (a deeply nested page is not walked whole). */
const MAX_VISITS = 400;

/**
 * The report's title, from the places a portal prints it, in this order: the ArticleTitle metadata,
 * the headings (h1…h3, .title), the article's first centred or bold lines (a CMS article saved without
 * its page: `<p style='text-align:center;font-weight:bold'>2019年上海市人民政府办公厅…年度报告</p>`), any of
 * its first lines, and <title>. The first that reads as a report title (report-format.md §7.1) wins;
 * else the first non-empty heading or <title>, as printed.
 */
export function findPageTitle(doc: Document | null, scope: ParentNode, article: ParentNode | null): string | null {
  const clean = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
  const meta = clean(doc?.querySelector('meta[name="ArticleTitle"]')?.getAttribute('content'));
  const headings = Array.from(scope.querySelectorAll(HEADINGS))
    .slice(0, 8)
    .map((e) => clean(e.textContent));
  const own = clean(doc?.title);
  const found = [meta, ...headings].find((t) => parseTitle(t) !== null);
  if (found) return found;
  const lines = firstLines(article ?? scope);
  const line = lines.find((l) => l.emphasis && parseTitle(l.text) !== null) ?? lines.find((l) => parseTitle(l.text) !== null);
  if (line) return line.text;
  if (parseTitle(own)) return own;
  return [meta, ...headings, own].find((t) => t !== '') ?? null;
}

/** The text of the first block elements under `root` (document order, links and tables skipped), and whether each is centred or bold. */
function firstLines(root: ParentNode): { text: string; emphasis: boolean }[] {
  const out: { text: string; emphasis: boolean }[] = [];
  const stack: Element[] = Array.from(root.children).reverse();
  let seen = 0;
  let visits = 0;
  while (stack.length > 0 && seen < FIRST_BLOCKS && visits++ < MAX_VISITS) {
    const el = stack.pop();
    if (!el) break;
    const name = el.localName;
    if (name === 'table' || name === 'a' || name === 'script' || name === 'style' || name === 'nav' || name === 'ul') continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    if (BLOCKS.has(name) && text.length <= 100) {
      seen++;
      const emphasis =
        EMPHASIS.test(el.getAttribute('style') ?? '') ||
        /center/i.test(el.getAttribute('align') ?? '') ||
        name === 'strong' ||
        name === 'b' ||
        name === 'center';
      out.push({ text, emphasis });
      continue;
    }
    for (const child of Array.from(el.children).reverse()) stack.push(child);
  }
  return out;
}
