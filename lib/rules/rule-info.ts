import type { RuleId } from '../model/finding';
import type { AnyMessages, RuleDeclaration } from './rule';
import { ALL_RULES } from './registry';

/** What the interface says about a rule: its one-line summary (from the rule itself) and the clause it enforces. */
export type RuleInfo = Omit<RuleDeclaration, 'messages'>;

const MESSAGES = new Map<RuleId, AnyMessages>(ALL_RULES.map((r) => [r.id, r.messages]));

/** A rule's messages, one table per language (the renderer looks a note's words up by its code). */
export function messagesOf(id: RuleId): AnyMessages {
  const messages = MESSAGES.get(id);
  if (!messages) throw new Error(`no rule registered with id ${id}`);
  return messages;
}

const INFO = new Map<RuleId, RuleInfo>(
  ALL_RULES.map((r) => [r.id, { id: r.id, severity: r.severity, summary: r.summary, clause: r.clause, clauseText: r.clauseText }]),
);

/**
 * The summary and clause of a rule, for the finding's plain explanation and its "why" expander.
 * @example ruleInfo('t3-row-total').clause → 'T3-B'
 */
export function ruleInfo(id: RuleId): RuleInfo {
  const info = INFO.get(id);
  // every RULE_ID is in one of the two registries (tests/unit/rules/rule-info.test.ts)
  if (!info) throw new Error(`no rule registered with id ${id}`);
  return info;
}
