import type { RequestColumn, RequestRow, ReviewColumn, ReviewGroup } from './keys';
import type { Bilingual } from './lang';

/**
 * English display labels of the model's cells, for the English interface: the template's row numbering
 * kept ((3)1 …), its wording shortened. People read these, never the model keys (output.md).
 */
export const REQUEST_ROW_LABELS_EN: Record<RequestRow, string> = {
  newReceived: 'I. new requests',
  carriedOver: 'II. carried over from last year',
  granted: '(1) disclosed',
  partial: '(2) partly disclosed',
  'denied.stateSecret': '(3)1 withheld: state secret',
  'denied.lawForbidden': '(3)2 withheld: forbidden by other laws',
  'denied.threeSecurity': '(3)3 withheld: security and stability',
  'denied.thirdParty': '(3)4 withheld: third-party rights',
  'denied.internalAffairs': '(3)5 withheld: internal affairs',
  'denied.processInfo': '(3)6 withheld: process information',
  'denied.enforcementFile': '(3)7 withheld: enforcement case file',
  'denied.queryMatter': '(3)8 withheld: administrative query matter',
  'unable.notHeld': '(4)1 unable: not held by this agency',
  'unable.needCreate': '(4)2 unable: would have to be created',
  'unable.unclear': '(4)3 unable: unclear after correction',
  'notProcessed.petition': '(5)1 not processed: petition or complaint',
  'notProcessed.duplicate': '(5)2 not processed: repeated request',
  'notProcessed.publication': '(5)3 not processed: asks for publications',
  'notProcessed.massive': '(5)4 not processed: many repeated requests',
  'notProcessed.confirm': '(5)5 not processed: asks to confirm or reissue',
  'other.overdueCorrection': '(6)1 other: not corrected in time',
  'other.overdueFee': '(6)2 other: fee not paid in time',
  'other.other': '(6)3 other',
  other: '(6) other handling',
  totalProcessed: '(7) total processed',
  carriedForward: 'IV. carried forward to next year',
};

/** The outcome categories of table 三 that have subtotals: （三）…（六）. */
export const REQUEST_CATEGORY_LABELS: Record<string, Bilingual> = {
  denied: { zh: '（三）不予公开', en: '(3) withheld' },
  unable: { zh: '（四）无法提供', en: '(4) unable to provide' },
  notProcessed: { zh: '（五）不予处理', en: '(5) not processed' },
  other: { zh: '（六）其他处理', en: '(6) other handling' },
};

export const REQUEST_COLUMN_LABELS_EN: Record<RequestColumn | 'legalSubtotal', string> = {
  natural: 'natural persons',
  commercial: 'businesses',
  research: 'research bodies',
  publicInterest: 'non-profits',
  legal: 'legal services',
  other: 'other organisations',
  total: 'total',
  legalSubtotal: 'legal persons, subtotal',
};

export const REVIEW_GROUP_LABELS_EN: Record<ReviewGroup, string> = {
  reconsideration: 'administrative reconsideration',
  litigationDirect: 'litigation without reconsideration',
  litigationAfterReconsideration: 'litigation after reconsideration',
};

export const REVIEW_COLUMN_LABELS_EN: Record<ReviewColumn, string> = {
  upheld: 'upheld',
  corrected: 'corrected',
  other: 'other result',
  pending: 'pending',
  total: 'total',
};

/** Table 二 rows (both templates) by key, and their columns by key (2019's `count` is 处理决定数量, as 2021's). */
export const ACTIVE_ROW_LABELS_EN: Record<string, string> = {
  regulations: 'regulations',
  normativeDocuments: 'normative documents',
  otherDocuments: 'other documents',
  licensing: 'licensing',
  otherServices: 'other services',
  punishment: 'penalties',
  enforcement: 'enforcement',
  fees: 'fees',
  procurement: 'central procurement',
};
export const ACTIVE_COLUMN_LABELS_EN: Record<string, string> = {
  issued: 'issued this year',
  repealed: 'repealed this year',
  effective: 'in force',
  count: 'decisions this year',
  amount: 'amount (10k yuan)',
  made: 'made this year',
  published: 'published this year',
  total: 'published in all',
  previous: 'last year',
  change: 'change this year',
};

/** A table 二 column in English: 2019's 政府集中采购 has its own count (projects) and amount. */
export function activeColumnLabelEn(row: string, col: string): string | undefined {
  if (row === 'procurement') return { count: 'projects', amount: 'total amount' }[col];
  return ACTIVE_COLUMN_LABELS_EN[col];
}
