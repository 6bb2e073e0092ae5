import type { Finding } from '../report/finding';
import type { Rule } from './rule';
import { compareFinding, requestTotal } from './narrative-compare';
import { COUNT_WORD, countsApplications, findEveryMatch, findSentences, figure } from './sentences';

/** An outcome qualifying the verb: 同意公开答复 9 件 counts one outcome, 转下一年度办理答复的 the ones carried forward. */
const QUALIFIED = /(?:同意|予以|部分|不予|不同意)公开|无法提供|不予处理|其他处理|转下一?年度|延期/;
/** Said among the answered ones (所有办结的信息公开申请中…, 办结…其中…): what follows counts a part of them. */
const AMONG = /(?:办结|答复)[^。；;]*?中/;

/**
 * Whether the count at `at` in sentence `s` is a part of the completed requests rather than their number:
 * its clause qualifies the verb with an outcome, or the sentence has already named the completed ones and
 * counts among them (上海市科委 2024: 所有办结的信息公开申请中同意公开答复 9 件，…，转下一年度办理答复的有 1 件).
 * @example countsAPart('所有办结的申请中同意公开答复9件', 10) → true
 */
export function countsAPart(s: string, at: number): boolean {
  const before = s.slice(0, at);
  const clause = before.slice(before.search(/[^，,、：:]*$/));
  return QUALIFIED.test(clause) || AMONG.test(before);
}

/**
 * N-2: "办结/答复 N 件" = （七）总计, unless the count is a part of them (countsAPart); "结转下年度 N 件"
 * (转下一年度办理答复的有 1 件) = 四 总计 (Shanghai 2019: 答复805, 72).
 */
export const narrativeProcessed: Rule = {
  id: 'narrative-processed',
  severity: 'warning',
  clause: 'N-2',
  summary: {
    zh: '正文“办结/答复N件”与（七）总计一致，“结转下年度N件”与四、结转下年度继续办理一致。',
    en: 'Narrative "answered N" equals total processed; "carried forward N" equals table 3 row 4.',
  },
  check({ ex, text }) {
    const t = ex.tables.requests;
    if (!t) return [];
    const out: Finding[] = [];
    for (const hit of findEveryMatch(text, new RegExp(`(?:办结|答复)(?:了)?[^。；，,\\d%]{0,12}?(?<![第\\d])(\\d[\\d,]*)\\s*(${COUNT_WORD})`, 'g'))) {
      if (
        /复议|诉讼|建议|提案/.test(hit.quote) ||
        countsAPart(hit.quote.normalize('NFKC'), hit.match.index) ||
        !countsApplications(hit.quote, hit.match[2]!) ||
        (hit.match[2] !== '件' && /留言|咨询|来信|信访|投诉|工单|热线/.test(hit.quote))
      )
        continue;
      out.push(
        ...compareFinding(
          'narrative-processed',
          { zh: '正文所述办结件数', en: 'Applications answered, as the narrative says' },
          hit.quote,
          figure(hit.match[1]!),
          [{ ...requestTotal(t, 'totalProcessed'), label: { zh: '表三（七）总计·总计', en: 'table 3 total processed' } }],
          ex,
        ),
      );
    }
    for (const hit of findSentences(text, new RegExp(`转下一?年度?[^。；，,\\d]{0,10}?(?<![第\\d])(\\d[\\d,]*)\\s*(${COUNT_WORD})`)))
      if (countsApplications(hit.quote, hit.match[2]!))
        out.push(
          ...compareFinding(
            'narrative-processed',
            { zh: '正文所述结转下年度件数', en: 'Carried forward, as the narrative says' },
            hit.quote,
            figure(hit.match[1]!),
            [{ ...requestTotal(t, 'carriedForward'), label: { zh: '表三四、结转下年度继续办理·总计', en: 'table 3 carried forward' } }],
            ex,
          ),
        );
    return out;
  },
};
