import { cellPath } from '../../model/cell-ref';
import { ACTIVE_ROWS_2019 } from '../../model/keys';
import { activeRowLabel } from '../../model/labels';
import type { Finding } from '../../model/finding';
import { untrustedCells } from '../../model/read-state';
import { NO_MESSAGES } from '../rule';
import { previousOf, type CrossYearRule } from './cross-year-rule';

declare module '../../model/rule-ids' {
  interface RuleIds {
    'cross-year-items': true;
  }
}

// the 2019 template's rows that count items from one year to the next: 上一年项目数量 and 本年增/减
const ITEM_ROWS = ACTIVE_ROWS_2019.filter((r) => r.columns.some((c) => c.key === 'previous') && r.columns.some((c) => c.key === 'change'));

/**
 * 表二 of the 2019 template carries its item counts over: this year's 上一年项目数量 is last year's
 * 上一年项目数量 + 本年增/减 (行政许可, 其他对外管理服务事项, 行政处罚, 行政强制, 行政事业性收费). Both reports of
 * the 2019 template; the 2021 template's documents in force are X-2's (cross-year-effective). Info: a
 * list redrawn by a reorganisation legitimately breaks it.
 */
export const crossYearItems: CrossYearRule = {
  id: 'cross-year-items',
  severity: 'info',
  rank: 160,
  clause: 'X-2 (2019 表二 items)',
  clauseText: {
    section: '§5 表二 (2019) / §4.5 X-2',
    text: '`第二十条第（五）项` | `上一年项目数量` · `本年增/减` · `处理决定数量`; this year’s figures carry last year’s over (X-2).',
  },
  summary: {
    zh: '2019 版表二：本年“上一年项目数量” = 上年报告“上一年项目数量” + “本年增/减”。',
    en: "2019 Table 2: this year's items of last year = last year's items of last year + its change.",
  },
  messages: NO_MESSAGES,
  check({ current, previous }) {
    if (current.report.format !== '2019' || previous.report.format !== '2019') return [];
    const now = current.report.tables.active;
    const last = previous.report.tables.active;
    if (!now || !last) return [];
    const unread = new Set([...untrustedCells(current.report), ...untrustedCells(previous.report)]);
    const prev = previousOf(previous);
    const out: Finding[] = [];
    for (const row of ITEM_ROWS) {
      const path = cellPath('active', row.key, 'previous');
      const stated = now[row.key]?.previous?.value ?? null;
      const before = last[row.key]?.previous?.value ?? null;
      const change = last[row.key]?.change?.value ?? null;
      if (stated === null || before === null || change === null || unread.has(path) || unread.has(cellPath('active', row.key, 'change'))) continue;
      if (stated === before + change) continue;
      const name = { zh: activeRowLabel(row, 'zh'), en: activeRowLabel(row, 'en') };
      out.push({
        rule: 'cross-year-items',
        severity: 'info',
        code: 'previous-year',
        cells: [path],
        stated: [path],
        expected: before + change,
        actual: stated,
        detail: {
          kind: 'previous-year',
          subject: { zh: `表二${name.zh}项目数量`, en: `Table 2 ${name.en}, items` },
          previous: prev,
          terms: [
            { label: { zh: '上一年项目数量', en: 'items of the year before' }, value: before, sign: 1, lastYear: true },
            { label: { zh: '本年增/减', en: 'change' }, value: change, sign: 1, lastYear: true },
          ],
          stated: { path, value: stated, label: { zh: '本年上一年项目数量', en: "this year's items of last year" } },
        },
      });
    }
    return out;
  },
};
