import type { ReviewGroup } from '../../model/keys';
import { sentences } from './sentences';

/** What a sentence saying none of something happened claims of table 四: a 总计 or a 结果纠正 of 0. */
export interface ReviewClaim {
  kind: 'reconsideration' | 'litigation';
  groups: readonly ReviewGroup[];
  /** `total`: none at all (未发生行政复议); `corrected`: none decided against the agency (未发生…复议纠错, 诉讼败诉) */
  column: 'total' | 'corrected';
  quote: string;
}

/** A negation of occurrence; 无 not as in 无法, 无需, 无论. */
const NEGATION = /未发生|没有发生|未出现|未有|无(?![法需须论])/g;
/** 复议 and 诉讼 as kinds of case (复议后起诉 is a kind of lawsuit, not a reconsideration). */
const MENTION = /(?:行政)?(复议(?!后)|诉讼)/g;
/** A decision against the agency: 纠错, 纠正, 撤销, 确认违法, 败诉. */
const AGAINST = /纠错|纠正|撤销|确认违法|败诉|被改变/;
/** Nothing but a conjunction between two kinds: they share what follows the last (被复议、诉讼纠错). */
const CONJUNCTION = /^[、,，或和及与以\s]*$/;
/** What may follow the kinds when the sentence says none happened at all. */
const NONE_AT_ALL = /^的?(?:案件|案例|事件|事项)?的?(?:情况|情形|发生)?$/;
const CLAUSE_END = /[，,。；;！!？?]/;

/**
 * N-4: reads "未发生…行政复议、行政诉讼" as what it says. After the negation, each kind named (复议,
 * 诉讼) claims what follows it: a decision against the agency (未发生因依申请公开被行政复议纠错或行政诉讼败诉情形,
 * 上海市人民政府办公厅 2025) claims that group's 结果纠正 is 0, not that there was no case; nothing (or
 * 情况, 情形, 案件) claims its 总计 is 0; anything else claims nothing. A kind followed only by 、或和 shares the
 * next one's words. A clause the text cut before its end claims nothing, and a 总计 claim is not read from
 * a clause with a figure in it (the figure says more than the negation).
 * @example reviewClaims('全年未发生被行政复议纠错或行政诉讼败诉情形。') → [{ kind: 'reconsideration', column: 'corrected', … }, { kind: 'litigation', column: 'corrected', … }]
 */
export function reviewClaims(text: string): ReviewClaim[] {
  const out: ReviewClaim[] = [];
  for (const quote of sentences(text)) {
    const s = quote.normalize('NFKC');
    // where the last clause read ends, at its closing mark: a negation inside it (未发生行政复议、无行政诉讼)
    // would read again the kinds it named, while the next clause (…，也未发生行政诉讼) is a claim of its own
    let readTo = 0;
    for (const neg of s.matchAll(NEGATION)) {
      if (neg.index < readTo) continue;
      const from = neg.index + neg[0].length;
      // a clause the text cut before its end (no closing mark: end is -1) slices to '' and names no kind
      const end = s.slice(from).search(CLAUSE_END);
      const clause = s.slice(from, from + end);
      const mentions = [...clause.matchAll(MENTION)];
      const [lead] = mentions;
      if (!lead || lead.index > 20) continue;
      readTo = from + end;
      for (const c of claimsOf(clause, mentions))
        if (c.column === 'corrected' || !/\d/.test(clause))
          out.push({ ...c, groups: c.kind === 'reconsideration' ? ['reconsideration'] : ['litigationDirect', 'litigationAfterReconsideration'], quote });
    }
  }
  return out;
}

/** Each kind named in the clause with what it claims, read from the words after it (shared back over 、或和). */
function claimsOf(clause: string, mentions: readonly RegExpExecArray[]): Pick<ReviewClaim, 'kind' | 'column'>[] {
  const trailers = mentions.map((m, i) => clause.slice(m.index + m[0].length, mentions[i + 1]?.index ?? clause.length));
  const columns: (ReviewClaim['column'] | null)[] = [];
  for (const [i, t] of [...trailers.entries()].reverse()) {
    if (AGAINST.test(t)) columns[i] = 'corrected';
    else if (i < mentions.length - 1 && CONJUNCTION.test(t)) columns[i] = columns[i + 1] ?? null;
    else columns[i] = NONE_AT_ALL.test(t) ? 'total' : null;
  }
  const out: Pick<ReviewClaim, 'kind' | 'column'>[] = [];
  mentions.forEach((m, i) => {
    const kind = m[1] === '复议' ? 'reconsideration' : 'litigation';
    const column = columns[i];
    if (column && !out.some((c) => c.kind === kind && c.column === column)) out.push({ kind, column });
  });
  return out;
}
