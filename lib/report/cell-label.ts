import {
  ACTIVE_ROWS_2019,
  ACTIVE_ROWS_2021,
  REQUEST_COLUMN_LABELS,
  REQUEST_ROW_LABELS,
  REVIEW_COLUMN_LABELS,
  REVIEW_GROUP_LABELS,
  type RequestColumn,
  type RequestRow,
  type ReviewColumn,
  type ReviewGroup,
} from '../model/keys';

const TABLE_ZH: Record<string, string> = { active: '表二', requests: '表三', review: '表四', requestSubtotals: '表三小计' };

/**
 * The printed labels of a cell path, for display next to a finding.
 * @example cellLabel('requests.totalProcessed.natural') → '表三（七）总计·自然人'
 */
export function cellLabel(path: string): string {
  const [table = '', ...rest] = path.split('.');
  const col = rest.pop() ?? '';
  const row = rest.join('.');
  const t = TABLE_ZH[table] ?? table;
  if (table === 'requests' || table === 'requestSubtotals')
    return `${t}${REQUEST_ROW_LABELS[row as RequestRow] ?? row}·${REQUEST_COLUMN_LABELS[col as RequestColumn] ?? (col === 'legalSubtotal' ? '法人或其他组织小计' : col)}`;
  if (table === 'review') return `${t}${REVIEW_GROUP_LABELS[row as ReviewGroup] ?? row}·${REVIEW_COLUMN_LABELS[col as ReviewColumn] ?? col}`;
  const spec = [...ACTIVE_ROWS_2021, ...ACTIVE_ROWS_2019].find((r) => r.key === row);
  const colLabel = spec?.columns.find((c) => c.key === col)?.label ?? col;
  return `${t}${spec?.label ?? row}·${colLabel}`;
}
