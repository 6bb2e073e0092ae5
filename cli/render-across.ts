import type { Lang } from '#lib/model';
import { renderFinding } from '#lib/report';
import type { AcrossFound } from './across-reports';
import { displayWidth } from './display-width';
import { cellsText, TAG, verdict } from './render-summary';

/**
 * The summary's closing block: the findings across the reports of the run (X-4 roll-up, the same report
 * under two inputs with other figures), under the input each belongs to, written once every input is
 * checked (the per-report blocks above were written as each came), each input's verdict written again with
 * them counted, since its block above said it without. Empty when there is none.
 */
export function renderAcross(found: readonly AcrossFound[], lang: Lang = 'zh'): string {
  if (found.length === 0) return '';
  const zh = lang === 'zh';
  const lines = [
    zh
      ? '== 跨报告核对（本次检查的全部报告之间：汇总报告与本地区各机关报告之和、同一机关同一年度的不同来源）'
      : '== Across the reports of this run (a government’s roll-up against its area’s reports; one agency and year from two sources)',
  ];
  for (const { outcome, findings } of found) {
    // acrossReports lists only outcomes with a report
    const r = outcome.report;
    if (!r) continue;
    const who = [r.agency, r.year === null ? null : String(r.year)].filter(Boolean).join(' ');
    lines.push(`-- ${outcome.source}${who ? (zh ? `（${who}）` : ` (${who})`) : ''}`);
    for (const f of findings) {
      const tag = TAG[lang][f.severity];
      lines.push(`  ${tag} ${f.rule} ${renderFinding(f, lang)}`);
      const cells = cellsText(f, r.tables, lang);
      if (cells) lines.push(' '.repeat(displayWidth(tag) + 3) + cells);
    }
    lines.push(`  ${verdict(r, lang)}`);
  }
  return `\n${lines.join('\n')}\n`;
}
