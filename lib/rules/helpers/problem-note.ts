import type { ProblemDetail, TableName } from '../../model/types';

/** The tables as the structure rules' messages name them. */
export const TABLE_ZH = { active: '表二（主动公开）', requests: '表三（收到和处理申请）', review: '表四（行政复议、行政诉讼）' } as const;
export const TABLE_EN = { active: 'Table 2 (proactive disclosure)', requests: 'Table 3 (requests)', review: 'Table 4 (review and litigation)' } as const;

/** A problem the extractor recorded, as a note's data: its table, row and what it says. */
export type Problem = { table: TableName; row?: string; detail?: ProblemDetail };

/** An extraction problem as a note's data: only its table, row and detail (JSON, no undefined keys). */
export const problem = (p: Problem): Problem => ({
  table: p.table,
  ...(p.row !== undefined ? { row: p.row } : {}),
  ...(p.detail !== undefined ? { detail: p.detail } : {}),
});
