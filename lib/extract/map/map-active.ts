import { activeRows, type ActiveRowSpec, type Format } from '../../model/keys';
import type { Cell, CellTable, ExtractionProblem } from '../../model/types';
import { normalizeLabel } from '../../text/normalize-label';
import type { RawCell, RawTable } from '../raw-table';
import { looksLikeValue, toCell } from './to-cell';

const ROW_PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^规章$/, 'regulations'],
  [/^(行政)?规范性文件$/, 'normativeDocuments'],
  [/^其他主动公开文件$/, 'otherDocuments'],
  [/^行政许可$/, 'licensing'],
  [/^其他对外管理服务事项$/, 'otherServices'],
  [/^行政处罚$/, 'punishment'],
  [/^行政强制$/, 'enforcement'],
  [/^行政事业性收费$/, 'fees'],
  [/^政府集中采购$/, 'procurement'],
];

/** Header label → column key, for both formats (report-format.md §3.1 and §5). */
const COLUMN_PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/本年制发/, 'issued'],
  [/本年废止/, 'repealed'],
  [/现行有效/, 'effective'],
  [/本年收费金额/, 'amount'],
  [/本年新制作/, 'made'],
  [/本年新公开/, 'published'],
  [/对外公开总数/, 'total'],
  [/上一年项目数/, 'previous'],
  [/本年增\/?减/, 'change'],
  [/采购项目数/, 'count'],
  [/采购总金额/, 'amount'],
  [/处理决定数量/, 'count'],
];

/**
 * Maps table 二 (one table with four block-title rows, or four tables) by label: each data row by its
 * row label, its values by the column labels of the header row above it. Returns the template format the
 * column labels belong to, so that a 2019 table is read with its own columns.
 */
export function mapActive(raws: readonly RawTable[]): { table: CellTable; format: Format; problems: ExtractionProblem[] } {
  const table: CellTable = {};
  const problems: ExtractionProblem[] = [];
  let columns: string[] = [];
  let markers2019 = 0;
  for (const raw of raws) {
    for (const row of raw.rows) {
      const texts = row.map((c) => normalizeLabel(c.text));
      const headerCols = texts.map(classifyColumn);
      if (headerCols.some((c) => c !== null)) {
        columns = headerCols.filter((c): c is string => c !== null);
        // the 2019 template's own headers (its 本年增/减 is printed only after 上一年项目数量, in the same row)
        if (texts.some((t) => /本年新制作|上一年项目数|采购项目/.test(t))) markers2019++;
        continue;
      }
      // the row's label: the first cell a row pattern takes (a merged cell before it is an empty cell)
      const keys = texts.map(rowKey);
      const labelAt = keys.findIndex((k) => k !== undefined);
      const key = keys[labelAt];
      if (key === undefined) continue;
      const values = row.slice(labelAt + 1);
      const printed = values.filter(isFigure);
      // figures before any header row names a column: printed, but under no column (not a row of blanks)
      if (columns.length === 0 && printed.length > 0) {
        problems.push({ kind: 'cells-unread', table: 'active', row: key, detail: { code: 'not-mapped' } });
        table[key] = {};
        continue;
      }
      // a figure past the header's columns (blank cells and words there are layout): which cell is not the table's
      // cannot be told, so none of the row is read (as 表四's row of 16 cells, map-review)
      if (values.slice(columns.length).some(isFigure)) {
        problems.push({
          kind: 'row-incomplete',
          table: 'active',
          row: key,
          detail: { code: 'row-cells', count: printed.length, expected: columns.length, printed: values.map((v) => v.text.trim()) },
        });
        table[key] = {};
        continue;
      }
      const cells: Record<string, Cell> = {};
      values.forEach((v, i) => {
        const col = columns[i];
        if (col) cells[col] = toCell(v, raw.index);
      });
      if (values.length < columns.length)
        problems.push({ kind: 'row-incomplete', table: 'active', row: key, detail: { code: 'too-few-cells', read: values.length, expected: columns.length } });
      table[key] = cells;
    }
  }
  const format: Format = markers2019 > 0 ? '2019' : Object.keys(table).length > 0 ? '2021' : 'unknown';
  for (const spec of activeRows(format)) if (!table[spec.key] && !optional(spec)) problems.push({ kind: 'row-missing', table: 'active', row: spec.key });
  return { table, format, problems };
}

/** A figure or mark printed in a value cell (a word after the figures, 备注 say, is no cell of the table). */
function isFigure(v: RawCell): boolean {
  return v.unread === true || (v.text.trim() !== '' && looksLikeValue(v.text));
}

function rowKey(text: string): string | undefined {
  return ROW_PATTERNS.find(([re]) => re.test(text))?.[1];
}

function classifyColumn(text: string): string | null {
  for (const [re, key] of COLUMN_PATTERNS) if (re.test(text)) return key;
  return null;
}

/** Rows that only some publishers print (Hubei's 其他主动公开文件 in the 2019 format). */
function optional(spec: ActiveRowSpec): boolean {
  return spec.key === 'otherDocuments';
}
