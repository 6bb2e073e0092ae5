import { OUTCOME_ROWS_2021, type RequestRow } from '../../model/keys';
import type { RawCell } from '../raw-table';
import { matchCategory, matchRequestRow, type RequestCategory } from './match-request-row';

/** A numbered item label opens a line: 1.申请人… / 2、… / 3．其他 (NFKC makes ．and full-width digits ASCII). */
const NUMBERED = /^\d+\s*[.、]/;

/** How many item rows each category has in the 2021 template: (三) 8, (四) 3, (五) 5, (六) 3. */
export function itemCount(category: RequestCategory): number {
  return OUTCOME_ROWS_2021.filter((k) => k.startsWith(`${category}.`)).length;
}

/**
 * The item rows named by one label cell of 表三 that prints several item labels, one per line (issue 15:
 * the three labels of （六）其他处理 in one cell, with rowspan=3 or over one row of figures), with the
 * category the cell itself may print before them. Two or more items of one category, in template order;
 * anything else (a category label alone, a vertical label one character per line) is null, and the row is
 * read as before. How many rows the items are is the caller's to check against the cell's span.
 * @example mergedItems(<td rowspan=3>1.申请人无正当理由逾期不补正…\n2.申请人逾期未按收费通知要求缴纳费用…\n3.其他</td>, 'other')
 *   → { category: 'other', items: ['other.overdueCorrection', 'other.overdueFee', 'other.other'] }
 */
export function mergedItems(cell: RawCell, category: RequestCategory | null): { category: RequestCategory; items: RequestRow[] } | null {
  const lines = cell.text
    .normalize('NFKC')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const first = lines.findIndex((l) => NUMBERED.test(l));
  const head = first > 0 ? lines.slice(0, first).join('') : '';
  const context = head === '' ? category : matchCategory(head);
  if (context === null) return null;
  // numbered labels, each with the lines it wraps onto; unnumbered ones, one per line
  const parts: string[] = [];
  for (const line of first >= 0 ? lines.slice(first) : lines)
    if (first < 0 || NUMBERED.test(line) || parts.length === 0) parts.push(line);
    else parts[parts.length - 1] += line;
  if (parts.length < 2) return null;
  const items = parts.map((p) => matchRequestRow([p], context));
  const order = items.map((k) =>
    typeof k === 'string' && k.startsWith(`${context}.`) ? OUTCOME_ROWS_2021.indexOf(k as (typeof OUTCOME_ROWS_2021)[number]) : -1,
  );
  if (
    order.some((o, i) => {
      const prev = order[i - 1];
      return o < 0 || (prev !== undefined && o <= prev);
    })
  )
    return null;
  return { category: context, items: items as RequestRow[] };
}
