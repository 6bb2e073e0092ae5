import { findSentence } from './helpers/sentences';
import { sayer } from './note';
import type { Rule, RuleMessages } from './rule';
import type { Finding } from '../model/finding';

declare module '../model/rule-ids' {
  interface RuleIds {
    'copy-paste-traces': true;
  }
}

/** The kinds of unit whose wording is met in another's report. */
type Unit = 'township' | 'county' | 'district';
const UNIT_ZH: Record<Unit, string> = { township: '乡镇', county: '县', district: '区' };

/** `wording`: the agency, the kind of unit the words were written for, and the words as printed. */
const MESSAGES: RuleMessages<{ wording: { agency: string; unit: Unit; words: string } }> = {
  zh: { wording: ({ agency, unit, words }) => `${agency}的报告中出现面向${UNIT_ZH[unit]}的表述“${words}”，可能套用了其他单位的文本` },
  en: { wording: ({ agency, unit, words }) => `The report of ${agency} uses wording for a ${unit} ("${words}"): possibly copied from another unit` },
};
const say = sayer('copy-paste-traces', MESSAGES);

/**
 * D-6: wording written for another kind of unit (我镇 / 全镇 in a bureau's report; 在县…指导下 in a
 * district's), the trace of a report copied from another agency (seed 002).
 */
export const copyPasteTraces: Rule = {
  id: 'copy-paste-traces',
  severity: 'info',
  rank: 700,
  clause: 'D-6',
  clauseText: {
    section: '§4.6 D-6',
    text: 'Text written for another unit type (我镇, 全镇机关工作人员, 在县…指导下 in a district bureau’s report, seed 002) ⇒ copy-paste INFO.',
  },
  summary: {
    zh: '正文出现不属于本单位类型的称谓（如区级部门报告中的“我镇”“在县……指导下”）。',
    en: 'Wording written for another kind of unit (copy-paste traces).',
  },
  messages: MESSAGES,
  check({ ex, text }) {
    const agency = ex.agency ?? '';
    if (!agency) return [];
    const out: Finding[] = [];
    const checks: Array<[boolean, RegExp, Unit]> = [
      [!/(镇|乡|街道)/.test(agency), /(我镇|全镇|本镇|我乡|全乡)/, 'township'],
      [/区/.test(agency) && !/县/.test(agency), /(在县[^。]{0,15}指导下|我县|全县)/, 'county'],
      [/县/.test(agency) && !/区/.test(agency), /(我区|全区)/, 'district'],
    ];
    for (const [applies, re, unit] of checks) {
      if (!applies) continue;
      const hit = findSentence(text, re);
      if (hit) out.push(say('wording', 'info', { agency, unit, words: hit.match[1] ?? '' }, { quote: hit.quote }));
    }
    return out;
  },
};
