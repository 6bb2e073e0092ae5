import { narrativeCut } from './helpers/narrative-cut';
import type { Rule, RuleMessages } from './rule';
import { sayer } from './note';
import { readFeeFacts } from './helpers/fee-facts';
import { trustedYear } from './helpers/trusted-year';

declare module '../model/rule-ids' {
  interface RuleIds {
    'fee-paragraph': true;
  }
}

/** `missing`: no fee statement; `contradicted`: one sentence says no fee arose (`none`, quoted) and another gives fee figures (the finding's quote). */
const MESSAGES: RuleMessages<{ missing: object; contradicted: { none: string } }> = {
  zh: {
    missing: () => '未见信息处理费收取情况的说明（发出收费通知件数、总金额、实际收取金额）',
    contradicted: ({ none }) => `信息处理费的说明前后不一：此处给出收费数字，另一处却称“${none}”`,
  },
  en: {
    missing: () => 'No statement of information processing fees (notices sent, amount billed, amount collected)',
    contradicted: ({ none }) => `The fee statements disagree: this one gives fee figures, another says “${none}”`,
  },
};
const say = sayer('fee-paragraph', MESSAGES);

/**
 * F-1: from the 2021 reporting year (the title's, or a year the body proves: trustedYear), section 六 states the 信息处理费
 * (国办函〔2020〕109号), and states it once: a sentence saying no fee arose that another's figures deny is a warning.
 */
export const feeParagraph: Rule = {
  id: 'fee-paragraph',
  severity: 'warning',
  rank: 400,
  clause: 'F-1',
  clauseText: { section: '§4.4 F-1', text: 'Paragraph present (report years ≥ 2021). Missing ⇒ WARN.' },
  summary: {
    zh: '2021年度起报告应说明信息处理费收取情况；说明前后不一（称未收费又给出收费数字）时提示。',
    en: 'From 2021, the report states the information processing fees; a statement of no fee that fee figures deny is flagged.',
  },
  messages: MESSAGES,
  check({ ex, text }) {
    const facts = readFeeFacts(text);
    // the figures count for the other fee rules; that another sentence denies them is said here, in any year
    if (facts?.contradicted) return [say('contradicted', 'warning', { none: facts.contradicted.quote }, { quote: facts.quote })];
    const year = trustedYear(ex);
    if (year === null || year < 2021 || !ex.tables.requests || narrativeCut(ex)) return [];
    return facts ? [] : [say('missing', 'warning', {})];
  },
};
