import { cellPath } from '../model/cell-ref';
import type { Finding } from '../model/finding';
import type { Cell } from '../model/types';
import { isUnsureOcr } from './helpers/ocr-reading';
import { sayer } from './note';
import type { Rule, RuleMessages } from './rule';

declare module '../model/rule-ids' {
  interface RuleIds {
    't2-effective-bound': true;
  }
}

const ROWS = ['regulations', 'normativeDocuments'] as const;
type Row = (typeof ROWS)[number];
const ROW_NAMES: Record<Row, { zh: string; en: string }> = {
  regulations: { zh: '规章', en: 'regulations' },
  normativeDocuments: { zh: '行政规范性文件', en: 'normative documents' },
};

/** `under`: a row's documents in force (`effective`) fewer than those `issued` this year less those `repealed`. */
const MESSAGES: RuleMessages<{ under: { row: Row; issued: number; repealed: number; effective: number } }> = {
  zh: {
    under: ({ row, issued, repealed, effective }) =>
      `表二${ROW_NAMES[row].zh}：现行有效件数 ${effective}，少于本年制发 ${issued} − 本年废止 ${repealed} = ${issued - repealed}（本年制发而未废止的文件应仍现行有效，除非已到期失效）`,
  },
  en: {
    under: ({ row, issued, repealed, effective }) =>
      `Table 2, ${ROW_NAMES[row].en}: ${effective} in force, fewer than ${issued} issued this year − ${repealed} repealed = ${issued - repealed} (a document issued this year and not repealed is still in force unless it has expired)`,
  },
};
const say = sayer('t2-effective-bound', MESSAGES);

// a figure printed but not read for sure is the cells-unread rule's (or an OCR figure no equation proved)
const sure = (cell: Cell | undefined): number | null => (!cell || cell.note === 'unread' || isUnsureOcr(cell) ? null : cell.value);

/**
 * X-2 within one report: this year's 现行有效件数 = last year's + 本年制发 − 本年废止 and last year's is ≥ 0
 * (V-1), so 现行有效件数 ≥ 本年制发 − 本年废止 for 规章 and for 行政规范性文件 (the 2021 columns: the 2019
 * table's 本年新制作/本年新公开/对外公开总数量 count other things and have other keys). A warning, not an error: a document issued this year may have expired by the year's
 * end without being repealed (a 有效期 of months), or a 清理 may have reset the count. Not assessable
 * with a blank, `/` or a figure not read for sure among the three; it says nothing then, since a unit that
 * makes no 规章 prints `/` across the row (report-format.md §3.1) and a note on every such report is noise.
 * Fixtures: tests/unit/rules/t2-effective-bound.test.ts (seeds 001 and 003, their figures edited).
 */
export const t2EffectiveBound: Rule = {
  id: 't2-effective-bound',
  severity: 'warning',
  rank: 190,
  clause: 'X-2 / V-1',
  clauseText: {
    section: '§4.5 X-2, §4.2 V-1',
    text: 'X-2: 表二 (一): this year’s 现行有效件数 = last year’s 现行有效 + 本年制发 − 本年废止. Legitimately broken by 清理 (常州 2023 says 现行有效件数 "根据清理结果进行了调整"). V-1: Every count cell in 表二 (except the fee), 表三, 表四 is a non-negative integer.',
  },
  summary: {
    zh: '表二规章、行政规范性文件：现行有效件数不少于本年制发件数减本年废止件数。',
    en: 'Table 2: documents in force are no fewer than those issued this year less those repealed.',
  },
  messages: MESSAGES,
  check({ ex }) {
    const out: Finding[] = [];
    for (const row of ROWS) {
      const cells = ex.tables.active?.[row];
      const [issued, repealed, effective] = (['issued', 'repealed', 'effective'] as const).map((c) => sure(cells?.[c]));
      if (issued == null || repealed == null || effective == null || effective >= issued - repealed) continue;
      const path = (col: string) => cellPath('active', row, col);
      out.push(
        say(
          'under',
          'warning',
          { row, issued, repealed, effective },
          { cells: [path('effective'), path('issued'), path('repealed')], expected: issued - repealed, actual: effective },
        ),
      );
    }
    return out;
  },
};
