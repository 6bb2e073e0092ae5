import * as z from 'zod/mini';

/**
 * Every rule id, registered by the rule's own module through declaration merging (as i18next's
 * CustomTypeOptions): lib/rules/<id>.ts says `declare module '../model/rule-ids' { interface RuleIds
 * { '<id>': true } }`, so the ids are typed without a second list. The registry (lib/rules/registry.ts) is
 * the one list at run time; tests/unit/rules/registry.test.ts ties each rule module to it.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by each rule's module (declaration merging)
export interface RuleIds {}
export type RuleId = keyof RuleIds & string;

/** A rule id as it crosses a context: kebab-case (whether a rule has it is the registry's to say). */
export const RuleIdSchema = z.custom<RuleId>((v) => typeof v === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v));
