import { findSentence } from './sentences';
import { note } from './note';
import type { Rule } from './rule';
import type { Finding } from '../report/finding';

/**
 * D-6: wording written for another kind of unit (我镇 / 全镇 in a bureau's report; 在县…指导下 in a
 * district's), the trace of a report copied from another agency (seed 002).
 */
export const copyPasteTraces: Rule = {
  id: 'copy-paste-traces',
  severity: 'info',
  clause: 'D-6',
  summary: {
    zh: '正文出现不属于本单位类型的称谓（如区级部门报告中的“我镇”“在县……指导下”）。',
    en: 'Wording written for another kind of unit (copy-paste traces).',
  },
  check({ ex, text }) {
    const agency = ex.agency ?? '';
    if (!agency) return [];
    const out: Finding[] = [];
    const checks: Array<[boolean, RegExp, string]> = [
      [!/(镇|乡|街道)/.test(agency), /(我镇|全镇|本镇|我乡|全乡)/, '乡镇'],
      [/区/.test(agency) && !/县/.test(agency), /(在县[^。]{0,15}指导下|我县|全县)/, '县'],
      [/县/.test(agency) && !/区/.test(agency), /(我区|全区)/, '区'],
    ];
    for (const [applies, re, unit] of checks) {
      if (!applies) continue;
      const hit = findSentence(text, re);
      if (hit)
        out.push(
          note(
            'copy-paste-traces',
            'info',
            `${agency}的报告中出现面向${unit}的表述“${hit.match[1]}”，可能套用了其他单位的文本`,
            `The report of ${agency} uses wording for a ${unit === '乡镇' ? 'township' : unit === '县' ? 'county' : 'district'} ("${hit.match[1]}"): possibly copied from another unit`,
            { quote: hit.quote },
          ),
        );
    }
    return out;
  },
};
