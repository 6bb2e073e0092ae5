import type { ReportSummary } from './messages';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

/**
 * What the toolbar badge shows for a tab: the error count on red, ✓ on green when consistent, the
 * warning count on amber when only warnings, `?` on grey when a report's tables cannot be read, and
 * nothing (null) on a page that is not a report. The title repeats it in words (not colour alone).
 * @example badgeFor({ type: 'report-summary', isReport: true, readable: true, errors: 5, warnings: 2 }) → { text: '5', color: '#c62828', … }
 */
export function badgeFor(s: ReportSummary, lang: 'zh' | 'en' = 'zh'): Badge | null {
  if (!s.isReport) return null;
  const zh = lang === 'zh';
  if (!s.readable) return { text: '?', color: '#616161', title: zh ? '年报：表格无法读取' : 'Annual report: tables not readable' };
  if (s.errors > 0) return { text: String(s.errors), color: '#c62828', title: zh ? `年报：${s.errors} 个错误、${s.warnings} 个警告` : `Annual report: ${s.errors} errors, ${s.warnings} warnings` };
  if (s.warnings > 0) return { text: String(s.warnings), color: '#b26a00', title: zh ? `年报：无错误，${s.warnings} 个警告` : `Annual report: no errors, ${s.warnings} warnings` };
  return { text: '✓', color: '#2e7d32', title: zh ? '年报：表格勾稽一致' : 'Annual report: consistent' };
}
