import { describe, expect, it } from 'vitest';
import { findLabel, labelIndex } from '../../../../lib/extract/text/label-index';
import { readFlatText } from '../../../../lib/extract/text/read-flat-text';
import { seedText } from '../../../helpers/seeds';

/**
 * labelIndex / findLabel on labels of seed 003's 表三 as printed (full-width brackets, curly quotes) and on the
 * same labels with the spaces and marks other converters put in them (NBSP, ideographic space, zero-width space).
 */
const labels = readFlatText(seedText('003'))
  .tables[1]!.rows.flat()
  .map((c) => c.text);

describe('labelIndex on seed 003', () => {
  it('should drop every kind of space, make brackets and digits ASCII and quotes straight, and keep where each came from', () => {
    const printed = labels.find((t) => t.includes('三安全一稳定'))!;
    expect(printed).toBe('3.危及“三安全一稳定”');
    // the label with a space, an NBSP, an ideographic space, a zero-width space and a BOM inside, and a figure after it
    const text = ` 3.危 及\u00a0“三\u3000安全\u200b一\ufeff稳定”\t0`;
    const ix = labelIndex(text);
    expect(ix.norm).toBe('3.危及"三安全一稳定"0');
    expect(ix.text).toBe(text);
    // every normalised character points at its source, and one more entry closes the text
    expect(ix.at).toHaveLength(ix.norm.length + 1);
    expect(ix.at.at(-1)).toBe(text.length);
    expect([...ix.norm].map((ch, i) => (ch === '"' ? ch : text[ix.at[i]!]))).toEqual([...ix.norm]);
    expect(labelIndex('（一）予以公开１２').norm).toBe('(一)予以公开12');
    expect(labelIndex("“”„‟〝〞'‘’「」『』").norm).toBe('"'.repeat(13));
  });

  it('should find a label from a start, within an end, and give its span in the printed text', () => {
    const text = ` 3.危 及\u00a0“三安全一稳定”\t0`;
    const ix = labelIndex(text);
    const found = findLabel(ix, /危及"三安全一稳定"/, 0);
    expect(found).toEqual({ normStart: 2, normEnd: 12, start: text.indexOf('危'), end: text.indexOf('”') + 1 });
    expect(text.slice(found!.start, found!.end)).toBe('危 及\u00a0“三安全一稳定”');
    // a match that would end past `to` is none; one that ends at `to` is found
    expect(findLabel(ix, /危及"三安全一稳定"/, 0, 11)).toBeNull();
    expect(findLabel(ix, /危及"三安全一稳定"/, 0, 12)).not.toBeNull();
    // from a later start the search skips the 3 of the label and finds the figure
    expect(findLabel(ix, /\d/, 0)?.start).toBe(1);
    expect(findLabel(ix, /\d/, 1)).toEqual({ normStart: 12, normEnd: 13, start: text.length - 1, end: text.length });
    expect(findLabel(ix, /结转/, 0)).toBeNull();
  });
});
