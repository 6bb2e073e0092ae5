import { afterTable } from '../model/cell-label';
import { REQUEST_COLUMNS, REQUEST_PARTS, REVIEW_GROUPS, REVIEW_PARTS, outcomeRows, requestRows } from '../model/keys';
import type { Finding, Term } from '../model/finding';
import type { Bilingual } from '../model/lang';
import { sayer } from './note';
import type { Rule, RuleMessages } from './rule';
import { columnName, groupName, requestColumnTerm, requestTerm, reviewTerm, rowName } from './helpers/terms';

declare module '../model/rule-ids' {
  interface RuleIds {
    'total-blank': true;
  }
}

/** `blank-total`: the 总计 (`subject`) left blank, its parts that hold a number other than 0, and the sum of its parts. */
type BlankTotal = { subject: Bilingual; known: { label: Bilingual; value: number | null }[]; sum: number };
const MESSAGES: RuleMessages<{ 'blank-total': BlankTotal }> = {
  zh: {
    'blank-total': (d) =>
      `${d.subject.zh}空白，而其组成项有数字（${d.known.map((p) => `${p.label.zh} ${p.value}`).join('、')}，合计 ${d.sum}）：缺少数据，不按 0 处理`,
  },
  en: { 'blank-total': (d) => `${d.subject.en} is blank while its parts hold numbers (sum ${d.sum}): a missing figure, not read as 0` },
};
const say = sayer('total-blank', MESSAGES);

/**
 * A blank 总计 whose parts hold non-zero numbers is a missing figure (an error), not a zero: the auditor
 * cannot tell what the agency meant. A blank 总计 over parts that are all 0 is left to blank-cells. Covers 表三 row totals, （七）总计 per column and 表四 group totals.
 */
export const totalBlank: Rule = {
  id: 'total-blank',
  severity: 'error',
  rank: 160,
  clause: '§4 (blank operands)',
  clauseText: {
    section: '§4 (blank operands)',
    text: 'A rule with a missing operand (blank, /, unparsable) is not assessable — never coerce blanks to 0 for a PASS (show "would pass/fail if blanks are 0" as a hint instead).',
  },
  summary: { zh: '总计单元格空白而其组成项有数字：缺少数据。', en: 'A blank total whose parts hold numbers: a missing figure.' },
  messages: MESSAGES,
  check({ ex }) {
    const out: Finding[] = [];
    const t = ex.tables.requests;
    if (t) {
      for (const row of requestRows(ex.format, ex.tables.requests)) {
        if (!t[row]?.total) continue;
        const parts = REQUEST_PARTS.map((c) => requestColumnTerm(t, row, c));
        const name = rowName(row);
        push(out, { zh: `表三${afterTable(name.zh)}·总计`, en: `Table 3 ${name.en}, total` }, requestColumnTerm(t, row, 'total'), parts);
      }
      for (const col of REQUEST_COLUMNS) {
        if (!t.totalProcessed?.[col]) continue; // a missing row is row-missing's business, not a blank
        const name = columnName(col);
        push(
          out,
          { zh: `表三（七）总计·${name.zh}`, en: `Table 3 total processed, ${name.en}` },
          requestTerm(t, 'totalProcessed', col),
          outcomeRows(ex.format, ex.tables.requests).map((r) => requestTerm(t, r, col)),
        );
      }
    }
    const r = ex.tables.review;
    if (r) {
      for (const group of REVIEW_GROUPS) {
        if (!r[group]?.total) continue;
        const name = groupName(group);
        const parts = REVIEW_PARTS.map((c) => reviewTerm(r, group, c));
        push(out, { zh: `表四${name.zh}·总计`, en: `Table 4 ${name.en} total` }, reviewTerm(r, group, 'total'), parts);
      }
    }
    return out;
  },
};

function push(out: Finding[], subject: Bilingual, stated: Term, parts: Term[]): void {
  // parts that are all 0 (or blank) leave nothing missing worth an error: blank-cells counts those
  if (stated.value !== null || stated.unread || !parts.some((p) => p.value !== null && p.value !== 0)) return;
  const known = parts.filter((p) => p.value !== null && p.value !== 0);
  const partial = parts.reduce((s, p) => s + (p.value ?? 0), 0);
  out.push(
    say(
      'blank-total',
      'error',
      { subject, known: known.map((p) => ({ label: p.label, value: p.value })), sum: partial },
      {
        cells: [stated.path, ...parts.map((p) => p.path)],
        stated: [stated.path],
        expected: parts.every((p) => p.value !== null) ? partial : null,
        actual: null,
      },
    ),
  );
}
