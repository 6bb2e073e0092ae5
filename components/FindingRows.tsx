import {
  cellPath,
  type Finding,
  type Lang,
  parseCellPath,
  type PublicReport,
  REQUEST_COLUMNS,
  type RequestColumn,
  requestColumnLabel,
  type RequestRow,
  requestRowLabel,
  REVIEW_COLUMNS,
  type ReviewColumn,
  reviewColumnLabel,
  type ReviewGroup,
  reviewGroupLabel,
  tableOfPath,
  unreadCells,
} from '#lib/model';
import type { Strings } from './strings';

type FindingRowsProps = { t: Strings; report: PublicReport; finding: Finding };

// the labels in the interface's language (English where the model has one), as the 表格 view names them
const SHAPES = {
  requests: {
    cols: REQUEST_COLUMNS,
    colLabel: (c: string, lang: Lang) => requestColumnLabel(c as RequestColumn, lang),
    rowLabel: (r: string, lang: Lang) => requestRowLabel(r as RequestRow, lang) ?? r,
  },
  review: {
    cols: REVIEW_COLUMNS,
    colLabel: (c: string, lang: Lang) => reviewColumnLabel(c as ReviewColumn, lang),
    rowLabel: (r: string, lang: Lang) => reviewGroupLabel(r as ReviewGroup, lang) ?? r,
  },
} as const;

/** The table (三 or 四) and the rows in it that a finding's cells lie in, in table order; null when its cells are elsewhere. */
function rowsOf(report: PublicReport, finding: Finding): { key: 'requests' | 'review'; rows: string[] } | null {
  const first = tableOfPath(finding.cells[0]);
  if (first !== 'requests' && first !== 'review') return null;
  const table = report.tables[first];
  if (!table) return null;
  const refs = finding.cells.map(parseCellPath);
  const wanted = new Set(refs.flatMap((r) => (r?.table === first ? [r.row] : [])));
  return { key: first, rows: Object.keys(table).filter((r) => wanted.has(r)) };
}

/** Whether a finding can show its rows (its cells are in 表三 or 表四). */
export function hasRows(report: PublicReport, finding: Finding): boolean {
  return (rowsOf(report, finding)?.rows.length ?? 0) > 0;
}

/**
 * The rows of 表三/表四 a finding's cells are in, as printed, with the stated figure marked (solid, 报告数)
 * and its addends (dashed, 加数), the way the page outline marks them: to read a finding beside its row.
 * A cell with no figure (blank, or a figure not read for sure) adds nothing: it is marked as not
 * checked, never called an addend.
 */
export function FindingRows({ t, report, finding }: FindingRowsProps) {
  const at = rowsOf(report, finding);
  if (!at) return null;
  const shape = SHAPES[at.key];
  // rowsOf found the table
  const table = report.tables[at.key];
  if (!table) return null;
  const lang = t.lang;
  const unread = unreadCells(report);
  const mark = (row: string, col: string): '' | 'stated' | 'addend' | 'blank' | 'unread' => {
    const path = cellPath(at.key, row, col);
    if (finding.stated.includes(path)) return 'stated';
    if (!finding.cells.includes(path)) return '';
    if (unread.has(path)) return 'unread';
    return table[row]?.[col]?.value === null ? 'blank' : 'addend';
  };
  return (
    <table class="canon finding-rows">
      <thead>
        <tr>
          <th scope="col">
            <span class="legend stated">{t.legend.stated}</span> <span class="legend addend">{t.legend.addend}</span>
          </th>
          {shape.cols.map((c) => (
            <th key={c} scope="col">
              {shape.colLabel(c, lang)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {at.rows.map((row) => (
          <tr key={row}>
            <th scope="row">{shape.rowLabel(row, lang)}</th>
            {shape.cols.map((c) => {
              const kind = mark(row, c);
              const raw = table[row]?.[c]?.raw ?? '';
              return (
                <td key={c} class={kind || undefined} title={kind ? t.legend[kind] : undefined}>
                  {raw.trim() === '' ? '·' : raw.trim()}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
