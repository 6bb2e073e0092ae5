const BLOCK = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'UL', 'OL', 'TABLE']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * The text of an element with <br> and block children as line breaks (Word and CMS editors split labels
 * as `商业<br>企业` or several <p> in one cell). NBSP is kept; the number and label readers handle it.
 * `<o:p>`, <span>, <font> are transparent. Does not use innerText (absent or layout-bound in some DOMs).
 * @example cellText(<td><p>商业</p><p>企业</p></td>) → '商业\n企业'
 */
export function cellText(el: Element): string {
  let out = '';
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += (c as Text).data.replace(/[\r\n\t]+/g, '');
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') out += '\n';
        else if (BLOCK.has(tag)) {
          if (out !== '' && !out.endsWith('\n')) out += '\n';
          walk(c);
          if (!out.endsWith('\n')) out += '\n';
        } else walk(c);
      }
    }
  };
  walk(el);
  return out.replace(/\n+$/, '').replace(/^\n+/, '');
}
