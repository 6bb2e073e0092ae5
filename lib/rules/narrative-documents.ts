import type { Rule, RuleMessages } from './rule';
import { sayer } from './note';
import { figure, sentences } from './helpers/sentences';

declare module '../model/rule-ids' {
  interface RuleIds {
    'narrative-documents': true;
  }
}

/** A count of 规范性文件 in the narrative ("规范性文件77件", "规范性文件类信息5条"). */
const COUNT = /规范性文件[^\d。；;，,]{0,4}(\d+)\s*(?:件|条|个|份)/g;
/** Words of its clause that say the count is of documents made this year: the measure of 表二 本年制发件数. */
const MADE = /制发|制定|印发|出台|新制/;
/** Words that say it counts something else: documents cleared, repealed, in force, reviewed. */
const OTHER_MEASURE = /清理|废止|失效|现行有效|有效期|累计|历年|梳理|备案|审查|审核|解读/;

/**
 * The narrative's count of 规范性文件 to set against 表二 本年制发件数: the first figure whose own clause
 * says the documents were made (本年度制发的规范性文件77件, in a sentence that first says 清理规范性文件393件:
 * issue 15), else the first that does not count documents cleared, repealed or in force.
 */
export function documentsCount(text: string): { quote: string; said: number } | null {
  let plain: { quote: string; said: number } | null = null;
  for (const quote of sentences(text)) {
    const s = quote.normalize('NFKC');
    for (const m of s.matchAll(COUNT)) {
      // the clause before the figure: from the last comma, 、 or semicolon before the match
      const clause = s.slice(Math.max(0, ...['，', ',', '、', '；', ';'].map((p) => s.lastIndexOf(p, m.index) + 1)), m.index + m[0].length);
      if (MADE.test(clause)) return { quote, said: figure(m[1] ?? '') };
      if (!plain && !OTHER_MEASURE.test(clause)) plain = { quote, said: figure(m[1] ?? '') };
    }
  }
  return plain;
}

const MESSAGES: RuleMessages<{ differs: { said: number; issued: number } }> = {
  zh: { differs: ({ said, issued }) => `正文称规范性文件 ${said} 件（条），表二行政规范性文件本年制发 ${issued} 件；口径可能不同，请核实` },
  en: { differs: ({ said, issued }) => `The narrative counts ${said} normative documents; table 2 says ${issued} issued (may be a different measure)` },
};
const say = sayer('narrative-documents', MESSAGES);

/**
 * N-7 (info only): a count of 规范性文件 in the text against 表二 本年制发件数. Different measures
 * (items published vs documents made; seed 001 says 10 where the table has 12), so never a warning.
 */
export const narrativeDocuments: Rule = {
  id: 'narrative-documents',
  severity: 'info',
  rank: 350,
  clause: 'N-7',
  clauseText: {
    section: '§4.3 N-7',
    text: 'Text counts of 规章/规范性文件 vs 表二 (一) 本年制发件数 — different measures (published items vs documents made), INFO only.',
  },
  summary: {
    zh: '正文规范性文件条数与表二本年制发件数不同时提示（口径可能不同）。',
    en: 'Narrative count of normative documents vs table 2 issued (info: different measures).',
  },
  messages: MESSAGES,
  check({ ex, text }) {
    const cell = ex.tables.active?.normativeDocuments?.issued;
    const hit = documentsCount(text);
    if (!cell || cell.value === null || !hit || hit.said === cell.value) return [];
    const said = hit.said;
    return [
      say(
        'differs',
        'info',
        { said, issued: cell.value },
        { cells: ['active.normativeDocuments.issued'], quote: hit.quote, expected: cell.value, actual: said },
      ),
    ];
  },
};
