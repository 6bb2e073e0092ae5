/**
 * The characters of a source a reader sees, each with its offset in the source, so that a figure found in
 * what is shown can be changed where it is written. Markup (tags, comments, scripts and styles of a page;
 * the XML of a Word document) and Markdown's cell bars become GAP: a place between two figures, never part
 * of one. This is the instrument's own view of the source, deliberately simpler than any reader.
 */
export interface TextStream {
  text: string;
  /** offsets[i]: where text[i] starts in the source */
  offsets: number[];
}

/** How a form writes its text: pages and Word's XML have markup, Markdown has cell bars, text is text. */
export type Syntax = 'markup' | 'markdown' | 'text';

export const GAP = '\u0000';

/** Blank characters a figure may be padded with in every form (a gap for the locator). */
export const BLANKS = new Set([' ', '\t', '\n', '\r', '\f', '\u00a0', '\u3000', '\u2002', '\u2003', '\u2009', '\u200b', '\ufeff']);

const RAW_TEXT = new Set(['script', 'style', 'noscript']);
const BLANK_ENTITIES = new Set(['nbsp', '#160', '#xa0', 'ensp', 'emsp', 'thinsp', '#12288', '#x3000']);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** End of a tag starting at `i` (after its `>`), quotes respected. */
function tagEnd(source: string, i: number): number {
  let quote = '';
  for (let j = i + 1; j < source.length; j++) {
    const c = source[j]!;
    if (quote) quote = c === quote ? '' : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j + 1;
  }
  return source.length;
}

/** One markup token at `i` (comment, tag with a raw-text body, entity), or null for plain text. */
function markupAt(source: string, i: number): { end: number; shows: string } | null {
  if (source.startsWith('<!--', i)) {
    const close = source.indexOf('-->', i + 4);
    return { end: close < 0 ? source.length : close + 3, shows: GAP };
  }
  if (source[i] === '<' && /[A-Za-z/!?]/.test(source[i + 1] ?? '')) {
    const end = tagEnd(source, i);
    const name = /^<([A-Za-z][\w:-]*)/.exec(source.slice(i, i + 40))?.[1]?.toLowerCase();
    if (name && RAW_TEXT.has(name)) {
      const close = source.toLowerCase().indexOf(`</${name}`, end);
      return { end: close < 0 ? source.length : tagEnd(source, close), shows: GAP };
    }
    return { end, shows: GAP };
  }
  if (source[i] === '&') {
    const m = /^&(#\d+|#x[0-9a-f]+|[a-z]+\d*);?/i.exec(source.slice(i, i + 12));
    if (!m) return null;
    const name = m[1]!.toLowerCase();
    // a figure is never written as an entity here: a digit from &#49; is shown as "other" and never changed
    const shows = BLANK_ENTITIES.has(name) ? ' ' : (NAMED[name] ?? '\ufffd');
    return { end: i + m[0].length, shows };
  }
  return null;
}

/** The shown text of a source with each character's source offset. */
export function textStream(source: string, syntax: Syntax): TextStream {
  const text: string[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < source.length; ) {
    const token = syntax === 'markup' ? markupAt(source, i) : null;
    if (token) {
      text.push(token.shows);
      offsets.push(i);
      i = token.end;
      continue;
    }
    const c = source[i]!;
    text.push(syntax === 'markdown' && c === '|' ? GAP : c);
    offsets.push(i);
    i++;
  }
  return { text: text.join(''), offsets };
}
