const BLOCK = new Set([
  'P',
  'DIV',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TR',
  'TD',
  'TH',
  'SECTION',
  'ARTICLE',
  'BLOCKQUOTE',
  'UL',
  'OL',
  'TABLE',
  'CENTER',
  'DD',
  'DT',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * The text of an element with <br> and block children as line breaks. Line breaks in the HTML source are
 * dropped, not turned into spaces: Word wraps Chinese text mid-sentence. NBSP is kept. `<o:p>`, <span>,
 * <font> are transparent. With `skipTables`, tables are left out (the narrative, whose tables are read as
 * tables). Does not use innerText (absent or layout-bound in some DOMs). Walks an explicit stack and
 * collects parts (no recursion, no string re-scanning): linear in the page, however deep or long.
 * @example blockText(<td><p>商业</p><p>企业</p></td>) → '商业\n企业'
 */
export function blockText(el: Element, skipTables = false): string {
  const parts: string[] = [];
  let last = ''; // the last character written, '' before any
  const put = (s: string) => {
    if (s === '') return;
    parts.push(s);
    last = s.slice(-1);
  };
  const breakLine = () => {
    if (last !== '\n') put('\n');
  };
  // [node, true] closes a block element once its children are written
  const stack: Array<[Node, boolean]> = [];
  const pushChildren = (node: Node) => {
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push([c, false]);
  };
  pushChildren(el);
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [c, closing] = top;
    if (closing) {
      breakLine();
      continue;
    }
    if (c.nodeType === 3) put((c as Text).data.replace(/[\r\n\t]+/g, ''));
    else if (c.nodeType === 1) {
      const tag = (c as Element).tagName.toUpperCase();
      if (SKIP.has(tag) || (skipTables && tag === 'TABLE')) {
        if (tag === 'TABLE') breakLine();
      } else if (tag === 'BR') put('\n');
      else if (BLOCK.has(tag)) {
        if (last !== '') breakLine();
        stack.push([c, true]);
        pushChildren(c);
      } else pushChildren(c);
    }
  }
  return parts.join('').replace(/\n+$/, '').replace(/^\n+/, '');
}

/**
 * A table cell's text (see blockText): Word and CMS editors split labels as `商业<br>企业` or several <p>.
 * @example cellText(<td><p>商业</p><p>企业</p></td>) → '商业\n企业'
 */
export function cellText(el: Element): string {
  return blockText(el);
}
