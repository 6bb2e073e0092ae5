import type { Format } from '../model/keys';
import { normalizeLabel } from '../text/normalize-label';

// report-format.md §5, "Template classifier": labels decide, the year is only a prior.
const MARKERS_2021 = [
  '本年制发件数',
  '本年废止件数',
  '现行有效件数',
  '本年处理决定数量',
  '本年收费金额',
  '逾期未按收费通知要求缴纳费用',
  '无正当理由逾期不补正',
];
const MARKERS_2019 = [
  '本年新制作数量',
  '本年新公开数量',
  '对外公开总数量',
  '上一年项目数量',
  '本年增/减',
  '其他对外管理服务事项',
  '第二十条第(九)项',
  '政府集中采购',
  '采购总金额',
];

export interface FormatHints {
  singleOtherRow?: boolean;
  activeFormat?: Format;
}

/**
 * How many of each template's labels the tables' text carries, as the classifier weighs them: the 2019
 * template's single （六）其他处理 row (`singleOtherRow`, from the table 三 reader) counts as two 2019 labels.
 * Rule template-year reads them too (mixed markers ⇒ non-standard template).
 */
export function formatMarkers(text: string, singleOtherRow = false): { m2021: number; m2019: number } {
  const s = normalizeLabel(text);
  return {
    m2021: MARKERS_2021.filter((m) => s.includes(m)).length,
    m2019: MARKERS_2019.filter((m) => s.includes(normalizeLabel(m))).length + (singleOtherRow ? 2 : 0),
  };
}

/** The template that weighed marker counts name; with none, `activeFormat` (the 表二 reader's own). */
export function formatOf({ m2021, m2019 }: { m2021: number; m2019: number }, activeFormat: Format = 'unknown'): Format {
  if (m2021 === 0 && m2019 === 0) return activeFormat;
  return m2019 > m2021 ? '2019' : '2021';
}

/**
 * Which national template a report's tables follow, counting each template's own labels.
 * @example classifyFormat('…本年制发件数…本年废止件数…') → '2021'
 */
export function classifyFormat(text: string, hints: FormatHints = {}): Format {
  return formatOf(formatMarkers(text, hints.singleOtherRow), hints.activeFormat);
}
