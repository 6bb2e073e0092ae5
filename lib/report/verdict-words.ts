import type { Lang } from '../model/lang';
import type { ReportVerdict, Verdict } from '../model/verdict';
import { plural } from '../text/plural';

/** Each kind of verdict in one word or phrase, as filters, colours' labels and spreadsheet columns name it. */
export const VERDICT_WORDS: Record<Lang, Record<Verdict, string>> = {
  zh: { error: '有错误', warning: '仅有警告', ok: '一致', partial: '可核部分一致', unreadable: '未能读取' },
  en: { error: 'Errors found', warning: 'Warnings only', ok: 'Consistent', partial: 'Consistent where checkable', unreadable: 'Could not be read' },
};

/**
 * The verdict's name, with the checks not made where some were: 可核部分一致（25 处未核）.
 * @example verdictTitle({ kind: 'partial', unchecked: 25, … }, 'en') → 'Consistent where checkable (25 not checked)'
 */
export function verdictTitle(v: ReportVerdict, lang: Lang): string {
  const word = VERDICT_WORDS[lang][v.kind];
  if (v.kind !== 'partial') return word;
  return lang === 'zh' ? `${word}（${v.unchecked} 处未核）` : `${word} (${v.unchecked} not checked)`;
}

/**
 * The findings an auditor dismissed (驳回), in words; empty when none was.
 * @example dismissedWords({ dismissed: 1, … }, 'zh') → '1 个已驳回'
 */
export function dismissedWords(v: Pick<ReportVerdict, 'dismissed'>, lang: Lang): string {
  if (v.dismissed === 0) return '';
  return lang === 'zh' ? `${v.dismissed} 个已驳回` : `${v.dismissed} dismissed`;
}

/**
 * What the verdict rests on: the errors (or that none was found), warnings and notes, the checks not made
 * (when the name does not already say them) and the findings dismissed.
 * @example verdictCounts({ kind: 'warning', errors: 0, warnings: 3, notes: 0, unchecked: 0, dismissed: 1 }, 'zh') → '未发现错误；3 个警告、0 条提示；1 个已驳回'
 */
export function verdictCounts(v: ReportVerdict, lang: Lang): string {
  const unchecked = v.kind !== 'partial' && v.unchecked > 0;
  // nothing read, nothing checked: "no errors found" would say more than was done
  const none = v.kind === 'unreadable';
  const any = v.errors + v.warnings + v.notes > 0;
  if (lang === 'zh') {
    const parts = none
      ? ['未作核对', ...(any ? [`${v.errors} 个错误、${v.warnings} 个警告、${v.notes} 条提示`] : [])]
      : [v.errors > 0 ? `${v.errors} 个错误` : '未发现错误', `${v.warnings} 个警告、${v.notes} 条提示`];
    if (unchecked) parts.push(`${v.unchecked} 处未核`);
    if (v.dismissed > 0) parts.push(dismissedWords(v, lang));
    return parts.join('；');
  }
  const parts = none
    ? ['nothing checked', ...(any ? [`${plural(v.errors, 'error')}, ${plural(v.warnings, 'warning')}, ${plural(v.notes, 'note')}`] : [])]
    : [v.errors > 0 ? plural(v.errors, 'error') : 'no errors', `${plural(v.warnings, 'warning')}, ${plural(v.notes, 'note')}`];
  if (unchecked) parts.push(`${v.unchecked} not checked`);
  if (v.dismissed > 0) parts.push(dismissedWords(v, lang));
  return parts.join('; ');
}

/**
 * The verdict in one line, its name then what it rests on: what every screen and export says of a report.
 * @example verdictLine({ kind: 'partial', errors: 0, warnings: 0, notes: 25, unchecked: 25, dismissed: 0 }, 'zh') → '可核部分一致（25 处未核）：未发现错误；0 个警告、25 条提示'
 */
export function verdictLine(v: ReportVerdict, lang: Lang): string {
  return `${verdictTitle(v, lang)}${lang === 'zh' ? '：' : ': '}${verdictCounts(v, lang)}`;
}
