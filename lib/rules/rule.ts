import type { FullExtraction } from '../extract/map/build-extraction';
import type { Finding, RuleId, Severity } from '../model/finding';
import type { Bilingual } from '../model/lang';
import type { Lang } from '../model/lang';

/** What every rule sees: the extraction and the narrative joined into one searchable text. */
export interface RuleContext {
  ex: FullExtraction;
  /** narrative lines joined with '\n' */
  text: string;
}

/** One message of a rule in one language: its words, made from a finding's data. */
export type MessageFn<D> = (data: D) => string;

/**
 * A rule's messages, one table per language, keyed by message code (ESLint's `meta.messages` and
 * `messageId`); `M` maps each code to the shape of its data. A rule that only does arithmetic has none:
 * the arithmetic kinds are worded by lib/report/render-finding.ts.
 */
export type RuleMessages<M extends Record<string, object>> = { readonly [L in Lang]: { readonly [K in keyof M]: MessageFn<M[K]> } };

/** Any rule's messages, as the renderer looks them up by code. */
export type AnyMessages = { readonly [L in Lang]: Readonly<Record<string, MessageFn<never>>> };

/** The messages of a rule that words none of its own. */
export const NO_MESSAGES: AnyMessages = { zh: {}, en: {} };

/** Where a rule's clause stands in report-format.md (`§4.1 T3-A`) and its wording there. */
export interface ClauseText {
  section: string;
  text: string;
}

/**
 * What every rule declares, whether it runs on one report, against last year's or across reports: the
 * registry's entry (lib/rules/registry.ts), from which the README's table and the interface's words come.
 */
export interface RuleDeclaration {
  id: RuleId;
  /** the worst severity this rule reports */
  severity: Severity;
  /** the clause of report-format.md §4 this rule enforces */
  clause: string;
  /**
   * that clause quoted from report-format.md (§4.1–4.6: ID and wording as written there, in the spec's own
   * language; §3, §3.4 and §7.1 for the rules about reading the tables): the popup's "why" expander shows it
   */
  clauseText: ClauseText;
  summary: Bilingual;
  messages: AnyMessages;
}

/**
 * One consistency rule (one file each, id = file name). `check` returns findings and never throws on data.
 * The module is all there is to a rule: `npm run rules` finds it (lib/rules/rule-modules.ts) and its rank
 * places it among the rules of its kind.
 */
export interface Rule<C = RuleContext> extends RuleDeclaration {
  /**
   * Where the rule stands among the rules of its kind (same-year, cross-year), lowest first: the order its
   * findings are listed in within one severity, and its row in the README's table. Unique within the kind;
   * the hundreds group the rules (same-year: 100 arithmetic, 200 reading the tables, 300 narrative, 400 fee,
   * 500 sections, 600 dates and titles, 700 traces), the tens leave room to put a new rule between two.
   */
  rank: number;
  check(ctx: C): Finding[];
}
