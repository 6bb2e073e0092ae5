import { cellPath } from '../model/cell-ref';
import { outcomeRows } from '../model/keys';
import type { PublicTable } from '../model/public-report';
import type { Bilingual } from '../model/lang';

/** The rates an evaluator computes per agency (../shared/notes/benchmarks.md), and the two volumes beside them. */
export const RATE_IDS = [
  'granted',
  'substantive',
  'denied',
  'unable',
  'notProcessed',
  'otherHandled',
  'notHeldShare',
  'carryForward',
  'naturalShare',
  'reconsiderationCorrection',
  'litigationCorrection',
  'overallCorrection',
] as const;
export type RateId = (typeof RATE_IDS)[number];

export const VOLUME_IDS = ['accepted', 'processed'] as const;
export type VolumeId = (typeof VOLUME_IDS)[number];

/** One operand: a cell path of the canonical report, added or subtracted. */
export interface Operand {
  path: string;
  sign: 1 | -1;
}

/** A named denominator: the same name wherever the same cells divide. */
export type DenominatorId = 'processed' | 'accepted' | 'unable' | 'newReceived' | 'reconsiderationDecided' | 'litigationDecided' | 'allDecided';

export const DENOMINATOR_NAMES: Record<DenominatorId, Bilingual> = {
  processed: { zh: '办结', en: 'completed' },
  accepted: { zh: '受理总量', en: 'requests handled' },
  unable: { zh: '无法提供', en: 'cannot provide' },
  newReceived: { zh: '本年新收', en: 'new requests' },
  reconsiderationDecided: { zh: '复议已审结', en: 'reconsiderations decided' },
  litigationDecided: { zh: '诉讼已审结', en: 'lawsuits decided' },
  allDecided: { zh: '复议和诉讼已审结', en: 'reconsiderations and lawsuits decided' },
};

/** A rate: its name, what is divided by what. `rows` is 表三 as read, since 2019 has a single （六） row. */
export interface RateDefinition {
  id: RateId;
  name: Bilingual;
  denominator: DenominatorId;
  numerator: (requests: PublicTable | null) => Operand[];
}

const plus = (path: string): Operand => ({ path, sign: 1 });
const minus = (path: string): Operand => ({ path, sign: -1 });
const req = (row: string, col = 'total') => plus(cellPath('requests', row, col));
/** 表三's outcome rows of one category ((三) denied.*, …), in the table's own template. */
const category = (requests: PublicTable | null, prefix: string): Operand[] =>
  outcomeRows('2021', requests)
    .filter((r) => (prefix === 'other' ? r === 'other' || r.startsWith('other.') : r.startsWith(`${prefix}.`)))
    .map((r) => req(r));
const decided = (group: string): Operand[] => [plus(cellPath('review', group, 'total')), minus(cellPath('review', group, 'pending'))];
const LITIGATION = ['litigationDirect', 'litigationAfterReconsideration'];

/**
 * The operands of each named denominator. Correction rates divide by the cases **decided** (总计 −
 * 尚未审结): the peer divided by 总计, which counts pending cases and understates the rate.
 */
export function denominatorOperands(id: DenominatorId, requests: PublicTable | null): Operand[] {
  switch (id) {
    case 'processed':
      return [req('totalProcessed')];
    case 'accepted':
      return [req('newReceived'), req('carriedOver')];
    case 'unable':
      return category(requests, 'unable');
    case 'newReceived':
      return [req('newReceived')];
    case 'reconsiderationDecided':
      return decided('reconsideration');
    case 'litigationDecided':
      return LITIGATION.flatMap(decided);
    case 'allDecided':
      return ['reconsideration', ...LITIGATION].flatMap(decided);
  }
}

/**
 * The twelve rates. 实质公开率 = ((一) + (二)) ÷ 办结 ((七)总计) on every screen; the outcome shares all
 * divide by 办结, so they add up to 100% where the report's T3-C holds.
 */
export const RATES: readonly RateDefinition[] = [
  { id: 'granted', name: { zh: '予以公开率', en: 'Granted rate' }, denominator: 'processed', numerator: () => [req('granted')] },
  {
    id: 'substantive',
    name: { zh: '实质公开率', en: 'Substantive disclosure rate' },
    denominator: 'processed',
    numerator: () => [req('granted'), req('partial')],
  },
  { id: 'denied', name: { zh: '不予公开率', en: 'Withheld rate' }, denominator: 'processed', numerator: (t) => category(t, 'denied') },
  { id: 'unable', name: { zh: '无法提供率', en: 'Cannot-provide rate' }, denominator: 'processed', numerator: (t) => category(t, 'unable') },
  {
    id: 'notProcessed',
    name: { zh: '不予处理率', en: 'Not-processed rate' },
    denominator: 'processed',
    numerator: (t) => category(t, 'notProcessed'),
  },
  { id: 'otherHandled', name: { zh: '其他处理率', en: 'Other-handling rate' }, denominator: 'processed', numerator: (t) => category(t, 'other') },
  {
    id: 'notHeldShare',
    name: { zh: '不掌握占无法提供比', en: 'Not-held share of cannot-provide' },
    denominator: 'unable',
    numerator: () => [req('unable.notHeld')],
  },
  { id: 'carryForward', name: { zh: '结转率', en: 'Carry-forward rate' }, denominator: 'accepted', numerator: () => [req('carriedForward')] },
  {
    id: 'naturalShare',
    name: { zh: '自然人占比', en: 'Natural-person share' },
    denominator: 'newReceived',
    numerator: () => [req('newReceived', 'natural')],
  },
  {
    id: 'reconsiderationCorrection',
    name: { zh: '复议纠错率', en: 'Reconsideration correction rate' },
    denominator: 'reconsiderationDecided',
    numerator: () => [plus('review.reconsideration.corrected')],
  },
  {
    id: 'litigationCorrection',
    name: { zh: '诉讼纠错率', en: 'Litigation correction rate' },
    denominator: 'litigationDecided',
    numerator: () => LITIGATION.map((g) => plus(cellPath('review', g, 'corrected'))),
  },
  {
    id: 'overallCorrection',
    name: { zh: '整体纠错率', en: 'Overall correction rate' },
    denominator: 'allDecided',
    numerator: () => ['reconsideration', ...LITIGATION].map((g) => plus(cellPath('review', g, 'corrected'))),
  },
];

/** The two volumes: 受理总量 (一 + 二) and 办结量 ((七)总计). */
export const VOLUMES: readonly { id: VolumeId; name: Bilingual; operands: Operand[] }[] = [
  { id: 'accepted', name: { zh: '受理总量', en: 'Requests handled' }, operands: denominatorOperands('accepted', null) },
  { id: 'processed', name: { zh: '办结量', en: 'Completed' }, operands: denominatorOperands('processed', null) },
];
