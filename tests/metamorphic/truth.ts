import { requestRows, REQUEST_COLUMNS, REVIEW_COLUMNS, REVIEW_GROUPS } from '../../lib/model/keys';
import { expectedCells, type CorpusEntry } from '../helpers/corpus';
import { printedNumbers } from '../helpers/seeds';

/** One printed cell of 表三 or 表四 as read by hand: its canonical path and value (null = printed blank). */
export interface TruthCell {
  path: string;
  value: number | null;
}

/**
 * What a report prints in 表三 and 表四, independent of our readers: 表三's rows in template order, then
 * 表四's three groups (复议, 直接起诉, 复议后起诉, each 维持/纠正/其他/尚未审结/总计), in the order they are
 * printed: the order the figure locator walks.
 */
export interface Truth {
  rows: TruthCell[][];
}

/** Every cell of a truth as path → value. */
export function truthValues(truth: Truth): Map<string, number | null> {
  return new Map(truth.rows.flat().map((c) => [c.path, c.value]));
}

/** The hand-read cells of a corpus or real/ entry (expected.json: table3 row by row, table4 by group). */
export function truthFromEntry(entry: Pick<CorpusEntry, 'table3' | 'table4'>): Truth {
  const rows: TruthCell[][] = [];
  for (const [path, value] of expectedCells(entry as CorpusEntry)) {
    const row = path.slice(0, path.lastIndexOf('.'));
    const last = rows.at(-1);
    if (last && last[0]!.path.startsWith(`${row}.`)) last.push({ path, value });
    else rows.push([{ path, value }]);
  }
  return { rows };
}

/**
 * The cells of a seed (../shared/seeds, flattened from Word), read from the text without our readers:
 * every value cell there is a tab-led line holding only a number (spaces allowed, as in `1 0`), printed
 * row by row in template order between the section headings (the oracle of tests/integration/seed-cells).
 */
export function seedTruth(text: string): Truth {
  // 表三 and 表四 hold counts: whole figures only
  const numbers = (from: RegExp, to: RegExp) => printedNumbers(text, from, to).filter(Number.isInteger);
  const t3 = numbers(/^三、收到和处理政府信息公开申请情况/, /^四、/);
  const t4 = numbers(/^四、政府信息公开行政复议/, /^五、/);
  const rowKeys = requestRows('2021');
  if (t3.length !== rowKeys.length * REQUEST_COLUMNS.length || t4.length !== 15)
    throw new Error(`seed oracle: ${t3.length} figures in 表三 and ${t4.length} in 表四 (175 and 15 expected)`);
  const rows = rowKeys.map((r, i) => REQUEST_COLUMNS.map((c, j) => ({ path: `requests.${r}.${c}`, value: t3[i * 7 + j]! })));
  const review = REVIEW_GROUPS.map((g, i) => REVIEW_COLUMNS.map((c, j) => ({ path: `review.${g}.${c}`, value: t4[i * 5 + j]! })));
  return { rows: [...rows, ...review] };
}
