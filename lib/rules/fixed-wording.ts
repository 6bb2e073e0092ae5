import { MIN_NARRATIVE_LINES } from './helpers/section-headings';
import { narrativeCut } from './helpers/narrative-cut';
import { sayer } from './note';
import type { Rule, RuleMessages } from './rule';

declare module '../model/rule-ids' {
  interface RuleIds {
    'fixed-wording': true;
  }
}

/** The first lines of the narrative, where the template's opening sentence stands. */
const OPENING_LINES = 12;
// 依据…第五十条规定，编制本报告 / 本报告根据《条例》…编制 / 根据《…条例》…要求…编制…年度报告
const LEGAL_BASIS = /(政府信息公开条例|《条例》).*(编制|制定)|(编制|制定).*(政府信息公开条例|《条例》)/;
// 统计期限为2023年1月1日至12月31日 / 统计期为…至2023年12月31日 / 统计期限自（从）…起至…止
const PERIOD =
  /统计期(?:限)?(?:为|是|自|从)?\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:起)?\s*(?:至|到|—|-|－)\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/** `no-legal-basis`: the opening never says the report is compiled under the 条例; `period`: the stated period is not a whole year. */
const MESSAGES: RuleMessages<{ 'no-legal-basis': object; period: object }> = {
  zh: {
    'no-legal-basis': () => '报告开头未说明依据《中华人民共和国政府信息公开条例》编制（模板：依据《中华人民共和国政府信息公开条例》第五十条规定，编制本报告）',
    period: () => '所述统计期限不是一个完整年度（1月1日至12月31日）',
  },
  en: {
    'no-legal-basis': () => 'The opening does not say the report is compiled under the 政府信息公开条例 (template: 依据…第五十条规定，编制本报告)',
    period: () => 'The stated statistical period is not a whole year (1 January to 31 December)',
  },
};
const say = sayer('fixed-wording', MESSAGES);

/**
 * §2 (boilerplate): the fixed sentences of the template. Real reports word them in many ways (根据 / 依据 /
 * 本报告由…根据…编制; 统计期限为 / 统计期为 / 自…起至…止), so the wording itself is not held to the letter:
 * what is noted (info) is an opening that never says the report is compiled (编制) under the 政府信息公开条例,
 * and a stated statistical period that is not a whole calendar year (1月1日 to 12月31日; its year is D-2's).
 * Fixtures: tests/unit/rules/form-rules.test.ts.
 */
export const fixedWording: Rule = {
  id: 'fixed-wording',
  severity: 'info',
  rank: 540,
  clause: '§2 (boilerplate)',
  clauseText: {
    section: '§2 (boilerplate)',
    text: 'Typical boilerplate: first line `依据《中华人民共和国政府信息公开条例》(以下简称《政府信息公开条例》)第五十条规定，编制本报告。`; `本年度报告中所列数据统计期限为YYYY年1月1日至12月31日`.',
  },
  summary: {
    zh: '开头说明依据《政府信息公开条例》编制；所述统计期限为一个完整年度（1月1日至12月31日）。',
    en: 'The opening names the 政府信息公开条例 the report is compiled under; a stated statistical period is a whole year.',
  },
  messages: MESSAGES,
  check({ ex, text }) {
    if ((ex.format === 'unknown' && !ex.tables.requests) || narrativeCut(ex) || ex.lines.length < MIN_NARRATIVE_LINES) return [];
    const out = [];
    // joined: a converter's Markdown breaks the opening sentence over lines
    if (!LEGAL_BASIS.test(ex.lines.slice(0, OPENING_LINES).join(''))) out.push(say('no-legal-basis', 'info', {}));
    const m = PERIOD.exec(text);
    if (m) {
      const [, , fromMonth, fromDay, toYear, toMonth, toDay] = m;
      const whole = Number(fromMonth) === 1 && Number(fromDay) === 1 && Number(toMonth) === 12 && Number(toDay) === 31 && (!toYear || toYear === m[1]);
      if (!whole) out.push(say('period', 'info', {}, { quote: m[0] }));
    }
    return out;
  },
};
