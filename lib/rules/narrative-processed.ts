import type { Finding } from '../model/finding';
import type { Rule } from './rule';
import { countsAPart } from './helpers/counts-a-part';
import { COMPARE_MESSAGES, compareFinding, requestTotal } from './helpers/narrative-compare';
import { COUNT_WORD, countsApplications, findEveryMatch, findSentences, figure } from './helpers/sentences';

declare module '../model/rule-ids' {
  interface RuleIds {
    'narrative-processed': true;
  }
}

/**
 * N-2: "办结/答复 N 件" = （七）总计, unless the count is a part of them (countsAPart); "结转下年度 N 件"
 * (转下一年度办理答复的有 1 件) = 四 总计 (Shanghai 2019: 答复805, 72).
 */
export const narrativeProcessed: Rule = {
  id: 'narrative-processed',
  severity: 'warning',
  rank: 310,
  clause: 'N-2',
  clauseText: { section: '§4.3 N-2', text: '"办结/答复 N 件" = (七)总计; "结转下年度 N 件" = 四 总计.' },
  summary: {
    zh: '正文“办结/答复N件”与（七）总计一致，“结转下年度N件”与四、结转下年度继续办理一致。',
    en: 'Narrative "answered N" equals total processed; "carried forward N" equals table 3 row 4.',
  },
  messages: COMPARE_MESSAGES,
  check({ ex, text }) {
    const t = ex.tables.requests;
    if (!t) return [];
    const out: Finding[] = [];
    for (const hit of findEveryMatch(text, new RegExp(`(?:办结|答复)(?:了)?[^。；，,\\d%]{0,12}?(?<![第\\d])(\\d[\\d,]*)\\s*(${COUNT_WORD})`, 'g'))) {
      if (
        /复议|诉讼|建议|提案/.test(hit.quote) ||
        countsAPart(hit.quote.normalize('NFKC'), hit.match.index) ||
        !countsApplications(hit.quote, hit.match[2] ?? '') ||
        (hit.match[2] !== '件' && /留言|咨询|来信|信访|投诉|工单|热线/.test(hit.quote))
      )
        continue;
      out.push(
        ...compareFinding(
          'narrative-processed',
          { zh: '正文所述办结件数', en: 'Applications answered, as the narrative says' },
          hit.quote,
          figure(hit.match[1] ?? ''),
          [{ ...requestTotal(t, 'totalProcessed'), label: { zh: '表三（七）总计·总计', en: 'table 3 total processed' } }],
          ex,
        ),
      );
    }
    for (const hit of findSentences(text, new RegExp(`转下一?年度?[^。；，,\\d]{0,10}?(?<![第\\d])(\\d[\\d,]*)\\s*(${COUNT_WORD})`)))
      if (countsApplications(hit.quote, hit.match[2] ?? ''))
        out.push(
          ...compareFinding(
            'narrative-processed',
            { zh: '正文所述结转下年度件数', en: 'Carried forward, as the narrative says' },
            hit.quote,
            figure(hit.match[1] ?? ''),
            [{ ...requestTotal(t, 'carriedForward'), label: { zh: '表三“四、结转下年度继续办理”·总计', en: 'table 3 carried forward' } }],
            ex,
          ),
        );
    return out;
  },
};
