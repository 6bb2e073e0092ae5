import { describe, expect, it } from 'vitest';
import type { FullExtraction } from '../../../../lib/extract/map/build-extraction';
import { seedText } from '../../../helpers/seeds';
import { cutNarrative, findingsOn } from '../seed-form';

/**
 * narrativeCut, through the rule `sections` on seed 002 (real: it ends at 五, no 六): a reading limit that cut the
 * narrative makes the rule abstain; one that cut only a table (an HTML table over its cell cap, as readHtml
 * records it, or a PDF page over its operator cap, as readPdf does) leaves the narrative whole, and the rule speaks.
 */
const tableCapped = (ex: FullExtraction) => {
  ex.problems.push({ kind: 'input-capped', table: 'requests', detail: { code: 'table-cells', cells: 20_001, max: 20_000 } });
  ex.problems.push({ kind: 'input-capped', table: 'requests', detail: { code: 'pdf-operators', pages: [3], operators: 400_000 } });
};
const missing = (exEdit?: (ex: FullExtraction) => void) => findingsOn('sections', seedText('002'), exEdit).map(([code, severity]) => [code, severity]);

describe('narrativeCut', () => {
  it('should let a rule on what the narrative lacks speak when only a table was cut, and abstain when the narrative was', () => {
    expect(missing()).toEqual([['missing', 'warning']]);
    expect(missing(tableCapped)).toEqual([['missing', 'warning']]);
    expect(missing(cutNarrative)).toEqual([]);
  });
});
