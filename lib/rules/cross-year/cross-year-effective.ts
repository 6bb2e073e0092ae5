import { cellPath } from '../../model/cell-ref';
import type { Finding, Term } from '../../model/finding';
import { round, sum } from '../helpers/terms';
import { untrustedCells } from '../../model/read-state';
import { hinter } from '../note';
import type { RuleMessages } from '../rule';
import { previousOf, type CrossYearRule } from './cross-year-rule';

declare module '../../model/rule-ids' {
  interface RuleIds {
    'cross-year-effective': true;
  }
}

const ROWS = [
  { key: 'regulations', zh: '规章', en: 'regulations' },
  { key: 'normativeDocuments', zh: '行政规范性文件', en: 'normative documents' },
] as const;

/** The hint of X-2's finding: a 清理 (a review of the documents in force) may explain it. */
const MESSAGES: RuleMessages<{ 'clean-up': Record<string, never> }> = {
  zh: { 'clean-up': () => '如本年开展了规章、规范性文件清理，现行有效件数可依清理结果调整，请核实报告是否作出说明' },
  en: { 'clean-up': () => 'A clean-up (清理) of the documents in force can legitimately explain this: check whether the report says so' },
};
const hint = hinter(MESSAGES);

/**
 * 现行有效件数 this year = last year's 现行有效 + 本年制发 − 本年废止, for 规章 and 行政规范性文件.
 * A warning, not an error: a 清理 (review of all documents in force) legitimately resets the count
 * (常州 2023: "根据清理结果进行了调整"), so the message says so; and where this year's narrative itself
 * speaks of a 清理, whether it explains the difference is the auditor's judgement: info. Only 2021-format
 * rows have these three columns: a report without them (2019 format) is skipped; a blank is not
 * assessable; a figure printed but not read for sure (cells-unread) is not compared at all.
 */
export const crossYearEffective: CrossYearRule = {
  id: 'cross-year-effective',
  severity: 'warning',
  rank: 110,
  clause: 'X-2',
  clauseText: {
    section: '§4.5 X-2',
    text: '表二 (一): this year’s 现行有效件数 = last year’s 现行有效 + 本年制发 − 本年废止. Legitimately broken by 清理 (常州 2023).',
  },
  summary: {
    zh: '表二规章、行政规范性文件：本年现行有效件数 = 上年现行有效件数 + 本年制发 − 本年废止（清理可使其不同）。',
    en: 'Table 2: documents in force = last year’s in force + issued − repealed (a clean-up may explain a difference).',
  },
  messages: MESSAGES,
  check({ current, previous }) {
    const prev = previousOf(previous);
    const name = prev.title ?? prev.url;
    const out: Finding[] = [];
    const unreadNow = untrustedCells(current.report);
    const unreadLast = untrustedCells(previous.report);
    const cleanUp = current.narrative.some((l) => /清理/.test(l));
    for (const row of ROWS) {
      if (
        ['effective', 'issued', 'repealed'].some((c) => unreadNow.has(cellPath('active', row.key, c))) ||
        unreadLast.has(cellPath('active', row.key, 'effective'))
      )
        continue;
      const now = current.report.tables.active?.[row.key];
      const lastEffective = previous.report.tables.active?.[row.key]?.effective;
      const issued = now?.issued;
      const repealed = now?.repealed;
      const effective = now?.effective;
      if (!lastEffective || !issued || !repealed || !effective) continue;
      const path = (col: string) => cellPath('active', row.key, col);
      const subject = { zh: `表二${row.zh}·现行有效件数（与上年报告对照）`, en: `Table 2, ${row.en} in force, against last year` };
      const stated: Term = { path: path('effective'), value: effective.value, label: { zh: `本年现行有效件数`, en: 'in force this year' } };
      const terms = [
        { path: path('effective'), label: { zh: '现行有效件数', en: 'in force' }, value: lastEffective.value, sign: 1 as const, lastYear: true },
        { path: path('issued'), label: { zh: '本年制发件数', en: 'issued' }, value: issued.value, sign: 1 as const, lastYear: false },
        { path: path('repealed'), label: { zh: '本年废止件数', en: 'repealed' }, value: repealed.value, sign: -1 as const, lastYear: false },
      ];
      const cells = [path('effective'), path('issued'), path('repealed')];
      const signed = terms.map((t) => ({ ...t, value: t.value === null ? null : t.sign * t.value }));
      const expected = sum(signed);
      if (expected === null || stated.value === null) {
        const missing: Term[] = [
          stated,
          ...terms.map((t) =>
            t.lastYear
              ? {
                  path: t.path,
                  value: t.value,
                  label: { zh: `上年报告（${name}）${t.label.zh}`, en: `${t.label.en} in last year's report (${name})` },
                  lastYear: true,
                }
              : { path: t.path, value: t.value, label: t.label },
          ),
        ].filter((t) => t.value === null);
        const ifZero = round(signed.reduce((s, t) => s + (t.value ?? 0), 0)) === (stated.value ?? 0) ? 'pass' : 'fail';
        out.push({
          rule: 'cross-year-effective',
          severity: 'info',
          code: 'unassessable',
          cells,
          stated: [path('effective')],
          expected,
          actual: stated.value,
          detail: { kind: 'unassessable', subject, missing, ifZero },
        });
        continue;
      }
      if (expected === stated.value) continue;
      out.push({
        rule: 'cross-year-effective',
        severity: cleanUp ? 'info' : 'warning',
        code: 'previous-year',
        cells,
        stated: [path('effective')],
        expected,
        actual: stated.value,
        detail: {
          kind: 'previous-year',
          subject,
          previous: prev,
          terms: terms.map(({ label, value, sign, lastYear }) => ({ label, value, sign, lastYear })),
          stated,
          hint: hint('clean-up', {}),
        },
      });
    }
    return out;
  },
};
