import type { Lang } from '@/lib/model/lang';
import type { ReportVerdict } from '@/lib/model/verdict';
import { dismissedWords, verdictLine, verdictTitle } from '@/lib/report/verdict-words';

type VerdictCellProps = { lang: Lang; verdict: ReportVerdict; icon?: boolean };

const ICON = { error: '✖', warning: '▲', ok: '✔', partial: '?', unreadable: '?' } as const;

/** A record's verdict as every screen says it (lib/report/verdict-words.ts): its name, the findings dismissed, the whole line on hover. */
export function VerdictCell({ lang, verdict: v, icon = false }: VerdictCellProps) {
  const dismissed = dismissedWords(v, lang);
  return (
    <td class={`verdict ${v.kind}`} title={verdictLine(v, lang)}>
      {icon && <span aria-hidden="true">{ICON[v.kind]} </span>}
      {verdictTitle(v, lang)}
      {dismissed && <span class="dismissed">{lang === 'zh' ? `（${dismissed}）` : ` (${dismissed})`}</span>}
    </td>
  );
}
