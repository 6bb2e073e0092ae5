import { cellList } from '../model/cell-label';
import type { Finding } from '../model/finding';
import type { Lang } from '../model/lang';
import { renderFinding } from './render-finding';
import type { PublicReport } from '../model/public-report';
import { reviewText, type Reviews } from '../review/review';
import { findingKey } from './finding-key';
import { dismissedBy, reportVerdict } from './report-verdict';
import { verdictLine } from './verdict-words';

// full-width punctuation in the Chinese text, ASCII in the English one
const HEAD = {
  zh: {
    error: '错误',
    warning: '警告',
    info: '提示',
    source: '来源：',
    checked: '核查时间：',
    verdict: (line: string) => `核查结论：${line}。`,
    heading: (name: string, n: number) => `${name}（${n}）`,
    line: (i: number, message: string, rule: string, cells: string, decision: string) =>
      `${i}. ${message}（规则 ${rule}${cells ? `；涉及单元格：${cells}` : ''}）${decision ? `【${decision}】` : ''}`,
  },
  en: {
    error: 'Errors',
    warning: 'Warnings',
    info: 'Notes',
    source: 'Source: ',
    checked: 'Checked: ',
    verdict: (line: string) => `Result: ${line}.`,
    heading: (name: string, n: number) => `${name} (${n})`,
    line: (i: number, message: string, rule: string, cells: string, decision: string) =>
      `${i}. ${message} (rule ${rule}${cells ? `; cells: ${cells}` : ''})${decision ? ` [${decision}]` : ''}`,
  },
} as const;

/**
 * The findings as plain text in audit wording, for working papers: the report's identity, a verdict,
 * then each finding numbered under its severity with its arithmetic, its cells (by their labels), its
 * rule id and the auditor's decision where one was recorded. `checkedAt` is shown as given (localIso).
 */
export function auditText(report: PublicReport, findings: readonly Finding[], checkedAt: string, lang: Lang = 'zh', reviews: Reviews = {}): string {
  const h = HEAD[lang];
  // the verdict every screen says (lib/report/verdict-words.ts), after the auditor's decisions
  const verdict = reportVerdict({ ...report, findings }, dismissedBy(findings, reviews));
  const lines = [report.title ?? report.source, `${h.source}${report.source}`, `${h.checked}${checkedAt}`, h.verdict(verdictLine(verdict, lang))];
  for (const sev of ['error', 'warning', 'info'] as const) {
    const list = findings.filter((f) => f.severity === sev);
    if (list.length === 0) continue;
    lines.push('', h.heading(h[sev], list.length));
    list.forEach((f, i) => {
      lines.push(h.line(i + 1, renderFinding(f, lang), f.rule, cellList(f.cells, lang), reviewText(reviews[findingKey(f)], lang)));
    });
  }
  return lines.join('\n');
}
