import { normalizeLabel } from '../text/normalize-label';

/**
 * Which kind of body published a report, as far as its name tells (条例第四十九条 sets the deadline by it):
 * - `government`: a 县级以上人民政府's own report (本级 or 汇总): `…市人民政府`, a region name alone
 *   (`北京市通州区`, `上海市`), or the 管委会 of a 新区/综合实验区/开发区 that reports as the government
 *   of its area; due 3月31日;
 * - `department`: a 部门 of such a government (`…局`, `…委`, `…人民政府办公室`); due 1月31日;
 * - `township`: a 乡镇 or 街道 (the 条例 names no date for them; local rules mostly say 1月31日);
 * - `unknown`: the name does not say (or there is none).
 */
export type AgencyKind = 'government' | 'department' | 'township' | 'unknown';

const TOWNSHIP = /(镇|乡|街道)(人民政府|政府|办事处)?$|街道(工作委员会|工委)?$/;
const AREA_COMMITTEE = /(新区|综合实验区|实验区|开发区|高新区|园区|自贸区|自由贸易试验区|合作区|示范区|管理区)(党工委)?(管委会|管理委员会)$/;
const GOVERNMENT = /(人民政府|政府)$/;
// a region name alone (the region-first title form, 2023年上海市政府信息公开…; 北京市通州区2024年…)
const REGION = /^[\u4e00-\u9fff]{1,12}?(省|自治区|市|自治州|州|盟|地区|县|自治县|区|旗)$/;
const DEPARTMENT = /(局|委员会|委|办公室|办|厅|中心|署|院|馆|队|站|所|处|公司|集团|社|会|部)$/;
// area names that end like a department (平潭综合实验区): a region ending in 区 only when it names no body
const AREA = /(新区|综合实验区|实验区|开发区|高新区|自贸区)$/;

/**
 * @example agencyKind('淮安市洪泽区人民政府') → 'government'
 * @example agencyKind('平潭综合实验区社会事业局') → 'department'
 * @example agencyKind('北京市通州区漷县镇人民政府') → 'township'
 */
export function agencyKind(agency: string | null, title: string | null = null): AgencyKind {
  const name = normalizeLabel(agency ?? '').replace(/[(（].*?[)）]$/, '');
  if (name === '') return /汇总/.test(title ?? '') ? 'government' : 'unknown';
  if (/人民政府办公(室|厅)$|政府办$/.test(name)) return 'department';
  if (TOWNSHIP.test(name)) return 'township';
  if (GOVERNMENT.test(name) || AREA_COMMITTEE.test(name) || AREA.test(name)) return 'government';
  if (/汇总/.test(title ?? '')) return 'government';
  if (DEPARTMENT.test(name)) return 'department';
  if (REGION.test(name)) return 'government';
  return 'unknown';
}
