import { cellPath } from '../model/cell-ref';
import { outcomeRows, REQUEST_COLUMNS, REVIEW_COLUMNS, REVIEW_GROUPS, type Format } from '../model/keys';

/**
 * One of the template's own equations, Σ coef × cell = 0 (report-format.md §4): T3-A/B/C over 表三 and
 * T4-A/B/C over 表四. `across` says which way it runs through the table: a row equation and a column
 * equation cross in exactly one cell, which is how a single misread is located.
 */
export interface Equation {
  id: string;
  across: 'row' | 'column';
  terms: { path: string; coef: 1 | -1 }[];
}

const ADDENDS = ['natural', 'commercial', 'research', 'publicInterest', 'legal', 'other'] as const;

/**
 * The equations every figure of 表三 and 表四 sits in: each 表三 row's 总计 (T3-B), each column's
 * （七）总计 = Σ outcomes (T3-C) and 一 + 二 = （七） + 四 (T3-A), each 表四 group's 总计 (T4).
 * @example templateEquations('2021').length → 25 + 7 + 7 + 3
 */
export function templateEquations(format: Format, requests?: object | null): Equation[] {
  const out: Equation[] = [];
  const rows = ['newReceived', 'carriedOver', ...outcomeRows(format, requests), 'totalProcessed', 'carriedForward'];
  const req = (row: string, col: string) => cellPath('requests', row, col);
  for (const row of rows)
    out.push({
      id: `t3-row-total:${row}`,
      across: 'row',
      terms: [{ path: req(row, 'total'), coef: -1 }, ...ADDENDS.map((c) => ({ path: req(row, c), coef: 1 as const }))],
    });
  for (const col of REQUEST_COLUMNS) {
    out.push({
      id: `t3-outcome-total:${col}`,
      across: 'column',
      terms: [{ path: req('totalProcessed', col), coef: -1 }, ...outcomeRows(format, requests).map((r) => ({ path: req(r, col), coef: 1 as const }))],
    });
    out.push({
      id: `t3-balance:${col}`,
      across: 'column',
      terms: [
        { path: req('newReceived', col), coef: 1 },
        { path: req('carriedOver', col), coef: 1 },
        { path: req('totalProcessed', col), coef: -1 },
        { path: req('carriedForward', col), coef: -1 },
      ],
    });
  }
  for (const g of REVIEW_GROUPS)
    out.push({
      id: `t4-group-total:${g}`,
      across: 'row',
      terms: REVIEW_COLUMNS.map((c) => ({ path: cellPath('review', g, c), coef: c === 'total' ? (-1 as const) : (1 as const) })),
    });
  return out;
}
