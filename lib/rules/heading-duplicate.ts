import { narrativeCut } from './narrative-cut';
import { note } from './note';
import type { Rule } from './rule';
import { findHeadings, SECTION_HEADINGS } from './section-headings';

/**
 * §2: each of the six section headings appears once. A heading printed twice (a section pasted in
 * twice, or 三 repeated where 四 was meant) is noted (info). When most headings appear twice the first
 * copy is a table of contents: nothing is said.
 * Fixtures: tests/unit/rules/form-rules.test.ts.
 */
export const headingDuplicate: Rule = {
  id: 'heading-duplicate',
  severity: 'info',
  clause: '§2',
  summary: { zh: '六个部分的标题各出现一次（不重复）。', en: 'Each of the six section headings appears once.' },
  check({ ex }) {
    if ((ex.format === 'unknown' && !ex.tables.requests) || narrativeCut(ex)) return [];
    const found = findHeadings(ex.lines);
    const twice = SECTION_HEADINGS.map((_, i) => found.filter((h) => h.section === i)).filter((hs) => hs.length > 1);
    // a contents list before the report repeats every heading
    if (twice.length >= 4) return [];
    return twice.map((hs) =>
      note('heading-duplicate', 'info', `标题“${hs[0]!.text}”出现 ${hs.length} 次`, `The heading "${hs[0]!.text}" appears ${hs.length} times`, {
        quote: hs[1]!.text,
      }),
    );
  },
};
