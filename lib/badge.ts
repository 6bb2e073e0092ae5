import type { ReportSummary } from './messages';
import type { Lang } from './model/lang';
import { dismissedBy, reportVerdict, type VerdictFacts } from './report/report-verdict';
import { verdictLine } from './report/verdict-words';
import type { KeyedFinding } from './report/finding-key';
import type { Reviews } from './review/review';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

const COLOUR = { error: '#c62828', warning: '#b26a00', ok: '#2e7d32', partial: '#616161', unreadable: '#616161' } as const;

/**
 * What the toolbar badge shows for a tab: the error count on red (errors found in what was read are
 * certain), the warning count on amber when only warnings, ✓ on green when consistent, `?` on grey when
 * some checks were not made or no table was read (never ✓ then), and nothing (null) on a page that is not
 * a report. The title is the verdict line every screen says (lib/report/verdict-words.ts): not colour alone.
 * @example badgeFor({ type: 'report-summary', isReport: true, verdict: { kind: 'error', errors: 5, … } }) → { text: '5', color: '#c62828', title: '年报：有错误：5 个错误；…' }
 */
export function badgeFor(s: ReportSummary, lang: Lang = 'zh'): Badge | null {
  if (!s.isReport) return null;
  const v = s.verdict;
  const text = v.kind === 'error' ? String(v.errors) : v.kind === 'warning' ? String(v.warnings) : v.kind === 'ok' ? '✓' : '?';
  return { text, color: COLOUR[v.kind], title: `${lang === 'zh' ? '年报——' : 'Annual report — '}${verdictLine(v, lang)}` };
}

const CHECKING = { zh: '年报——正在核对', en: 'Annual report — being checked' } as const;

/**
 * The badge between the detector's word and the checker's verdict: `…` on grey, no number, so the
 * auditor sees at once that the page is a report; the verdict replaces it some 50–150 ms later
 * (entrypoints/background.ts clears it when the checker cannot run).
 * @example checkingBadge('zh') → { text: '…', color: '#616161', title: '年报——正在核对' }
 */
export function checkingBadge(lang: Lang = 'zh'): Badge {
  return { text: '…', color: COLOUR.partial, title: CHECKING[lang] };
}

/**
 * The badge's summary of a checked report (with its findings' details, as the page's checker holds it)
 * after the auditor's decisions on its version: a dismissed (驳回) finding is not counted, and the
 * tooltip says how many were dismissed, as the popup's verdict does.
 * @example decidedSummary(checkText(seed002).report, { [findingKey(anError)]: { status: 'dismissed', … } }).verdict → { kind: 'error', errors: 4, …, dismissed: 1 }
 */
export function decidedSummary(report: VerdictFacts & { findings: readonly KeyedFinding[] }, reviews: Reviews | undefined): ReportSummary {
  return { type: 'report-summary', isReport: true, verdict: reportVerdict(report, dismissedBy(report.findings, reviews)) };
}
