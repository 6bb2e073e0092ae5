export interface PageScan {
  text: string;
  h1: string;
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg']);
/** Hostile or huge pages: stop reading after this much text; a report's labels come far earlier. */
const MAX_TEXT = 4_000_000;

/**
 * One iterative walk over the page that gathers what detection needs on every page: the text of text
 * nodes (scripts and styles skipped) and the first h1. One pass instead of textContent plus
 * querySelector scans (each a full traversal in some DOMs), so detection costs about one DOM walk.
 * @example scanPage(body).text → '…本列数据的勾稽关系…'
 */
export function scanPage(root: Node): PageScan {
  const parts: string[] = [];
  let size = 0;
  let h1 = '';
  const stack: Node[] = [root];
  while (stack.length > 0 && size < MAX_TEXT) {
    const node = stack.pop();
    if (!node) break;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      parts.push(data);
      size += data.length;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    // localName is a plain stored string in every DOM (tagName is computed, upper-cased, in some)
    const name = (node as Element).localName;
    if (name !== undefined && name !== null) {
      if (SKIP.has(name)) continue;
      if (h1 === '' && name === 'h1') h1 = (node as Element).textContent ?? '';
    }
    // push children in reverse so the walk reads the page in document order
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return { text: parts.join(''), h1 };
}
