import { cellLabel } from '../../model/cell-label';
import type { Finding } from '../../model/finding';
import { untrustedCells } from '../../model/read-state';
import { hinter } from '../note';
import type { RuleMessages } from '../rule';
import { previousOf, type CrossYearRule } from './cross-year-rule';
import { figureCells } from './figure-cells';

declare module '../../model/rule-ids' {
  interface RuleIds {
    'cross-year-ratio': true;
  }
}

/** A figure more than this many times last year's, or less than its inverse, is pointed out (the peer's QR-007 uses the same 5). */
export const RATIO_LIMIT = 5;

/**
 * The hints of a ratio: `ratio` is this year's figure over last year's, said as "n times" up or down
 * (one decimal).
 */
const MESSAGES: RuleMessages<{ over: { ratio: number }; under: { ratio: number } }> = {
  zh: {
    over: ({ ratio }) => `本年为上年的 ${ratio.toFixed(1)} 倍（超过 ${RATIO_LIMIT} 倍），请核实`,
    under: ({ ratio }) => `本年不足上年的五分之一（上年为本年的 ${(1 / ratio).toFixed(1)} 倍），请核实`,
  },
  en: {
    over: ({ ratio }) => `${ratio.toFixed(1)}× last year's (over ${RATIO_LIMIT}×): worth a look`,
    under: ({ ratio }) => `under a fifth of last year's (${(1 / ratio).toFixed(1)}× less): worth a look`,
  },
};
const hint = hinter(MESSAGES);

/**
 * Year-on-year (同比): a figure that is more than 5 times last year's or under a fifth of it, both
 * non-zero, said with both years' figures and last year's report named. An observation (info): a
 * campaign or a reorganisation can explain it, a typo (an extra digit) too. 0 → n has no ratio: the
 * `cross-year-appeared` rule says when figures appear or vanish. Both reports of the same template only.
 */
export const crossYearRatio: CrossYearRule = {
  id: 'cross-year-ratio',
  severity: 'info',
  rank: 140,
  clause: '同比 (QR-007)',
  clauseText: {
    section: '§4.5 X-3 / 同比 (notes/benchmarks.md, QR-007)',
    text: '同比 = (本年 − 上年) ÷ 上年, null when 上年 = 0; QR-007 flags ratio > 5 or < 0.2.',
  },
  summary: {
    zh: '同一数字为上年的 5 倍以上或不足五分之一时提示（两年均非零）。',
    en: "A figure more than 5× last year's or under a fifth of it (both non-zero).",
  },
  messages: MESSAGES,
  check({ current, previous }) {
    if (current.report.format !== previous.report.format) return [];
    const last = new Map(figureCells(previous.report).map((c) => [c.path, c.value]));
    const unread = new Set([...untrustedCells(current.report), ...untrustedCells(previous.report)]);
    const prev = previousOf(previous);
    const out: Finding[] = [];
    for (const cell of figureCells(current.report)) {
      const before = last.get(cell.path);
      if (unread.has(cell.path) || before === undefined || before === null || cell.value === null || before <= 0 || cell.value <= 0) continue;
      const ratio = cell.value / before;
      if (ratio <= RATIO_LIMIT && ratio >= 1 / RATIO_LIMIT) continue;
      const label = { zh: cellLabel(cell.path, 'zh'), en: cellLabel(cell.path, 'en') };
      out.push({
        rule: 'cross-year-ratio',
        severity: 'info',
        code: 'previous-year',
        cells: [cell.path],
        stated: [cell.path],
        expected: before,
        actual: cell.value,
        detail: {
          kind: 'previous-year',
          subject: { zh: `${label.zh}同比`, en: `${label.en}, year on year` },
          previous: prev,
          terms: [{ label: { zh: '同一单元格', en: 'the same cell' }, value: before, sign: 1, lastYear: true }],
          stated: { path: cell.path, value: cell.value, label: { zh: '本年', en: 'this year' } },
          hint: hint(ratio > 1 ? 'over' : 'under', { ratio }),
        },
      });
    }
    return out;
  },
};
