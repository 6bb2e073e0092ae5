import type { Finding } from '../model/finding';
import { narrativeCut } from './helpers/narrative-cut';
import { sayer } from './note';
import type { Rule, RuleMessages } from './rule';
import { findHeadings, firstHeadings, numeralValue, SECTION_HEADINGS } from './helpers/section-headings';

declare module '../model/rule-ids' {
  interface RuleIds {
    'heading-numbering': true;
  }
}

const SUB = /^[(（]([一二三四五六七八九十]+)[)）]/;

/**
 * `section`: a section heading (as printed) numbered `numeral` where the template has `want`; `twice`: item
 * `n` (printed as the numeral `printed`) numbered twice; `skipped`: item `n` follows item `last`.
 */
const MESSAGES: RuleMessages<{
  section: { heading: string; numeral: string; want: string };
  twice: { printed: string; n: number };
  skipped: { printed: string; n: number; last: number };
}> = {
  zh: {
    section: ({ heading, numeral, want }) => `“${heading}”编号为“${numeral}”，模板为“${want}”`,
    twice: ({ printed }) => `序号“（${printed}）”重复`,
    skipped: ({ printed, last }) => `序号“（${printed}）”前缺少第 ${last + 1} 项`,
  },
  en: {
    section: ({ heading, numeral, want }) => `"${heading}" is numbered ${numeral}; the template numbers it ${want}`,
    twice: ({ n }) => `Item (${n}) is numbered twice`,
    skipped: ({ n, last }) => `Item (${n}) follows (${last}): a number is skipped`,
  },
};
const say = sayer('heading-numbering', MESSAGES);

/**
 * §2: the six sections are numbered 一、…六、 in order (Word's list numbering flattened to `2、` counts as
 * 二, report-format.md §2), and the (一)(二)… items inside a section follow on without a gap or a repeat.
 * A missing or misplaced section is the `sections` rule's (D-1, a warning); this one notes the numbering
 * only (info). Flattened Word text loses list numbering (seed 002: 总体情况, then （一）组织领导, 主动公开,
 * （三）依申请公开), so an unnumbered heading is not noted (§2 lists it among the accepted variants), and a
 * gap of one item with a short unnumbered line in its place is taken for a lost number. An item list that starts later
 * than (一) is not reported: a reader may have missed a first item printed inside a paragraph.
 * Tests: tests/unit/rules/heading-numbering.test.ts (seed 000 edited; seed 002, which lacks 六 and numbers 一 by Word's lost list).
 */
export const headingNumbering: Rule = {
  id: 'heading-numbering',
  severity: 'info',
  rank: 510,
  clause: '§2',
  clauseText: {
    section: '§2',
    text: 'Six numbered sections, in this order: 一、总体情况 二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况 四、政府信息公开行政复议、行政诉讼情况 五、存在的主要问题及改进情况 六、其他需要报告的事项.',
  },
  summary: {
    zh: '六个部分依次编号为一至六，各部分内的（一）（二）……序号连续、不重复。',
    en: 'The six sections are numbered 一 to 六 in order, and the (1), (2)… items inside each run on without a gap or a repeat.',
  },
  messages: MESSAGES,
  check({ ex }) {
    if ((ex.format === 'unknown' && !ex.tables.requests) || narrativeCut(ex)) return [];
    const found = findHeadings(ex.lines);
    const first = firstHeadings(found);
    const out: Finding[] = [];
    first.forEach((h, i) => {
      const section = SECTION_HEADINGS[i];
      if (!h || !section) return;
      const want = section.zh.slice(0, 2);
      // an unnumbered heading is a variant §2 accepts (seed 002's 总体情况: flattened Word text loses list numbering)
      if (h.numeral !== null && numeralValue(h.numeral) !== i + 1)
        out.push(say('section', 'info', { heading: h.text, numeral: h.numeral, want }, { quote: h.text }));
    });
    // the items of each section, from its heading to the next heading found (findHeadings keeps line order)
    const starts = found.map((h) => h.line);
    for (const [k, start] of starts.entries()) {
      const end = starts[k + 1] ?? ex.lines.length;
      let last: number | null = null;
      // a short unnumbered line between two items is most likely an item whose list numbering was lost
      let lostNumber = false;
      for (const line of ex.lines.slice(start + 1, end)) {
        // no numeral: '' (numeralValue('') is null, as of a numeral it cannot read, （二十）)
        const printed = SUB.exec(line.trim())?.[1] ?? '';
        const n = numeralValue(printed);
        if (n === null) {
          if (line.trim().length > 0 && line.trim().length <= 20 && !/[。；，]/.test(line)) lostNumber = true;
          continue;
        }
        if (n === last) out.push(say('twice', 'info', { printed, n }, { quote: line.trim().slice(0, 60) }));
        else if (last !== null && n > last + 1 && !(lostNumber && n === last + 2))
          out.push(say('skipped', 'info', { printed, n, last }, { quote: line.trim().slice(0, 60) }));
        last = n;
        lostNumber = false;
      }
    }
    return out;
  },
};
