import { normalizeLabel } from '../../text/normalize-label';
import type { RawTable } from '../raw-table';

export type TableKind = 'active' | 'requests' | 'review' | null;

/**
 * Which standard table a raw table is, by the template's own labels (never by position on the page).
 * @example identifyTable(tableWith('本年新收政府信息公开申请数量')) → 'requests'
 */
export function identifyTable(raw: RawTable): TableKind {
  const text = raw.rows
    .slice(0, 40)
    .flat()
    .map((c) => normalizeLabel(c.text))
    .join('|');
  if (/本列数据的勾稽关系|本年新收|本年度办理结果/.test(text)) return 'requests';
  if (/行政复议/.test(text) && /行政诉讼|复议后起诉|未经复议/.test(text)) return 'review';
  if (/第二十条|本年制发件数|本年新制作数量|本年处理决定数量|处理决定数量/.test(text)) return 'active';
  return null;
}
