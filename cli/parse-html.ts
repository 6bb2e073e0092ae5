import { DOMParser } from 'linkedom';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type P5Node = DefaultTreeAdapterMap['node'];
type P5Parent = DefaultTreeAdapterMap['parentNode'];

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * Parses a page as a browser does, for the command-line checker: parse5 (the WHATWG tree-construction
 * algorithm: a fragment gets its <html><head><body>, a <p> first, unclosed tags, <o:p> and stray </td>
 * give Chromium's tree) builds the tree, which is then copied into a linkedom Document so that lib/
 * reads it through the same DOM interfaces as in the page. The copy walks an explicit stack, so a
 * deeply nested page cannot overflow the call stack.
 */
export function parseHtml(html: string): Document {
  const tree = parse(html, { scriptingEnabled: true });
  const doc = new DOMParser().parseFromString('<!DOCTYPE html><html></html>', 'text/html') as unknown as Document;
  doc.removeChild(doc.documentElement);
  const stack: Array<[P5Parent, Node]> = [[tree, doc]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [from, to] = top;
    // <template> children live in its content fragment, not in the tree (as in a browser)
    for (const child of from.childNodes as P5Node[]) {
      const made = copy(doc, child);
      if (!made) continue;
      to.appendChild(made);
      if ('childNodes' in child && child.nodeName !== 'template') stack.push([child as P5Parent, made]);
    }
  }
  return doc;
}

function copy(doc: Document, node: P5Node): Node | null {
  switch (node.nodeName) {
    case '#text':
      return doc.createTextNode((node as DefaultTreeAdapterMap['textNode']).value);
    case '#comment':
      return doc.createComment((node as DefaultTreeAdapterMap['commentNode']).data);
    case '#documentType':
    case '#document':
    case '#document-fragment':
      return null;
  }
  const el = node as DefaultTreeAdapterMap['element'];
  const made = el.namespaceURI === HTML_NS ? doc.createElement(el.tagName) : doc.createElementNS(el.namespaceURI, el.tagName);
  for (const a of el.attrs) {
    try {
      made.setAttribute(a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value);
    } catch {
      // a name the DOM refuses (a page's junk attribute, e.g. `"` or `<`): Chromium keeps it, no rule reads it
    }
  }
  return made;
}
