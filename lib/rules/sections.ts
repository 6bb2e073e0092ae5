import { narrativeCut } from './helpers/narrative-cut';
import { normalizeLabel } from '../text/normalize-label';
import { sayer } from './note';
import type { Rule, RuleMessages } from './rule';

declare module '../model/rule-ids' {
  interface RuleIds {
    sections: true;
  }
}

/** A heading's numeral: 一、 （一） 1. */
const NUMBERED = /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[、.])/;

/**
 * The six sections of the 2021 format (§2), matched by their meaning, not their numeral (seed 001 numbers
 * items inside 五 as 一、二、) nor their exact wording: the headings reports really print (§2 variants;
 * 六、需要说明的其他事项与附表, issue 15) say the same thing in other words.
 */
const SECTIONS: ReadonlyArray<{ zh: string; test: (s: string) => boolean; inPlace?: (s: string) => boolean }> = [
  { zh: '一、总体情况', test: (s) => /总体情况|概述|基本情况/.test(s) },
  { zh: '二、主动公开政府信息情况', test: (s) => /主动公开政府信息(的)?(工作)?情况/.test(s) },
  { zh: '三、收到和处理政府信息公开申请情况', test: (s) => /(收到|受理)和?(处理|办理)[^。，,]{0,8}申请(的)?情况/.test(s) },
  // 复议 and 诉讼 rather than 行政复议: 平潭社会事业局 2023 prints 行政法复议
  { zh: '四、政府信息公开行政复议、行政诉讼情况', test: (s) => /复议/.test(s) && /诉讼/.test(s) && /情况$/.test(s) },
  // in its place (after 四, before 六) its numbered sub-headings say it too, when the converter lost the heading
  // itself: （一）主要问题 / （二）改进情况 (上海市科委 2024), （一）2024 年工作中存在问题的改进情况 (上海市人民政府办公厅 2025)
  {
    zh: '五、存在的主要问题及改进情况',
    test: (s) => /存在的主要问题|存在的?问题(及|和|与)/.test(s),
    inPlace: (s) => NUMBERED.test(s) && /问题|改进/.test(s),
  },
  // 其他需要报告的事项 = 需要说明的其他事项 = 其他需要说明的事项 = 六、其他事项
  { zh: '六、其他需要报告的事项', test: (s) => /其他需要(报告|说明)的?事项|需要(报告|说明)的其他事项|^(六[、.]|\(六\)|6[、.])?其他事项/.test(s) },
];

/** `missing`: the sections not found, by their place in the template (0 = 一、总体情况). */
const MESSAGES: RuleMessages<{ missing: { sections: number[] }; order: object }> = {
  zh: {
    missing: ({ sections }) => `缺少部分：${sections.map((i) => SECTIONS[i]?.zh ?? '').join('；')}`,
    order: () => '六个部分的顺序与模板不一致',
  },
  en: {
    missing: ({ sections }) => `Missing sections: ${sections.map((i) => SECTIONS[i]?.zh ?? '').join('; ')}`,
    order: () => 'The sections are not in template order',
  },
};
const say = sayer('sections', MESSAGES);

/**
 * D-1: six sections present, in order. A heading is a short line (≤ 40 characters); a section's heading is
 * recognised by its meaning wherever it is numbered (上海市科委 2024 numbers the table sections 一 to 五
 * after six sections of its own), and a lost heading by its sub-headings in its place (inPlace). A section
 * with neither (seed 002's 六) is missing.
 */
export const sections: Rule = {
  id: 'sections',
  severity: 'warning',
  rank: 500,
  clause: 'D-1',
  clauseText: { section: '§4.6 D-1', text: 'Six sections present, in order (§2). Missing 六 (seed 002) or missing a table ⇒ WARN.' },
  summary: { zh: '报告应按顺序包含六个部分（总体情况……其他需要报告的事项）。', en: 'The six sections are present, in order.' },
  messages: MESSAGES,
  check({ ex }) {
    if ((ex.format === 'unknown' && !ex.tables.requests) || narrativeCut(ex)) return [];
    const headings = ex.lines.map(normalizeLabel).filter((l) => l.length <= 40);
    const found = SECTIONS.map((sec) => headings.findIndex((h) => sec.test(h)));
    // a section whose heading is lost is there when its sub-headings stand where it belongs
    SECTIONS.forEach((sec, i) => {
      const inPlace = sec.inPlace;
      if (found[i] !== -1 || !inPlace) return;
      const after = Math.max(-1, ...found.slice(0, i));
      const next = found.slice(i + 1).find((f) => f > after);
      const at = headings.findIndex((h, j) => j > after && j < (next ?? headings.length) && inPlace(h));
      if (after >= 0 && next !== undefined) found[i] = at;
    });
    const missing = SECTIONS.flatMap((_, i) => (found[i] === -1 ? [i] : []));
    const out = [];
    if (missing.length > 0) out.push(say('missing', 'warning', { sections: missing }));
    const present = found.filter((i) => i >= 0);
    if (
      present.some((v, i) => {
        const prev = present[i - 1];
        return prev !== undefined && v < prev;
      })
    )
      out.push(say('order', 'warning', {}));
    return out;
  },
};
