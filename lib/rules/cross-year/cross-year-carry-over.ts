import { REQUEST_COLUMNS } from '../../model/keys';
import type { Finding, Term } from '../../model/finding';
import { columnName } from '../helpers/terms';
import { untrustedCells } from '../../model/read-state';
import { NO_MESSAGES } from '../rule';
import { previousOf, type CrossYearRule } from './cross-year-rule';

declare module '../../model/rule-ids' {
  interface RuleIds {
    'cross-year-carry-over': true;
  }
}

/**
 * what a report carries forward (四、结转下年度继续办理) is what next year's report carries over
 * (二、上年结转), column by column. One finding per column that differs, on this year's cell, so each
 * reads as one comparison; last year's figure and report are carried in the detail (its cell is not on
 * this page). A column missing from either table is left to the structure rules; a blank is not assessable.
 */
export const crossYearCarryOver: CrossYearRule = {
  id: 'cross-year-carry-over',
  severity: 'warning',
  rank: 100,
  clause: 'X-1',
  clauseText: { section: '§4.5 X-1', text: 'Per column: this year’s 二、上年结转 = last year’s 四、结转下年度继续办理.' },
  summary: {
    zh: '本年表三“二、上年结转”每一列 = 上年报告“四、结转下年度继续办理”对应列。',
    en: "Table 3, every column: this year's carried over = last year's carried forward.",
  },
  messages: NO_MESSAGES,
  check({ current, previous }) {
    const now = current.report.tables.requests?.carriedOver;
    const last = previous.report.tables.requests?.carriedForward;
    if (!now || !last) return [];
    const prev = previousOf(previous);
    const name = prev.title ?? prev.url;
    const out: Finding[] = [];
    // a figure either report printed but could not be read for sure is no blank: nothing to compare (cells-unread says so)
    const unreadNow = untrustedCells(current.report);
    const unreadLast = untrustedCells(previous.report);
    for (const col of REQUEST_COLUMNS) {
      const a = now[col];
      const b = last[col];
      if (!a || !b || unreadNow.has(`requests.carriedOver.${col}`) || unreadLast.has(`requests.carriedForward.${col}`)) continue;
      const c = columnName(col);
      const path = `requests.carriedOver.${col}`;
      const subject = { zh: `表三·${c.zh}列上年结转`, en: `Table 3, ${c.en} column, carried over` };
      const stated: Term = { path, value: a.value, label: { zh: `本年二、上年结转·${c.zh}`, en: `this year's carried over, ${c.en}` } };
      // last year's own cell (四、结转下年度), marked as last year's: this page's cell of that path is another figure
      const lastTerm: Term = {
        path: `requests.carriedForward.${col}`,
        value: b.value,
        label: { zh: `上年报告（${name}）四、结转下年度继续办理·${c.zh}`, en: `carried forward in last year's report (${name}), ${c.en}` },
        lastYear: true,
      };
      if (a.value === null || b.value === null) {
        // cells: only this year's figure can be outlined on this page, whichever of the two is blank
        out.push({
          rule: 'cross-year-carry-over',
          severity: 'info',
          code: 'unassessable',
          cells: [path],
          stated: [path],
          expected: b.value,
          actual: a.value,
          detail: {
            kind: 'unassessable',
            subject,
            missing: [stated, lastTerm].filter((t) => t.value === null),
            ifZero: (a.value ?? 0) === (b.value ?? 0) ? 'pass' : 'fail',
          },
        });
        continue;
      }
      if (a.value === b.value) continue;
      out.push({
        rule: 'cross-year-carry-over',
        severity: 'warning',
        code: 'previous-year',
        cells: [path],
        stated: [path],
        expected: b.value,
        actual: a.value,
        detail: {
          kind: 'previous-year',
          subject,
          previous: prev,
          terms: [{ label: { zh: `四、结转下年度继续办理·${c.zh}`, en: `carried forward, ${c.en}` }, value: b.value, sign: 1, lastYear: true }],
          stated,
        },
      });
    }
    return out;
  },
};
