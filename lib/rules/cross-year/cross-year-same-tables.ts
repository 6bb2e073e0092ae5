import { cellPath } from '../../model/cell-ref';
import type { PublicReport } from '../../model/public-report';
import { readState } from '../../model/read-state';
import { sayer } from '../note';
import type { RuleMessages } from '../rule';
import { previousOf, type CrossYearRule } from './cross-year-rule';

declare module '../../model/rule-ids' {
  interface RuleIds {
    'cross-year-same-tables': true;
  }
}

/** Fewer non-zero figures than this and identical tables say nothing: a unit with no requests reports all 0 every year. */
export const MIN_NONZERO = 3;

function values(report: Pick<PublicReport, 'tables'>): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const name of ['active', 'requests', 'review'] as const)
    for (const [row, cols] of Object.entries(report.tables[name] ?? {}))
      for (const [col, cell] of Object.entries(cols)) out.set(cellPath(name, row, col), cell.value);
  return out;
}

/** `same`: how many figures the tables have, how many of them are not 0, and last year's report by its title (or address). */
const MESSAGES: RuleMessages<{ same: { count: number; nonzero: number; previous: string } }> = {
  zh: { same: (d) => `本年表二、表三、表四的全部 ${d.count} 个数字（其中非零 ${d.nonzero} 个）与上年报告（${d.previous}）完全相同，可能沿用了上年数据` },
  en: {
    same: (d) =>
      `All ${d.count} figures of tables 2–4 (${d.nonzero} of them non-zero) are the same as in last year's report (${d.previous}): the data may have been reused`,
  },
};
const say = sayer('cross-year-same-tables', MESSAGES);

/**
 * X-3 (numbers): every figure of 表二, 表三 and 表四 equal to last year's report, the trace of a report
 * that reused last year's data (东莞统计局 reused 2008 data in 2009 and 2010). Blank matches blank only
 * (a blank is not a 0). Tables with fewer than MIN_NONZERO non-zero figures are not reported: all-zero
 * tables legitimately repeat. Either report not read in full (a figure not read for sure, two different
 * copies of a table) says nothing: its blanks are not known to be blanks, so "all the same" is not known.
 */
export const crossYearSameTables: CrossYearRule = {
  id: 'cross-year-same-tables',
  severity: 'warning',
  rank: 120,
  clause: 'X-3',
  clauseText: { section: '§4.5 X-3', text: 'Same unit, two years: identical narrative / identical numbers ⇒ copy-paste.' },
  summary: {
    zh: '本年表二、表三、表四的数字与上年报告完全相同（疑似沿用上年数据）。',
    en: "Tables 2–4 identical to last year's report (data possibly reused).",
  },
  messages: MESSAGES,
  check({ current, previous }) {
    if (readState(current.report) !== 'full' || readState(previous.report) !== 'full') return [];
    const now = values(current.report);
    const last = values(previous.report);
    // two reports without a figure need no case of their own: they have no non-zero figure, fewer than MIN_NONZERO
    if (now.size !== last.size) return [];
    // a path last year lacks gets undefined, which no figure (a number or null) equals
    for (const [path, v] of now) if (last.get(path) !== v) return [];
    const nonzero = [...now].filter(([, v]) => v !== null && v !== 0).map(([p]) => p);
    if (nonzero.length < MIN_NONZERO) return [];
    const prev = previousOf(previous);
    const name = prev.title ?? prev.url;
    return [say('same', 'warning', { count: now.size, nonzero: nonzero.length, previous: name }, { cells: nonzero, expected: null, actual: nonzero.length })];
  },
};
