import { parseCellPath } from '../model/cell-ref';
import type { PublicReport } from '../model/public-report';
import type { Operand } from './rate-definitions';

/** Why an operand gives no figure: printed blank or "/", printed but not read for sure, or not in the table at all. */
export type MissingWhy = 'blank' | 'unread' | 'absent';

export interface MissingOperand {
  path: string;
  why: MissingWhy;
}

/** A sum of operands: its value, or null with every operand that gave no figure. */
export interface OperandSum {
  value: number | null;
  missing: MissingOperand[];
  /** the operand paths, for the cells a rate rests on */
  paths: string[];
}

/**
 * Adds up operands of a canonical report. Any operand that is blank, unread or absent makes the sum
 * unknown (null), never 0: a blank is not a zero (output.md).
 * @example sumOperands(report, [{ path: 'requests.granted.total', sign: 1 }], new Set()) → { value: 3, missing: [], paths: ['requests.granted.total'] }
 */
export function sumOperands(report: Pick<PublicReport, 'tables'>, operands: readonly Operand[], unread: ReadonlySet<string>): OperandSum {
  let value = 0;
  const missing: MissingOperand[] = [];
  for (const op of operands) {
    const ref = parseCellPath(op.path);
    const cell = ref && ref.table !== 'requestSubtotals' ? report.tables[ref.table]?.[ref.row]?.[ref.col] : undefined;
    if (unread.has(op.path)) missing.push({ path: op.path, why: 'unread' });
    else if (!cell) missing.push({ path: op.path, why: 'absent' });
    else if (cell.value === null) missing.push({ path: op.path, why: 'blank' });
    else value += op.sign * cell.value;
  }
  return { value: missing.length > 0 ? null : value, missing, paths: operands.map((o) => o.path) };
}
