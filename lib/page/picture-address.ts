/** Where lazy loaders keep a picture's real address while `src` holds a placeholder, in the order tried. */
const LAZY_ATTRS = ['data-src', 'data-original', 'data-lazy-src'] as const;

/**
 * The largest candidate of a srcset (`a.png 1x, b.png 2x` or `… 800w`), the sharpest for OCR; null when
 * empty. Parsed as the HTML spec does: an address runs to whitespace (a data: address keeps its comma).
 * @example largestCandidate('t-1x.png 1x, t-2x.png 2x') → 't-2x.png'
 */
export function largestCandidate(srcset: string): string | null {
  let best: { url: string; size: number } | null = null;
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset.charAt(i))) i++;
    if (i >= srcset.length) break;
    let j = i;
    while (j < srcset.length && !/\s/.test(srcset.charAt(j))) j++;
    let url = srcset.slice(i, j);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
      i = j;
    } else {
      const comma = srcset.indexOf(',', j);
      const end = comma < 0 ? srcset.length : comma;
      descriptor = srcset.slice(j, end).trim();
      i = end + 1;
    }
    const size = Number(/^(\d+(?:\.\d+)?)[wx]$/.exec(descriptor)?.[1] ?? 1);
    if (url && (!best || size > best.size)) best = { url, size };
  }
  return best?.url ?? null;
}

/**
 * A picture's real address (http(s), resolved against the page) and whether it is not what `src` shows:
 * a lazy loader's attribute first (its `src` is then a placeholder, a tiny gif or a data: address), then
 * the largest of srcset, then src. Null when none is a web address (a data: placeholder is no table).
 * @example pictureAddress(<img src="data:image/gif;base64,R0lG…" data-src="t3.png">, 'https://a.gov.cn/x/nb.html')
 *   → { href: 'https://a.gov.cn/x/t3.png', lazy: true }
 */
export function pictureAddress(img: Element, base: string): { href: string; lazy: boolean } | null {
  const resolve = (raw: string | null | undefined): URL | null => {
    if (!raw?.trim()) return null;
    try {
      const url = new URL(raw.trim(), base);
      return /^https?:$/.test(url.protocol) ? url : null;
    } catch {
      return null;
    }
  };
  const shown = resolve(img.getAttribute('src'));
  for (const attr of LAZY_ATTRS) {
    const url = resolve(img.getAttribute(attr));
    // the loader swaps it into src when the picture scrolls into view; until then src is the placeholder
    if (url) return { href: url.href, lazy: url.href !== shown?.href };
  }
  // a srcset the browser loads itself: what it measures is the same picture at some resolution
  const set = resolve(largestCandidate(img.getAttribute('srcset') ?? ''));
  const lazySet = resolve(largestCandidate(img.getAttribute('data-srcset') ?? ''));
  if (lazySet) return { href: lazySet.href, lazy: lazySet.href !== set?.href && lazySet.href !== shown?.href };
  if (set) return { href: set.href, lazy: false };
  return shown ? { href: shown.href, lazy: false } : null;
}
