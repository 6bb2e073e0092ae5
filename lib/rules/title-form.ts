import { normalizeLabel } from '../text/normalize-label';
import { sayer } from './note';
import type { Rule, RuleMessages } from './rule';

declare module '../model/rule-ids' {
  interface RuleIds {
    'title-form': true;
  }
}

const MESSAGES: RuleMessages<{ 'not-canonical': { title: string; year: number } }> = {
  zh: { 'not-canonical': ({ title, year }) => `标题“${title}”不是规范形式“{机关}${year}年政府信息公开工作年度报告”` },
  en: { 'not-canonical': ({ title }) => `The title "${title}" is not in the canonical form` },
};
const say = sayer('title-form', MESSAGES);

/** §7.1: the canonical title is {机关}{YYYY}年政府信息公开工作年度报告; other forms are noted (seed 002 lacks 工作). */
export const titleForm: Rule = {
  id: 'title-form',
  severity: 'info',
  rank: 630,
  clause: '§7.1',
  clauseText: {
    section: '§7.1',
    text: 'Canonical: {机关}{YYYY}年政府信息公开工作年度报告; variants such as …政府信息公开年度报告 (no 工作, seed 002). YYYY = reporting year; publication is Y+1.',
  },
  summary: { zh: '标题采用规范形式“{机关}{年份}年政府信息公开工作年度报告”。', en: 'The title has the canonical form.' },
  messages: MESSAGES,
  check({ ex }) {
    // a body without a title (its year read from its sentences) has no title to judge
    if (!ex.title || ex.year === null || ex.yearBasis?.from !== 'title') return [];
    if (/\d{4}年度?政府信息公开工作年度报告/.test(normalizeLabel(ex.title))) return [];
    return [say('not-canonical', 'info', { title: ex.title, year: ex.year })];
  },
};
