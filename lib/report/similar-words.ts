import type { Lang } from '../model/lang';
import { ruleInfo } from '../rules/rule-info';
import { plural } from '../text/plural';
import type { ListEntry } from './similar-findings';
import { itemAt } from '../model/item-at';

/**
 * The one line that stands for several findings of one kind (lib/report/similar-findings.ts), as the
 * popup's folded entry and the CLI's summary both say it; `where` the list of each is: the popup's
 * expander, or the CLI's --json.
 * @example similarLine(many(27 × unassessable, 3 rules), 'zh') → '27 处核对因未填数字无法进行（涉及 3 条规则，展开查看各处）'
 */
export function similarLine(e: Extract<ListEntry, { kind: 'many' }>, lang: Lang, where: 'expand' | 'json' = 'expand'): string {
  const n = e.items.length;
  const blanks = e.reason.startsWith('unassessable');
  if (e.rules.length > 1)
    return lang === 'zh'
      ? `${n} 处核对因未填数字无法进行（涉及 ${e.rules.length} 条规则，${where === 'expand' ? '展开查看各处' : '各处见 --json'}）`
      : `${plural(n, 'check')} not assessable for blank cells (${plural(e.rules.length, 'rule')}; ${where === 'expand' ? 'expand to see each' : 'each in --json'})`;
  // a `many` entry gathers two findings or more, so it names one rule at least
  const summary = ruleInfo(itemAt(e.rules, 0, 'similar entry rule')).summary[lang];
  if (lang === 'zh') return blanks ? `${n} 处未填数字、无法核对——${summary}` : `${n} 条同类提示——${summary}`;
  return blanks ? `${n} checks not assessable (blank cells) — ${summary}` : `${n} similar notes — ${summary}`;
}
