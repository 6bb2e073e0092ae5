import { normalizeLabel } from '../../text/normalize-label';

/**
 * The six sections of the 2021 template (report-format.md §2), matched by their text, not their numeral
 * (seed 001 numbers items inside 五 as 一、二、), with the variants §2 lists. The same matching as the
 * `sections` rule (D-1, lib/rules/sections.ts as merged on 2026-12-06), kept apart so the form rules do not
 * depend on that rule's file; keep the two in step.
 */
export const SECTION_HEADINGS: readonly { zh: string; test: (s: string) => boolean }[] = [
  { zh: '一、总体情况', test: (s) => /总体情况|概述|基本情况/.test(s) },
  { zh: '二、主动公开政府信息情况', test: (s) => /主动公开政府信息(的)?(工作)?情况/.test(s) },
  { zh: '三、收到和处理政府信息公开申请情况', test: (s) => /(收到|受理)和?(处理|办理)[^。，,]{0,8}申请(的)?情况/.test(s) },
  { zh: '四、政府信息公开行政复议、行政诉讼情况', test: (s) => /复议/.test(s) && /诉讼/.test(s) && /情况$/.test(s) },
  { zh: '五、存在的主要问题及改进情况', test: (s) => /存在的主要问题|存在的?问题(及|和|与)/.test(s) },
  {
    zh: '六、其他需要报告的事项',
    test: (s) => /其他需要(报告|说明)的?事项|需要(报告|说明)的其他事项|^(六[、.]|\(六\)|6[、.])?其他事项/.test(s),
  },
];

/**
 * A narrative of fewer lines is a fragment (an article saved without its page, a test's stub): what it
 * lacks is not judged (section-empty, fixed-wording), as narrativeCut does for a cut one. The real
 * reports hold 19–60 lines.
 */
export const MIN_NARRATIVE_LINES = 15;

/** A heading line is short: the template's longest heading is 19 characters, with numbering and variants under 40. */
const MAX_HEADING = 40;
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A numeral as a number: 一…十 or Arabic (Word's list numbering flattened to `2、`, report-format.md §2). */
export function numeralValue(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const i = NUMERALS.indexOf(text);
  if (i >= 0) return i + 1;
  // 十一…十九: 10 and the numeral after 十
  return /^十[一二三四五六七八九]$/.test(text) ? 10 + NUMERALS.indexOf(text.slice(1)) + 1 : null;
}

/** One heading of the six found in the narrative: which section, its line, its numeral as printed (null: unnumbered). */
export interface FoundHeading {
  section: number;
  line: number;
  text: string;
  numeral: string | null;
}

/**
 * Every short line of the narrative that names one of the six sections, in line order: a heading that
 * appears twice is found twice. Its numeral (`二、`, `2、`, `2.`) is taken apart from its words.
 */
export function findHeadings(lines: readonly string[]): FoundHeading[] {
  const out: FoundHeading[] = [];
  lines.forEach((raw, line) => {
    const text = normalizeLabel(raw);
    // a sentence that lists the sections (报告全文包括总体情况、主动公开政府信息情况…) is no heading
    // nor is a table's caption (表二：主动公开政府信息情况)
    if (text.length > MAX_HEADING || /[,，。；;]/.test(text) || /^表[一二三四1-4]/.test(text)) return;
    const section = SECTION_HEADINGS.findIndex((s) => s.test(text));
    if (section < 0) return;
    const m = /^([一二三四五六七八九十]+|\d{1,2})[、.．]/.exec(text);
    out.push({ section, line, text: raw.trim(), numeral: m?.[1] ?? null });
  });
  return out;
}

/** The first heading of each section, by section (undefined where a section was not found). */
export function firstHeadings(found: readonly FoundHeading[]): (FoundHeading | undefined)[] {
  return SECTION_HEADINGS.map((_, i) => found.find((h) => h.section === i));
}
