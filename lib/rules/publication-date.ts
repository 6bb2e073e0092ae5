import { note } from './note';
import type { Rule } from './rule';

/**
 * D-3: 条例第四十九条: 部门 reports by 1月31日 of the next year; a 县级以上人民政府's own report by 3月31日.
 * Needs the page's publication date (PubDate metadata); local rules may be earlier. A title year that is
 * not the publication year − 1 is noted (a late or re-posted report).
 */
export const publicationDate: Rule = {
  id: 'publication-date',
  severity: 'warning',
  clause: 'D-3',
  summary: { zh: '发布日期不晚于次年1月31日（县级以上人民政府本级报告为3月31日）。', en: 'Published by 31 January of the next year (31 March for a government’s own report).' },
  check({ ex }) {
    if (!ex.published || ex.year === null) return [];
    const government = /人民政府$/.test(ex.agency ?? '') && !/(镇|乡|街道)/.test(ex.agency ?? '');
    const deadline = `${ex.year + 1}-${government ? '03-31' : '01-31'}`;
    const out = [];
    if (ex.published > deadline)
      out.push(note('publication-date', 'warning', `发布日期 ${ex.published} 晚于法定期限 ${deadline}`, `Published ${ex.published}, after the legal deadline ${deadline}`));
    if (ex.published.slice(0, 4) !== String(ex.year + 1))
      out.push(note('publication-date', 'info', `${ex.year} 年度报告发布于 ${ex.published}，不在次年`, `The ${ex.year} report was published on ${ex.published}, not in the following year`));
    return out;
  },
};
