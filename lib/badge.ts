import type { ReportSummary } from './messages';
import { plural } from './text/plural';
import type { Lang } from './model/lang';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

/**
 * What the toolbar badge shows for a tab: the error count on red (errors found in what was read are
 * certain), `?` on grey when a report's tables cannot be read or some of their figures could not be read
 * for sure (never ✓ then), the warning count on amber when only warnings, ✓ on green when consistent, and
 * nothing (null) on a page that is not a report. The title repeats it in words (not colour alone).
 * @example badgeFor({ type: 'report-summary', isReport: true, read: 'full', errors: 5, warnings: 2 }) → { text: '5', color: '#c62828', … }
 */
export function badgeFor(s: ReportSummary, lang: Lang = 'zh'): Badge | null {
  if (!s.isReport) return null;
  const zh = lang === 'zh';
  if (s.read === 'none') return { text: '?', color: '#616161', title: zh ? '年报：表格无法读取' : 'Annual report: tables not readable' };
  if (s.read === 'partial' && s.errors === 0)
    return {
      text: '?',
      color: '#616161',
      title: zh
        ? `年报：部分数字无法确定读取，未作核对${s.warnings > 0 ? `；${s.warnings} 个警告` : ''}`
        : `Annual report: some figures could not be read for sure${s.warnings > 0 ? `; ${plural(s.warnings, 'warning')}` : ''}`,
    };
  if (s.errors > 0)
    return {
      text: String(s.errors),
      color: '#c62828',
      title: zh ? `年报：${s.errors} 个错误、${s.warnings} 个警告` : `Annual report: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}`,
    };
  if (s.warnings > 0)
    return {
      text: String(s.warnings),
      color: '#b26a00',
      title: zh ? `年报：无错误，${s.warnings} 个警告` : `Annual report: no errors, ${plural(s.warnings, 'warning')}`,
    };
  return { text: '✓', color: '#2e7d32', title: zh ? '年报：表格勾稽一致' : 'Annual report: consistent' };
}
