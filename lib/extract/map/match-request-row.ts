import type { RequestRow } from '../../model/keys';
import { normalizeLabel } from '../../text/normalize-label';

/** The outcome categories （三）…（六） of table 三, which give context to the numbered sub-rows below them. */
export type RequestCategory = 'denied' | 'unable' | 'notProcessed' | 'other';

const CATEGORY_PATTERNS: ReadonlyArray<readonly [RegExp, RequestCategory]> = [
  [/不予公开/, 'denied'],
  [/无法提供/, 'unable'],
  [/不予处理/, 'notProcessed'],
  [/其他处理/, 'other'],
];

/** Distinctive phrases of each numbered sub-row, by category (report-format.md §3.2; typos normalised). */
const ITEM_PATTERNS: Record<RequestCategory, ReadonlyArray<readonly [RegExp, RequestRow]>> = {
  denied: [
    [/国家秘密/, 'denied.stateSecret'],
    // 淮安市洪泽区 2023/2024 (corpus/pdf/002, 003) print 其他法律行政止公开, dropping 法规禁
    [/法律行政法规禁止|其他法律行政/, 'denied.lawForbidden'],
    [/三安全一稳定/, 'denied.threeSecurity'],
    [/第三方合法权益/, 'denied.thirdParty'],
    [/三类内部事务/, 'denied.internalAffairs'],
    [/四类过程性/, 'denied.processInfo'],
    [/行政执法案卷/, 'denied.enforcementFile'],
    [/行政查询事项/, 'denied.queryMatter'],
  ],
  unable: [
    [/不掌握/, 'unable.notHeld'],
    [/另行制作/, 'unable.needCreate'],
    [/仍不明确/, 'unable.unclear'],
  ],
  notProcessed: [
    [/信访|举报|投诉/, 'notProcessed.petition'],
    [/重复申请/, 'notProcessed.duplicate'],
    [/公开出版物/, 'notProcessed.publication'],
    [/大量反复/, 'notProcessed.massive'],
    [/确认或重新出具|重新出具/, 'notProcessed.confirm'],
  ],
  other: [
    [/逾期不补正/, 'other.overdueCorrection'],
    [/缴纳费用|收费通知/, 'other.overdueFee'],
    [/^(\d+[.、])?其他$/, 'other.other'],
  ],
};

/** The template numbers its categories （三）…（六）: the number alone names one, when the rest of its label is cut off. */
const CATEGORY_NUMBERS: Record<string, RequestCategory> = { 三: 'denied', 四: 'unable', 五: 'notProcessed', 六: 'other' };

export function matchCategory(label: string): RequestCategory | null {
  const s = normalizeLabel(label);
  for (const [re, category] of CATEGORY_PATTERNS) if (re.test(s)) return category;
  // a category label cut by a line or a page ("（四）无" | "法提供")
  const numbered = /^[（(]([三四五六])[）)]/.exec(s);
  // the group is one of the four numerals CATEGORY_NUMBERS names
  return numbered ? (CATEGORY_NUMBERS[numbered[1] ?? ''] ?? null) : null;
}

/**
 * Maps the labels of one table-三 row to its canonical key. `labels` are the row's label cells (a
 * category cell may be among them, or carried from an earlier row as `category`).
 * Returns `category-total` for a row labelled only by its category: the 2019 （六）其他处理 row,
 * or a subtotal row of the non-standard 29-row variant.
 * @example matchRequestRow(['（四）无法提供', '1.本机关不掌握相关政府信息'], null) → 'unable.notHeld'
 */
export function matchRequestRow(labels: readonly string[], category: RequestCategory | null): RequestRow | { categoryTotal: RequestCategory } | null {
  const texts = labels.map(normalizeLabel).filter((t) => t !== '');
  const own = texts[texts.length - 1];
  if (own === undefined) return null;
  const joined = texts.join('');
  if (/本年新收/.test(joined)) return 'newReceived';
  if (/上年结转/.test(joined)) return 'carriedOver';
  if (/结转下年度|继续办理/.test(joined)) return 'carriedForward';
  if (/总计$/.test(own) && !/其他处理|不予/.test(own)) return 'totalProcessed';
  if (/部分公开/.test(own)) return 'partial';
  if (/予以公开/.test(own) && !/不予/.test(own)) return 'granted';
  const ownCategory = matchCategory(own);
  const context = ownCategory ?? category;
  if (context) {
    for (const [re, key] of ITEM_PATTERNS[context]) if (re.test(own)) return key;
    if (ownCategory) return { categoryTotal: ownCategory };
  }
  // no category in sight (a PDF without ruling lines prints the category label beside the middle of its
  // rows): an item phrase that belongs to one category only still names its row
  const anywhere = (Object.values(ITEM_PATTERNS) as (typeof ITEM_PATTERNS)[RequestCategory][]).flatMap((list) =>
    list.filter(([re]) => re.test(own)).map(([, key]) => key),
  );
  return anywhere.length === 1 ? (anywhere[0] ?? null) : null;
}
