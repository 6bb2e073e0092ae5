import { cellLabel } from './cell-label';
import type { Finding } from './finding';
import { formatFinding, type Lang } from './format-finding';
import type { PublicReport } from './public-report';
import { findingKey, reviewText, type Reviews } from '../review/review';

const HEAD = {
  zh: {
    error: '错误',
    warning: '警告',
    info: '提示',
    none: '未发现问题：表格勾稽关系一致。',
    cells: '涉及单元格',
    rule: '规则',
    source: '来源',
    checked: '核查时间',
  },
  en: {
    error: 'Errors',
    warning: 'Warnings',
    info: 'Notes',
    none: 'No problems found: the tables are consistent.',
    cells: 'cells',
    rule: 'rule',
    source: 'Source',
    checked: 'Checked',
  },
} as const;

/**
 * The findings as plain text in audit wording, for working papers: the report's identity, a verdict,
 * then each finding numbered under its severity with its arithmetic, its cells, its rule id and the
 * auditor's decision where one was recorded.
 */
export function auditText(report: PublicReport, findings: readonly Finding[], checkedAt: string, lang: Lang = 'zh', reviews: Reviews = {}): string {
  const h = HEAD[lang];
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const verdict =
    lang === 'zh'
      ? `核查结论：错误 ${count('error')} 处，警告 ${count('warning')} 处，提示 ${count('info')} 处。`
      : `Result: ${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes.`;
  const lines = [report.title ?? report.source, `${h.source}: ${report.source}`, `${h.checked}: ${checkedAt}`, verdict];
  if (findings.length === 0) lines.push(h.none);
  for (const sev of ['error', 'warning', 'info'] as const) {
    const list = findings.filter((f) => f.severity === sev);
    if (list.length === 0) continue;
    lines.push('', `${h[sev]}（${list.length}）`);
    list.forEach((f, i) => {
      const cells = f.cells.length > 0 ? `；${h.cells}：${f.cells.slice(0, 6).map(cellLabel).join('、')}${f.cells.length > 6 ? '等' : ''}` : '';
      const decision = reviewText(reviews[findingKey(f)], lang);
      lines.push(`${i + 1}. ${formatFinding(f, lang)}（${h.rule} ${f.rule}${cells}）${decision ? `【${decision}】` : ''}`);
    });
  }
  return lines.join('\n');
}
