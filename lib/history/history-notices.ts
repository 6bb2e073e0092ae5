import type { Lang } from '../model/lang';

const SUBJECT = { report: { zh: '这份报告', en: 'This report' }, attachment: { zh: '本附件', en: 'This attachment' } } as const;

/**
 * What the popup (a report page) and the viewer (an attachment) say when their check could not be kept in
 * the history, or was kept at the cost of older records: one wording, the subject named.
 * @example historyNotices('en', 'report').dropped(1) → 'The history was over its size limit: the oldest record was removed.'
 */
export function historyNotices(lang: Lang, subject: keyof typeof SUBJECT) {
  const s = SUBJECT[subject][lang];
  return lang === 'zh'
    ? {
        notSaved: (why: string) => `${s}未能存入历史记录：${why}。历史中原有的记录未受影响。`,
        refused: `${s}的记录超过 2 MB，未存入历史记录（其他记录均保留）。`,
        dropped: (n: number) => `历史记录超过容量上限，已删除最早的 ${n} 条。`,
      }
    : {
        notSaved: (why: string) => `${s} could not be added to the history: ${why}. The records already there are unchanged.`,
        refused: `${s}’s record is over 2 MB: it was not added to the history (every other record is kept).`,
        dropped: (n: number) =>
          n === 1
            ? 'The history was over its size limit: the oldest record was removed.'
            : `The history was over its size limit: the ${n} oldest records were removed.`,
      };
}
