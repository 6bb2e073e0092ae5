import type { PublicReport } from '../model/public-report';

export type KeyFigure = 'newReceived' | 'carriedOver' | 'totalProcessed' | 'carriedForward' | 'reconsideration' | 'litigation';

export const KEY_FIGURES: readonly { key: KeyFigure; zh: string; en: string }[] = [
  { key: 'newReceived', zh: '本年新收', en: 'New requests' },
  { key: 'carriedOver', zh: '上年结转', en: 'Carried over' },
  { key: 'totalProcessed', zh: '办理结果总计', en: 'Total processed' },
  { key: 'carriedForward', zh: '结转下年度', en: 'Carried forward' },
  { key: 'reconsideration', zh: '行政复议总计', en: 'Reconsideration total' },
  { key: 'litigation', zh: '行政诉讼总计', en: 'Litigation total' },
];

/**
 * The figures the year-on-year view puts side by side: the 总计 column of 表三's rows 一, 二, （七）, 四,
 * and 表四's totals (诉讼 = 未经复议直接起诉 + 复议后起诉). Null where a cell is blank or missing: the view
 * shows it as blank, never as 0.
 */
export function keyFigures(report: Pick<PublicReport, 'tables'>): Record<KeyFigure, number | null> {
  const req = (row: string) => report.tables.requests?.[row]?.total?.value ?? null;
  const rev = (group: string) => report.tables.review?.[group]?.total?.value ?? null;
  const direct = rev('litigationDirect');
  const after = rev('litigationAfterReconsideration');
  return {
    newReceived: req('newReceived'),
    carriedOver: req('carriedOver'),
    totalProcessed: req('totalProcessed'),
    carriedForward: req('carriedForward'),
    reconsideration: rev('reconsideration'),
    litigation: direct === null || after === null ? null : direct + after,
  };
}
