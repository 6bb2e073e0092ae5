import { REQUEST_COLUMNS, outcomeRows, type RequestColumn } from '../model/keys';
import { rowLabel, afterTable } from '../model/cell-label';
import type { Finding } from '../model/finding';
import { unsure } from './helpers/arithmetic';
import { sayer } from './note';
import { readingIndex } from './helpers/reading-index';
import type { Rule, RuleMessages } from './rule';
import { columnName, requestRowName, requestTerm, sum } from './helpers/terms';

declare module '../model/rule-ids' {
  interface RuleIds {
    't3-outcome-bound': true;
  }
}

/** `over`: an outcome (row, column, value) above its column's 一 + 二 (`available`, adding up to `bound`). */
type Over = { row: string; col: RequestColumn; value: number; available: (number | null)[]; bound: number };
const MESSAGES: RuleMessages<{ over: Over }> = {
  zh: {
    over: (d) => `表三${afterTable(requestRowName(d.row).zh)}·${columnName(d.col).zh}为 ${d.value}，超过该列一+二 = ${d.available.join('+')} = ${d.bound}`,
  },
  en: {
    over: (d) => `Table 3 ${rowLabel('requests', d.row, 'en')}, ${columnName(d.col).en} is ${d.value}, more than new + carried over = ${d.bound}`,
  },
};
const say = sayer('t3-outcome-bound', MESSAGES);

/**
 * V-3: no single outcome can exceed the applications to be handled in its column (一 + 二). Implied by
 * T3-A and T3-C when all cells are ≥ 0, but reported separately because it points at the wrong cell.
 * （七） and 四 are left to t3-balance, which already compares them with 一 + 二. Over figures not read for
 * sure, an error only when the outcome exceeds 一 + 二 under every reading.
 */
export const t3OutcomeBound: Rule = {
  id: 't3-outcome-bound',
  severity: 'error',
  rank: 140,
  clause: 'V-3',
  clauseText: {
    section: '§4.2 V-3',
    text: 'Dimensional sanity: each outcome ≤ 一+二 of its column; (七) ≤ 一+二; 四 ≤ 一+二. Follows from T3-A/C when all cells ≥ 0, but report it separately because it localises the error.',
  },
  summary: { zh: '表三每一项办理结果不超过该列一 + 二。', en: 'Table 3: no outcome exceeds new + carried over of its column.' },
  messages: MESSAGES,
  check({ ex }) {
    // without a table 三 every term is absent: no bound, nothing to check
    const t = ex.tables.requests;
    const findings: Finding[] = [];
    const readings = readingIndex(ex);
    for (const col of REQUEST_COLUMNS) {
      const available = [requestTerm(t, 'newReceived', col), requestTerm(t, 'carriedOver', col)];
      const bound = sum(available);
      const name = columnName(col);
      for (const row of outcomeRows(ex.format, ex.tables.requests)) {
        const term = requestTerm(t, row, col);
        if (term.unread || available.some((a) => a.unread)) {
          const subject = { zh: `表三${afterTable(term.label.zh)}·${name.zh}`, en: `Table 3 ${rowLabel('requests', row, 'en')}, ${name.en}` };
          findings.push(...unsure('t3-outcome-bound', 'error', subject, 'at-most', [term], available, readings));
          continue;
        }
        if (bound === null || term.value === null || term.value <= bound) continue;
        findings.push(
          say(
            'over',
            'error',
            { row, col, value: term.value, available: available.map((a) => a.value), bound },
            { cells: [term.path, ...available.map((a) => a.path)], expected: bound, actual: term.value },
          ),
        );
      }
    }
    return findings;
  },
};
