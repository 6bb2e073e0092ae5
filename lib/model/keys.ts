/**
 * Canonical keys of the three standard tables (../shared/spec/output.md), in canonical order.
 * Every export (TSV, CSV, Markdown, JSON) walks these lists, so tables from different agencies line up.
 */

export type Format = '2021' | '2019' | 'unknown';

/** Table 三 value columns: c1 自然人 … c6 其他 (five sub-columns of 法人或其他组织), c7 总计. */
export const REQUEST_COLUMNS = ['natural', 'commercial', 'research', 'publicInterest', 'legal', 'other', 'total'] as const;
export type RequestColumn = (typeof REQUEST_COLUMNS)[number];
/** The six applicant columns a row's 总计 adds up (T3-B). */
export const REQUEST_PARTS = REQUEST_COLUMNS.filter((c): c is Exclude<RequestColumn, 'total'> => c !== 'total');

export const REQUEST_COLUMN_LABELS: Record<RequestColumn, string> = {
  natural: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  publicInterest: '社会公益组织',
  legal: '法律服务机构',
  other: '其他',
  total: '总计',
};

/** The 21 outcome rows of the 2021 template, in template order (addends of （七）总计, rule T3-C). */
export const OUTCOME_ROWS_2021 = [
  'granted',
  'partial',
  'denied.stateSecret',
  'denied.lawForbidden',
  'denied.threeSecurity',
  'denied.thirdParty',
  'denied.internalAffairs',
  'denied.processInfo',
  'denied.enforcementFile',
  'denied.queryMatter',
  'unable.notHeld',
  'unable.needCreate',
  'unable.unclear',
  'notProcessed.petition',
  'notProcessed.duplicate',
  'notProcessed.publication',
  'notProcessed.massive',
  'notProcessed.confirm',
  'other.overdueCorrection',
  'other.overdueFee',
  'other.other',
] as const;

/** The 2019 trial format has a single （六）其他处理 row, keyed `other` (output.md). */
export const OUTCOME_ROWS_2019 = [...OUTCOME_ROWS_2021.slice(0, 18), 'other'] as const;

export type OutcomeRow = (typeof OUTCOME_ROWS_2021)[number] | 'other';
export type RequestRow = 'newReceived' | 'carriedOver' | OutcomeRow | 'totalProcessed' | 'carriedForward';

/**
 * Whether table 三 has a single （六）其他处理 row (keyed `other`): the 2019 template, and some 2021
 * reports that kept the old row (淮安市洪泽区 2023, corpus/pdf/002). The table decides; the format only
 * when no table was read.
 */
export function hasSingleOtherRow(format: Format, requests?: object | null): boolean {
  if (requests && 'other' in requests) return true;
  if (requests && Object.keys(requests).some((k) => k.startsWith('other.'))) return false;
  return format === '2019';
}

export function outcomeRows(format: Format, requests?: object | null): readonly OutcomeRow[] {
  return hasSingleOtherRow(format, requests) ? OUTCOME_ROWS_2019 : OUTCOME_ROWS_2021;
}

export function requestRows(format: Format, requests?: object | null): RequestRow[] {
  return ['newReceived', 'carriedOver', ...outcomeRows(format, requests), 'totalProcessed', 'carriedForward'];
}

/** Short display labels of table 三 rows (the template's wording, abbreviated where it is long). */
export const REQUEST_ROW_LABELS: Record<RequestRow, string> = {
  newReceived: '一、本年新收政府信息公开申请数量',
  carriedOver: '二、上年结转政府信息公开申请数量',
  granted: '（一）予以公开',
  partial: '（二）部分公开',
  'denied.stateSecret': '（三）1.属于国家秘密',
  'denied.lawForbidden': '（三）2.其他法律行政法规禁止公开',
  'denied.threeSecurity': '（三）3.危及“三安全一稳定”',
  'denied.thirdParty': '（三）4.保护第三方合法权益',
  'denied.internalAffairs': '（三）5.属于三类内部事务信息',
  'denied.processInfo': '（三）6.属于四类过程性信息',
  'denied.enforcementFile': '（三）7.属于行政执法案卷',
  'denied.queryMatter': '（三）8.属于行政查询事项',
  'unable.notHeld': '（四）1.本机关不掌握相关政府信息',
  'unable.needCreate': '（四）2.没有现成信息需要另行制作',
  'unable.unclear': '（四）3.补正后申请内容仍不明确',
  'notProcessed.petition': '（五）1.信访举报投诉类申请',
  'notProcessed.duplicate': '（五）2.重复申请',
  'notProcessed.publication': '（五）3.要求提供公开出版物',
  'notProcessed.massive': '（五）4.无正当理由大量反复申请',
  'notProcessed.confirm': '（五）5.要求行政机关确认或重新出具已获取信息',
  'other.overdueCorrection': '（六）1.申请人无正当理由逾期不补正',
  'other.overdueFee': '（六）2.申请人逾期未按收费通知要求缴纳费用',
  'other.other': '（六）3.其他',
  other: '（六）其他处理',
  totalProcessed: '（七）总计',
  carriedForward: '四、结转下年度继续办理',
};

