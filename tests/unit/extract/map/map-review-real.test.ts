import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../../cli/parse-html';
import { readHtml } from '../../../../lib/extract/html/read-html';
import { identifyTable } from '../../../../lib/extract/map/identify-table';
import { mapReview } from '../../../../lib/extract/map/map-review';
import type { RawTable, SourceDoc } from '../../../../lib/extract/raw-table';
import { readText } from '../../../../lib/extract/text/read-text';
import { REVIEW_COLUMNS } from '../../../../lib/model/keys';
import { CORPUS, EXPECTED } from '../../../helpers/corpus';
import { seedText } from '../../../helpers/seeds';

const reviewTable = (doc: SourceDoc): RawTable => {
  const [raw, ...more] = doc.tables.filter((t) => identifyTable(t) === 'review');
  if (!raw || more.length > 0) throw new Error('not one table 四');
  return raw;
};
const values = (t: Record<string, Record<string, { value: number | null }>>) =>
  Object.fromEntries(Object.entries(t).map(([g, cols]) => [g, REVIEW_COLUMNS.map((k) => cols[k]?.value)]));
/** expected.json's table 四, read by hand, under the canonical group names */
const expected = (file: string) => {
  const t = EXPECTED[file]!.table4;
  return { reconsideration: t.review, litigationDirect: t.litigation_direct, litigationAfterReconsideration: t.litigation_after_review };
};

describe('mapReview on real reports', () => {
  it.each([
    // seed 003 (flattened Word): every group prints figures, each group's four columns adding up to its 总计
    ['003', { reconsideration: [38, 19, 1, 34, 92], litigationDirect: [8, 4, 3, 1, 16], litigationAfterReconsideration: [12, 0, 0, 2, 14] }],
    ['002', { reconsideration: [1, 0, 0, 0, 1], litigationDirect: [0, 0, 0, 0, 0], litigationAfterReconsideration: [0, 0, 0, 0, 0] }],
    ['004', { reconsideration: [0, 0, 0, 0, 0], litigationDirect: [0, 0, 1, 0, 1], litigationAfterReconsideration: [0, 0, 0, 0, 0] }],
  ])('should read seed %s’s table 四 by the labels of its two header rows, not by position', (seed, want) => {
    const got = mapReview(reviewTable(readText(seedText(seed))), false);
    expect(values(got.table)).toEqual(want);
    expect(got.problems).toEqual([]);
  });

  it.each(['text/pingtan-shs-2023.txt', 'text/pingtan-hzs-2024.txt', 'text/pingtan-gaj-2024.txt', 'text/pingtan-jtj-2019.txt'])(
    'should read %s’s table 四 as read by hand, with no problem',
    (file) => {
      const got = mapReview(reviewTable(readText(readFileSync(path.join(CORPUS, file), 'utf8'))), false);
      expect(values(got.table)).toEqual(expected(file));
      expect(got.problems).toEqual([]);
    },
  );

  it.each(['html/pingtan-shs-2023.html', 'html/pingtan-hzs-2024.html'])('should read %s’s table 四 by its spans, as read by hand', (file) => {
    const got = mapReview(reviewTable(readHtml(parseHtml(readFileSync(path.join(CORPUS, file), 'utf8')))), true);
    expect(values(got.table)).toEqual(expected(file));
    expect(got.problems).toEqual([]);
  });

  it('should say a table 四 without its row of figures is missing it, and read nothing (seed 003 cut before its figures)', () => {
    const raw = reviewTable(readText(seedText('003')));
    const got = mapReview({ ...raw, rows: raw.rows.slice(0, -1) }, false);
    expect(got).toEqual({ table: {}, problems: [{ kind: 'row-missing', table: 'review', detail: { code: 'no-data-row' } }] });
  });
  it('should read seed 003’s table 四 by position, and say so, where a litigation column’s label is not read', () => {
    const raw = reviewTable(readText(seedText('003')));
    // the first 尚未审结 of the litigation columns printed as 待定: four columns named for one group
    let seen = 0;
    const rows = raw.rows.map((r) => r.map((c) => (/尚未\s*审结/.test(c.text) && seen++ === 1 ? { ...c, text: '待定' } : c)));
    expect(seen).toBe(3);
    const got = mapReview({ ...raw, rows }, false);
    expect(values(got.table).litigationAfterReconsideration).toEqual([12, 0, 0, 2, 14]);
    expect(got.problems).toEqual([{ kind: 'columns-by-position', table: 'review', detail: { code: 'by-position' } }]);
  });

  it('should read no cell of a row of figures one short of the 15 columns, and say what it printed (seed 003, its last figure lost)', () => {
    const raw = reviewTable(readText(seedText('003')));
    const data = raw.rows.at(-1)!;
    const got = mapReview({ ...raw, rows: [...raw.rows.slice(0, -1), data.slice(0, -1)] }, false);
    expect(got).toEqual({
      table: {},
      problems: [
        {
          kind: 'row-incomplete',
          table: 'review',
          detail: { code: 'review-cells', count: 14, printed: ['38', '19', '1', '34', '92', '8', '4', '3', '1', '16', '12', '0', '0', '2'] },
        },
      ],
    });
  });
  it('should read the columns by their shorter labels (维持, 纠正, 其他, 未审结, 合计) as by the template’s (seed 003 edited)', () => {
    const text = seedText('003');
    const at = text.indexOf('四、政府信息公开行政复议');
    const edited =
      text.slice(0, at) +
      text
        .slice(at)
        .replaceAll('结果\n维持', '维持')
        .replaceAll('结果\n纠正', '纠正')
        .replaceAll('其他\n结果', '其他')
        .replaceAll('尚未\n审结', '未审结')
        .replaceAll('\t总计', '\t合计');
    const got = mapReview(reviewTable(readText(edited)), false);
    expect(values(got.table)).toEqual({
      reconsideration: [38, 19, 1, 34, 92],
      litigationDirect: [8, 4, 3, 1, 16],
      litigationAfterReconsideration: [12, 0, 0, 2, 14],
    });
    expect(got.problems).toEqual([]);
  });
});
