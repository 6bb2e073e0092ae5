import { afterTable } from '../model/cell-label';
import { outcomeRows, type OutcomeRow } from '../model/keys';
import type { Finding } from '../model/finding';
import type { Rule } from './rule';
import { COMPARE_MESSAGES, compareFinding, requestTotal, sumOf } from './helpers/narrative-compare';
import { COUNT_WORD, countsApplications, findSentences, figure } from './helpers/sentences';

declare module '../model/rule-ids' {
  interface RuleIds {
    'narrative-outcomes': true;
  }
}

const OUTCOMES: ReadonlyArray<readonly [string, RegExp, (r: OutcomeRow) => boolean]> = [
  [
    '予以公开及部分公开',
    new RegExp(`予以公开(?:及|和|、|与)部分公开[^\\d。；，,]{0,4}(?<![第\\d])(\\d[\\d,]*)\\s*(${COUNT_WORD})`),
    (r) => r === 'granted' || r === 'partial',
  ],
  ['予以公开', new RegExp(`(?<!不)予以公开(?![及和、与])[^\\d。；，,]{0,4}(?<![第\\d])(\\d[\\d,]*)\\s*(${COUNT_WORD})`), (r) => r === 'granted'],
  ['部分公开', new RegExp(`(?<![及和、与])部分公开[^\\d。；，,]{0,4}(?<![第\\d])(\\d[\\d,]*)\\s*(${COUNT_WORD})`), (r) => r === 'partial'],
  ['不予公开', new RegExp(`不予公开[^\\d。；，,]{0,4}(?<![第\\d])(\\d[\\d,]*)\\s*(${COUNT_WORD})`), (r) => r.startsWith('denied.')],
  ['无法提供', new RegExp(`无法提供[^\\d。；，,]{0,4}(?<![第\\d])(\\d[\\d,]*)\\s*(${COUNT_WORD})`), (r) => r.startsWith('unable.')],
  ['不予处理', new RegExp(`不予处理[^\\d。；，,]{0,4}(?<![第\\d])(\\d[\\d,]*)\\s*(${COUNT_WORD})`), (r) => r.startsWith('notProcessed.')],
  ['其他处理', new RegExp(`其他处理[^\\d。；，,]{0,4}(?<![第\\d])(\\d[\\d,]*)\\s*(${COUNT_WORD})`), (r) => r === 'other' || r.startsWith('other.')],
];

/**
 * N-3: outcome counts in the narrative (予以公开 N 件, 不予公开 N 件 …) equal the 总计 of the matching
 * 表三 rows (a category is the sum of its items). Shanghai 2019 says 无法提供265件 where (四) sums to 337.
 */
export const narrativeOutcomes: Rule = {
  id: 'narrative-outcomes',
  severity: 'warning',
  rank: 320,
  clause: 'N-3',
  clauseText: {
    section: '§4.3 N-3',
    text: 'Outcome breakdowns in text (予以公开, 部分公开, 不予公开, 无法提供, 不予处理, 其他处理) = the corresponding 表三 总计 rows or groups.',
  },
  summary: { zh: '正文所述各类办理结果件数与表三对应行总计一致。', en: 'Outcome counts in the narrative equal the matching table 3 rows.' },
  messages: COMPARE_MESSAGES,
  check({ ex, text }) {
    const t = ex.tables.requests;
    if (!t) return [];
    const out: Finding[] = [];
    for (const [name, re, rows] of OUTCOMES) {
      for (const hit of findSentences(text, re)) {
        if (!countsApplications(hit.quote, hit.match[2] ?? '')) continue;
        const parts = outcomeRows(ex.format, ex.tables.requests)
          .filter(rows)
          .map((r) => requestTotal(t, r));
        out.push(
          ...compareFinding(
            'narrative-outcomes',
            { zh: `正文所述“${name}”件数`, en: `"${name}" count in the narrative` },
            hit.quote,
            figure(hit.match[1] ?? ''),
            [sumOf(parts, { zh: `表三${afterTable(name)}·总计`, en: `table 3 ${name}, total` })],
            ex,
          ),
        );
      }
    }
    return out;
  },
};
