import type { Finding, Hint, NoteData, RuleId, Severity } from '../model/finding';
import type { Rule, RuleMessages } from './rule';

/** What a note may carry besides its data: the cells it is about, two figures and a sentence of the report. */
export type NoteExtra = Partial<Pick<Finding, 'cells' | 'stated' | 'expected' | 'actual'>> & { quote?: string };

/**
 * The maker of a rule's notes (findings that are an observation, no arithmetic): a finding with message
 * `code` and its `data`, typed by the rule's own messages so that a code without words, or data its
 * words do not expect, is a type error.
 * @example const say = sayer('sections', MESSAGES); say('order', 'warning', {}) → { rule: 'sections', code: 'order', … }
 */
export function sayer<M extends Record<string, object>>(rule: RuleId, _messages: RuleMessages<M>) {
  return <K extends keyof M & string>(code: K, severity: Severity, data: M[K], extra: NoteExtra = {}): Finding => {
    const cells = extra.cells ?? [];
    // a note's stated figure is its first cell unless it says otherwise (a count over many cells states none)
    return {
      rule,
      severity,
      code,
      cells,
      stated: extra.stated ?? cells.slice(0, 1),
      expected: extra.expected ?? null,
      actual: extra.actual ?? null,
      detail: { kind: 'note', data: data as NoteData, ...(extra.quote ? { quote: extra.quote } : {}) },
    };
  };
}

/**
 * The maker of a rule's hints (words beside a finding's arithmetic): message `code` of the rule's table and
 * its `data`, typed as sayer types a note, so that a hint without words is a type error.
 * @example hinter(MESSAGES)('clean-up', {}) → { code: 'clean-up', data: {} }
 */
export function hinter<M extends Record<string, object>>(_messages: RuleMessages<M>) {
  return <K extends keyof M & string>(code: K, data: M[K]): Hint => ({ code, data: data as NoteData });
}

/** The messages every rule has: a rule that threw (a programming error, never a data problem) is said as an info. */
export const RUNNER_MESSAGES: RuleMessages<{ 'rule-failed': { rule: string; error: string } }> = {
  zh: { 'rule-failed': ({ rule, error }) => `规则 ${rule} 运行出错：${error}` },
  en: { 'rule-failed': ({ rule, error }) => `Rule ${rule} failed: ${error}` },
};

/** The info finding that stands for a rule that threw, so the other rules' findings are not lost. */
export function ruleFailed(rule: Pick<Rule<never>, 'id'>, err: unknown): Finding {
  return sayer(rule.id, RUNNER_MESSAGES)('rule-failed', 'info', { rule: rule.id, error: String(err) });
}
