const BLOCK = /^(P|DIV|LI|H[1-6]|SECTION|ARTICLE|BLOCKQUOTE|TD|TH|TR|CENTER|DD|DT)$/;
const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TABLE)$/;

/**
 * The article's text as lines, one per block element (and per <br>), tables excluded (they are read
 * as tables), whitespace collapsed, empty lines dropped: what the narrative and section rules read.
 * @example narrativeLines(<div><p>一、总体情况</p><p>…</p></div>) → ['一、总体情况', '…']
 */
export function narrativeLines(container: Element): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) current += (c as Text).data;
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toUpperCase();
        if (SKIP.test(tag)) {
          if (tag === 'TABLE') flush();
          continue;
        }
        if (tag === 'BR') flush();
        else if (BLOCK.test(tag)) {
          flush();
          walk(c);
          flush();
        } else walk(c);
      }
    }
  };
  walk(container);
  flush();
  return lines;
}
