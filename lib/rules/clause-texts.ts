import type { RuleId } from '../model/finding';

/**
 * The clause each rule enforces, quoted from the domain specification `report-format.md` §4 (4.1–4.6:
 * the rule tables, ID and wording as written there, in the spec's own language) or, for the rules about
 * reading the tables, from §3 (the tables' layout), §3.4 (number variants) and §7.1 (titles). The popup's
 * "why" expander shows this text: the reason a finding exists, in the words the checks were built from.
 */
export const CLAUSE_TEXTS: Record<RuleId, { section: string; text: string }> = {
  't3-balance': {
    section: '§4.1 T3-A',
    text: 'For each of the 7 columns: 一 + 二 = 三(七)总计 + 四 (本年新收 + 上年结转 = 本年度办理结果总计 + 结转下年度继续办理). The header cell says "本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和"; "本列" = each applicant column, so check all 7, not only 总计.',
  },
  't3-row-total': { section: '§4.2 T3-B', text: 'For each of the 25 rows: c7 总计 = c1+c2+c3+c4+c5+c6. (总计 column of a cross-tab.)' },
  't3-outcome-total': {
    section: '§4.2 T3-C',
    text: 'For each column: (七)总计 = (一) + (二) + Σ(三)1–8 + Σ(四)1–3 + Σ(五)1–5 + Σ(六)1–3 (21 addends). "(区分处理的，只计这一情形，不计其他情形)" makes each application count in exactly one outcome.',
  },
  't3-subtotal': { section: '§4.2 T3-D', text: 'If a subtotal row/column exists (29-row or 小计 variants): subtotal = Σ its items.' },
  't3-outcome-bound': {
    section: '§4.2 V-3',
    text: 'Dimensional sanity: each outcome ≤ 一+二 of its column; (七) ≤ 一+二; 四 ≤ 一+二. Follows from T3-A/C when all cells ≥ 0, but report it separately because it localises the error.',
  },
  't4-group-total': {
    section: '§4.2 T4-A/B/C',
    text: 'Per group: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 for 行政复议, 未经复议直接起诉, 复议后起诉.',
  },
  'total-blank': {
    section: '§4 (blank operands)',
    text: 'A rule with a missing operand (blank, /, unparsable) is not assessable — never coerce blanks to 0 for a PASS (show "would pass/fail if blanks are 0" as a hint instead).',
  },
  'count-integer': { section: '§4.2 V-1', text: 'Every count cell in 表二 (except the fee), 表三, 表四 is a non-negative integer.' },
  'fee-amount': { section: '§4.2 V-2', text: '表二 fee cell (万元) is a non-negative decimal; flag unit text other than 万元 or 元 typed in the cell.' },
  'number-spacing': {
    section: '§3.4 numbers',
    text: 'A space inside a number (1 0 = 10, seed 002 (七)总计 自然人). Rule: strip whitespace inside a single cell’s digit string, but record an INFO flag; never merge across cells.',
  },
  'blank-cells': { section: '§4.6 D-5', text: 'Blank or / cells in 表三/表四 ⇒ INFO (count them); whole 总计 column blank ⇒ WARN.' },
  'table-missing': { section: '§4.6 D-1', text: 'Six sections present, in order (§2). Missing 六 (seed 002) or missing a table ⇒ WARN.' },
  'row-missing': { section: '§4.6 D-1 / §3', text: 'Missing a table ⇒ WARN (D-1). No row or column may be added or removed (§3).' },
  'row-incomplete': {
    section: '§3',
    text: 'All layouts below are identical in the five seeds and in the 2022–2023 reports. No row or column may be added or removed.',
  },
  sections: { section: '§4.6 D-1', text: 'Six sections present, in order (§2). Missing 六 (seed 002) or missing a table ⇒ WARN.' },
  'report-year': {
    section: '§4.6 D-2',
    text: 'Report year Y from title = year in 统计期限 = subject year of narrative sentences ("Y年，我局…"). A sentence "Y−1年，本单位…" as the subject year ⇒ WARN; title year ≠ publication year − 1 ⇒ INFO (late or re-posted report).',
  },
  'publication-date': {
    section: '§4.6 D-3',
    text: 'Publication date ≤ 1月31日 of Y+1 for 部门 and 乡镇 reports; ≤ 3月31日 for a 县级以上人民政府’s own (本级/汇总) report. Local rules may be earlier.',
  },
  'template-year': { section: '§4.6 D-4', text: 'Template matches year: 2019-format labels (§5) in a Y ≥ 2021 report, or 2021 labels in Y ≤ 2020 ⇒ WARN.' },
  'copy-paste-traces': {
    section: '§4.6 D-6',
    text: 'Text written for another unit type (我镇, 全镇机关工作人员, 在县…指导下 in a district bureau’s report, seed 002) ⇒ copy-paste INFO.',
  },
  'title-form': {
    section: '§7.1',
    text: 'Canonical: {机关}{YYYY}年政府信息公开工作年度报告; variants such as …政府信息公开年度报告 (no 工作, seed 002). YYYY = reporting year; publication is Y+1.',
  },
  'columns-by-position': {
    section: '§3',
    text: 'No row or column may be added or removed: the columns keep the template’s order when their headers cannot be matched.',
  },
  'cells-split': { section: '§3.4', text: 'Rule: strip whitespace inside a single cell’s digit string, but record an INFO flag; never merge across cells.' },
  'cells-unread': { section: '§4', text: 'A rule with a missing operand (blank, /, unparsable) is not assessable — never coerce blanks to 0 for a PASS.' },
  'table-candidates': { section: '§7.4', text: 'Tables as images / not text ⇒ report "tables not machine-readable", do not guess.' },
  'ocr-read': {
    section: '§3 (OCR)',
    text: 'Scanned reports (issue 16): a figure read by OCR is accepted only when the template equations it sits in hold; a single misread is corrected only to one of the cell’s own readings; table 二 has no totals and stays unverified.',
  },
  'input-capped': { section: '§7.4', text: 'Attachments: .pdf, .doc, .docx, .wps via download links; what could not be read is reported, not guessed.' },
  'narrative-received': { section: '§4.3 N-1', text: '"收到/受理/办理…申请 N 件" in 一、总体情况 must equal 表三 一 总计 or 一+二 总计.' },
  'narrative-processed': { section: '§4.3 N-2', text: '"办结/答复 N 件" = (七)总计; "结转下年度 N 件" = 四 总计.' },
  'narrative-outcomes': {
    section: '§4.3 N-3',
    text: 'Outcome breakdowns in text (予以公开, 部分公开, 不予公开, 无法提供, 不予处理, 其他处理) = the corresponding 表三 总计 rows or groups.',
  },
  'narrative-review': {
    section: '§4.3 N-4',
    text: '"行政复议 N 件" = A 总计; "行政诉讼 N 件" = B 总计 + C 总计; "未发生/无…行政复议、行政诉讼" ⇒ A, B, C 总计 all 0; "均获维持" ⇒ 纠正 = 其他 = 尚未审结 = 0.',
  },
  'narrative-no-requests': { section: '§4.3 N-5', text: '"未收到政府信息公开申请" ⇒ 一 总计 = 0 (and normally 二 = 0).' },
  'narrative-documents': {
    section: '§4.3 N-7',
    text: 'Text counts of 规章/规范性文件 vs 表二 (一) 本年制发件数 — different measures (published items vs documents made), INFO only.',
  },
  'fee-paragraph': { section: '§4.4 F-1', text: 'Paragraph present (report years ≥ 2021). Missing ⇒ WARN.' },
  'fee-notice-amount': { section: '§4.4 F-2', text: 'N = 0 ⇒ X = 0.' },
  'fee-collected': { section: '§4.4 F-3', text: 'Flag Y > X, or Y > 0 while N = 0. Exception: notices sent late in the previous year and paid this year.' },
  'fee-overdue-row': { section: '§4.4 F-4', text: '表三 (六)2 逾期未按收费通知要求缴纳费用 > 0 ⇒ N > 0 (this year or last).' },
  'fee-unpaid': {
    section: '§4.4 F-5',
    text: 'N > 0 and Y < X ⇒ some notices unpaid: they should show in (六)2 or still be pending in 四. If (六)2 = 0 and 四 = 0, flag.',
  },
  'fee-active-table': {
    section: '§4.4 F-6',
    text: '信息处理费 is a 行政事业性收费: Y > 0 while 表二 (八) 本年收费金额 = 0 ⇒ flag (mind 元 vs 万元: Y/10000).',
  },
  'cross-year-carry-over': { section: '§4.5 X-1', text: 'Per column: this year’s 二、上年结转 = last year’s 四、结转下年度继续办理.' },
  'cross-year-effective': {
    section: '§4.5 X-2',
    text: '表二 (一): this year’s 现行有效件数 = last year’s 现行有效 + 本年制发 − 本年废止. Legitimately broken by 清理 (常州 2023).',
  },
  'cross-year-same-tables': { section: '§4.5 X-3', text: 'Same unit, two years: identical narrative / identical numbers ⇒ copy-paste.' },
  'cross-year-same-narrative': { section: '§4.5 X-3', text: 'Same unit, two years: identical narrative / identical numbers ⇒ copy-paste.' },
  'cross-year-ratio': {
    section: '§4.5 X-3 / 同比 (notes/benchmarks.md, QR-007)',
    text: '同比 = (本年 − 上年) ÷ 上年, null when 上年 = 0; QR-007 flags ratio > 5 or < 0.2.',
  },
  'cross-year-appeared': {
    section: '§4.6 D-5 / §4.5 X-3',
    text: 'Blank or `/` cells in 表三/表四 ⇒ INFO (count them). Same unit, two years: compare the numbers.',
  },
  'cross-year-items': {
    section: '§5 表二 (2019) / §4.5 X-2',
    text: '`第二十条第（五）项` | `上一年项目数量` · `本年增/减` · `处理决定数量`; this year’s figures carry last year’s over (X-2).',
  },
  'roll-up-sum': { section: '§4.5 X-4', text: 'County/city report tables that are 汇总 of the region ≈ Σ member reports [E7][E8].' },
  'roll-up-members': { section: '§4.5 X-4', text: 'County/city report tables that are 汇总 of the region ≈ Σ member reports [E7][E8].' },
  'heading-numbering': {
    section: '§2',
    text: 'Six numbered sections, in this order: 一、总体情况 二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况 四、政府信息公开行政复议、行政诉讼情况 五、存在的主要问题及改进情况 六、其他需要报告的事项.',
  },
  'heading-duplicate': { section: '§2', text: 'Six numbered sections, in this order (verbatim strings as printed in the Beijing seeds and in [T1]–[T4]).' },
  'section-empty': { section: '§2 / §4.6 D-1', text: 'Six sections present, in order (§2). Missing 六 (seed 002) or missing a table ⇒ WARN.' },
  'fixed-wording': {
    section: '§2 (boilerplate)',
    text: 'Typical boilerplate: first line `依据《中华人民共和国政府信息公开条例》(以下简称《政府信息公开条例》)第五十条规定，编制本报告。`; `本年度报告中所列数据统计期限为YYYY年1月1日至12月31日`.',
  },
  'publication-changed': { section: '§6 [E1]', text: 'CASS 2016: 个别对象年度报告发布不及时; 发布后有变动; 多平台发布.' },
  'publication-conflict': { section: '§6 [E1]', text: 'CASS 2016: 个别对象年度报告发布不及时; 发布后有变动; 多平台发布.' },
};
