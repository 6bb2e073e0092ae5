import { MIN_NARRATIVE_LINES } from './helpers/section-headings';
import { narrativeCut } from './helpers/narrative-cut';
import { sayer } from './note';
import type { Rule, RuleMessages } from './rule';
import { findHeadings, firstHeadings } from './helpers/section-headings';

declare module '../model/rule-ids' {
  interface RuleIds {
    'section-empty': true;
  }
}

/** `empty`: the heading (as printed) with nothing under it. */
const MESSAGES: RuleMessages<{ empty: { heading: string } }> = {
  zh: { empty: ({ heading }) => `“${heading}”下没有内容` },
  en: { empty: ({ heading }) => `Nothing is written under "${heading}"` },
};
const say = sayer('section-empty', MESSAGES);

/**
 * §2 / D-1: sections 五 (存在的主要问题及改进情况) and 六 (其他需要报告的事项) have a body: a heading with
 * nothing under it before the next heading or the end of the report is noted (info). A missing section
 * is the `sections` rule's (warning).
 * Fixtures: tests/unit/rules/form-rules.test.ts.
 */
export const sectionEmpty: Rule = {
  id: 'section-empty',
  severity: 'info',
  rank: 530,
  clause: '§2 / D-1',
  clauseText: { section: '§2 / §4.6 D-1', text: 'Six sections present, in order (§2). Missing 六 (seed 002) or missing a table ⇒ WARN.' },
  summary: { zh: '第五、六部分标题下应有内容。', en: 'Sections 五 and 六 have a body under their headings.' },
  messages: MESSAGES,
  check({ ex }) {
    if ((ex.format === 'unknown' && !ex.tables.requests) || narrativeCut(ex) || ex.lines.length < MIN_NARRATIVE_LINES) return [];
    const found = findHeadings(ex.lines);
    const first = firstHeadings(found);
    const out = [];
    for (const i of [4, 5]) {
      const h = first[i];
      if (!h) continue;
      const next = found.map((x) => x.line).filter((l) => l > h.line);
      const end = next.length > 0 ? Math.min(...next) : ex.lines.length;
      const body = ex.lines.slice(h.line + 1, end).filter((l) => l.trim() !== '');
      if (body.length === 0) out.push(say('empty', 'info', { heading: h.text }, { quote: h.text }));
    }
    return out;
  },
};
