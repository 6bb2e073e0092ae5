import { gbkEncode } from '../cli/gbk-encode';
import type { Fixture } from './fixtures';
import { FORMS, type VariantId } from './forms';
import { digitOf, type Figure } from './locate-figures';
import { siteChrome } from './site-chrome';

interface Edit {
  at: number;
  /** source characters replaced (0: an insertion) */
  remove: number;
  insert: string;
}

/** Applies edits to a source, last first so that every offset still points where it did. */
function edit(source: string, edits: Edit[]): string {
  let out = source;
  for (const e of [...edits].sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.insert + out.slice(e.at + e.remove);
  return out;
}

/** The blank a variant pads with, as the form writes it (a page writes NBSP as &nbsp;). */
function blank(variant: VariantId, f: Fixture): string {
  if (variant.startsWith('space')) return ' ';
  if (variant.startsWith('ideographic')) return '\u3000';
  return f.form === 'html' ? '&nbsp;' : '\u00a0';
}

/** First and last figure of each printed row: where a run-together row can be padded without splitting it. */
function rowSpans(figures: readonly Figure[]): [number, number][] {
  const rows = new Map<number, [number, number]>();
  for (const g of figures) {
    const span = rows.get(g.row);
    rows.set(g.row, [span?.[0] ?? g.offsets[0]!, g.offsets.at(-1)!]);
  }
  return [...rows.values()];
}

function around(source: string, figures: readonly Figure[], pad: string, runTogether: boolean): string {
  const spans: [number, number][] = runTogether ? rowSpans(figures) : figures.map((g) => [g.offsets[0]!, g.offsets.at(-1)!]);
  return edit(
    source,
    spans.flatMap(([first, last]) => [
      { at: first, remove: 0, insert: pad },
      { at: last + 1, remove: 0, insert: pad },
    ]),
  );
}

/** A page re-encoded as GBK (what many portals serve), its charset declaration saying so. */
function asGbk(html: string): Uint8Array {
  const declared = /<meta[^>]*charset\s*=\s*["']?[\w-]+[^>]*>/i;
  const page = declared.test(html) ? html.replace(declared, '<meta charset="gbk">') : html.replace(/<head[^>]*>|^/i, (m) => `${m}<meta charset="gbk">`);
  // a character GBK lacks is written as a character reference, as a browser's "save as" in GBK does
  return gbkEncode([...page].map((ch) => (ch.charCodeAt(0) < 0x80 || canGbk(ch) ? ch : `&#x${ch.codePointAt(0)!.toString(16)};`)).join(''));
}

function canGbk(ch: string): boolean {
  try {
    gbkEncode(ch);
    return true;
  } catch {
    return false;
  }
}

/**
 * A harmless variant of a fixture's source: figures padded or split by blanks, written in full-width digits,
 * wrapped in `<span>`/`<font>`, the page in GBK or inside a portal's chrome. Null where the variant does not
 * apply to the form, or changes nothing in this fixture (no figure of two digits to split).
 */
export function applyVariant(f: Fixture, source: string, figures: readonly Figure[], variant: VariantId): string | Uint8Array | null {
  const form = FORMS[f.form];
  if (!form.variants.includes(variant)) return null;
  switch (variant) {
    case 'space-around':
    case 'nbsp-around':
    case 'ideographic-around':
      return around(source, figures, blank(variant, f), form.runTogether);
    case 'space-inside':
    case 'nbsp-inside':
    case 'ideographic-inside': {
      const long = figures.filter((g) => g.offsets.length >= 2);
      return long.length === 0
        ? null
        : edit(
            source,
            long.map((g) => ({ at: g.offsets[1]!, remove: 0, insert: blank(variant, f) })),
          );
    }
    case 'fullwidth':
      return edit(
        source,
        figures.flatMap((g) => g.offsets.map((at) => ({ at, remove: 1, insert: String.fromCharCode(0xff10 + digitOf(source[at])) }))),
      );
    case 'span':
    case 'font': {
      const [open, close] = variant === 'span' ? ['<span>', '</span>'] : ['<font face="宋体" size="3">', '</font>'];
      return edit(
        source,
        figures.flatMap((g) => [
          { at: g.offsets[0]!, remove: 0, insert: open },
          { at: g.offsets.at(-1)! + 1, remove: 0, insert: close },
        ]),
      );
    }
    case 'gbk':
      return asGbk(source);
    case 'chrome':
      return siteChrome(source);
  }
}
