import { cellPath } from '@/lib/model/cell-ref';
import type { Finding } from '@/lib/model/finding';
import { parseCellPath, tableOfPath } from '@/lib/model/cell-ref';
import type { PublicReport } from '@/lib/model/public-report';
import { REQUEST_COLUMN_LABELS, REQUEST_COLUMNS, REQUEST_ROW_LABELS, REVIEW_COLUMN_LABELS, REVIEW_COLUMNS, REVIEW_GROUP_LABELS } from '@/lib/model/keys';
import type { Strings } from './strings';

type FindingRowsProps = { t: Strings; report: PublicReport; finding: Finding };

const SHAPES = {
  requests: { cols: REQUEST_COLUMNS, colLabel: REQUEST_COLUMN_LABELS as Record<string, string>, rowLabel: REQUEST_ROW_LABELS as Record<string, string> },
  review: { cols: REVIEW_COLUMNS, colLabel: REVIEW_COLUMN_LABELS as Record<string, string>, rowLabel: REVIEW_GROUP_LABELS as Record<string, string> },
} as const;

/** The table (三 or 四) and the rows in it that a finding's cells lie in, in table order; null when its cells are elsewhere. */
function rowsOf(report: PublicReport, finding: Finding): { key: 'requests' | 'review'; rows: string[] } | null {
  const first = tableOfPath(finding.cells[0]);
  if (first !== 'requests' && first !== 'review') return null;
  const table = report.tables[first];
  if (!table) return null;
  const refs = finding.cells.map(parseCellPath);
  const wanted = new Set(refs.filter((r) => r?.table === first).map((r) => r!.row));
  return { key: first, rows: Object.keys(table).filter((r) => wanted.has(r)) };
}

/** Whether a finding can show its rows (its cells are in 表三 or 表四). */
export function hasRows(report: PublicReport, finding: Finding): boolean {
  return (rowsOf(report, finding)?.rows.length ?? 0) > 0;
}

/**
 * The rows of 表三/表四 a finding's cells are in, as printed, with the stated figure marked (solid, 报告数)
 * and its addends (dashed, 加数), the way the page outline marks them: to read a finding beside its row.
 */
export function FindingRows({ t, report, finding }: FindingRowsProps) {
  const at = rowsOf(report, finding);
  if (!at) return null;
  const shape = SHAPES[at.key];
  const table = report.tables[at.key]!;
  const mark = (row: string, col: string) => {
    const path = cellPath(at.key, row, col);
    return finding.stated.includes(path) ? 'stated' : finding.cells.includes(path) ? 'addend' : '';
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
              {shape.colLabel[c]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {at.rows.map((row) => (
          <tr key={row}>
            <th scope="row">{shape.rowLabel[row] ?? row}</th>
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
