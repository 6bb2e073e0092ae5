import { narrativeCut } from './helpers/narrative-cut';
import { sayer } from './note';
import type { Rule, RuleMessages } from './rule';
import { findHeadings, SECTION_HEADINGS } from './helpers/section-headings';

declare module '../model/rule-ids' {
  interface RuleIds {
    'heading-duplicate': true;
  }
}

/** `twice`: a heading as printed and how many times it appears. */
const MESSAGES: RuleMessages<{ twice: { heading: string; times: number } }> = {
  zh: { twice: ({ heading, times }) => `标题“${heading}”出现 ${times} 次` },
  en: { twice: ({ heading, times }) => `The heading "${heading}" appears ${times} times` },
};
const say = sayer('heading-duplicate', MESSAGES);

/**
 * §2: each of the six section headings appears once. A heading printed twice (a section pasted in
 * twice, or 三 repeated where 四 was meant) is noted (info). When most headings appear twice the first
 * copy is a table of contents: nothing is said.
 * Fixtures: tests/unit/rules/form-rules.test.ts.
 */
export const headingDuplicate: Rule = {
  id: 'heading-duplicate',
  severity: 'info',
  rank: 520,
  clause: '§2',
  clauseText: { section: '§2', text: 'Six numbered sections, in this order (verbatim strings as printed in the Beijing seeds and in [T1]–[T4]).' },
  summary: { zh: '六个部分的标题各出现一次（不重复）。', en: 'Each of the six section headings appears once.' },
  messages: MESSAGES,
  check({ ex }) {
    if ((ex.format === 'unknown' && !ex.tables.requests) || narrativeCut(ex)) return [];
    const found = findHeadings(ex.lines);
    const twice = SECTION_HEADINGS.map((_, i) => found.filter((h) => h.section === i)).filter((hs) => hs.length > 1);
    // a contents list before the report repeats every heading
    if (twice.length >= 4) return [];
    return twice.flatMap(([first, second, ...more]) =>
      first && second ? [say('twice', 'info', { heading: first.text, times: 2 + more.length }, { quote: second.text })] : [],
    );
  },
};