/** Short names used inside arithmetic (一, 二, （七）, 四) so a message stays one line. */
export const REQUEST_ROW_SHORT: Partial<Record<RequestRow, string>> = {
  newReceived: '一',
  carriedOver: '二',
  totalProcessed: '（七）',
  carriedForward: '四',
};

/** Table 四 groups A, B, C and the five columns inside each group. */
export const REVIEW_GROUPS = ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'] as const;
export type ReviewGroup = (typeof REVIEW_GROUPS)[number];
export const REVIEW_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export type ReviewColumn = (typeof REVIEW_COLUMNS)[number];
/** The four outcome columns a group's 总计 adds up (T4). */
export const REVIEW_PARTS = REVIEW_COLUMNS.filter((c): c is Exclude<ReviewColumn, 'total'> => c !== 'total');

export const REVIEW_GROUP_LABELS: Record<ReviewGroup, string> = {
  reconsideration: '行政复议',
  litigationDirect: '行政诉讼·未经复议直接起诉',
  litigationAfterReconsideration: '行政诉讼·复议后起诉',
};
export const REVIEW_COLUMN_LABELS: Record<ReviewColumn, string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};

/** Table 二 rows and their columns, per format. `fees.amount` is the only decimal (万元). */
export interface ActiveRowSpec {
  key: string;
  label: string;
  block: string;
  columns: readonly { key: string; label: string }[];
}

const DOC_COLS_2021 = [
  { key: 'issued', label: '本年制发件数' },
  { key: 'repealed', label: '本年废止件数' },
  { key: 'effective', label: '现行有效件数' },
] as const;
const COUNT_COL = [{ key: 'count', label: '本年处理决定数量' }] as const;

export const ACTIVE_ROWS_2021: readonly ActiveRowSpec[] = [
  { key: 'regulations', label: '规章', block: '第二十条第（一）项', columns: DOC_COLS_2021 },
  { key: 'normativeDocuments', label: '行政规范性文件', block: '第二十条第（一）项', columns: DOC_COLS_2021 },
  { key: 'licensing', label: '行政许可', block: '第二十条第（五）项', columns: COUNT_COL },
  { key: 'punishment', label: '行政处罚', block: '第二十条第（六）项', columns: COUNT_COL },
  { key: 'enforcement', label: '行政强制', block: '第二十条第（六）项', columns: COUNT_COL },
  {
    key: 'fees',
    label: '行政事业性收费',
    block: '第二十条第（八）项',
    columns: [{ key: 'amount', label: '本年收费金额（单位：万元）' }],
  },
];

const DOC_COLS_2019 = [
  { key: 'made', label: '本年新制作数量' },
  { key: 'published', label: '本年新公开数量' },
  { key: 'total', label: '对外公开总数量' },
] as const;
const ITEM_COLS_2019 = [
  { key: 'previous', label: '上一年项目数量' },
  { key: 'change', label: '本年增/减' },
  { key: 'count', label: '处理决定数量' },
] as const;

/**
 * 2019 trial format (国办公开办函〔2019〕60号). output.md does not name these keys; they are ours and
 * listed in the README. `otherDocuments` is the Hubei addition 其他主动公开文件.
 */
export const ACTIVE_ROWS_2019: readonly ActiveRowSpec[] = [
  { key: 'regulations', label: '规章', block: '第二十条第（一）项', columns: DOC_COLS_2019 },
  { key: 'normativeDocuments', label: '规范性文件', block: '第二十条第（一）项', columns: DOC_COLS_2019 },
  { key: 'otherDocuments', label: '其他主动公开文件', block: '第二十条第（一）项', columns: DOC_COLS_2019 },
  { key: 'licensing', label: '行政许可', block: '第二十条第（五）项', columns: ITEM_COLS_2019 },
  { key: 'otherServices', label: '其他对外管理服务事项', block: '第二十条第（五）项', columns: ITEM_COLS_2019 },
  { key: 'punishment', label: '行政处罚', block: '第二十条第（六）项', columns: ITEM_COLS_2019 },
  { key: 'enforcement', label: '行政强制', block: '第二十条第（六）项', columns: ITEM_COLS_2019 },
  { key: 'fees', label: '行政事业性收费', block: '第二十条第（八）项', columns: ITEM_COLS_2019.slice(0, 2) },
  {
    key: 'procurement',
    label: '政府集中采购',
    block: '第二十条第（九）项',
    columns: [
      { key: 'count', label: '采购项目数量' },
      { key: 'amount', label: '采购总金额' },
    ],
  },
];

export function activeRows(format: Format): readonly ActiveRowSpec[] {
  return format === '2019' ? ACTIVE_ROWS_2019 : ACTIVE_ROWS_2021;
}
