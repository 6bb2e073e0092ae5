import { normalizeLabel } from '../../text/normalize-label';
import type { RawTable } from '../raw-table';

const REQUEST_LABELS = [/勾稽关系/, /本年新收/, /上年结转/, /本年度办理结果/, /予以公开/, /结转下年度|继续办理/];

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
  // two of the table's own labels, so that a stray cell (a hostile page) does not make a table 三
  if (REQUEST_LABELS.filter((re) => re.test(text)).length >= 2) return 'requests';
  if (/行政复议/.test(text) && /行政诉讼|复议后起诉|未经复议/.test(text) && /维持|纠正|审结/.test(text)) return 'review';
  if (/第二十条|本年制发件数|本年新制作数量|本年处理决定数量|处理决定数量/.test(text)) return 'active';
  return null;
}
