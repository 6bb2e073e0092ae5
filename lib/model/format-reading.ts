import type { FindingDetail, Printed, ReadingCase, Relation, Term } from './finding';
import type { Lang } from './lang';
import { itemAt } from './item-at';
import { cellLabel } from './cell-label';

type EveryReading = Extract<FindingDetail, { kind: 'every-reading' }>;
type Range = Extract<FindingDetail, { kind: 'range' }>;
type Jointly = Extract<FindingDetail, { kind: 'jointly' }>;

const n = (v: number | null) => (v === null ? '□' : String(v));
const round = (x: number) => Math.round(x * 1e6) / 1e6;
const total = (vs: readonly (number | null)[]) => round(vs.reduce<number>((s, v) => s + (v ?? 0), 0));
const names = (ts: readonly Term[], lang: Lang) => ts.map((t) => t.label[lang]).join('+');

/**
 * After the readings listed: how many there are in all, or that they are too many to count (the search on the
 * totals found none that adds up). `split`: the readings are ways to split printed runs of digits (拆法); else
 * what a figure may be (读法: an OCR'd figure's alternatives).
 */
function moreText(count: number | null, listed: number, zh: boolean, split = true): string {
  const way = zh ? (split ? '拆法' : '读法') : split ? 'splits' : 'readings';
  if (count === null) return zh ? `；……（${way}众多，均不相符）` : `; … (too many ${way} to count, none adds up)`;
  if (count <= listed) return '';
  return zh ? `；……（共 ${count} 种${way}，均不相符）` : `; … (${count} ${way} in all, none adds up)`;
}

function printedText(printed: readonly Printed[], lang: Lang): string {
  return lang === 'zh' ? printed.map((p) => `${p.label.zh}印为“${p.text}”`).join('，') : printed.map((p) => `${p.label.en} printed "${p.text}"`).join(', ');
}

/** One reading's arithmetic: `151+3+0+0+0+0 = 154 ≠ 153`, `151+0 = 151 ≠ 150+0 = 150`, `30 > 20+5 = 25`. */
function caseText(relation: Relation, c: ReadingCase): string {
  const side = (vs: readonly (number | null)[]) => (vs.length > 1 ? `${vs.map(n).join('+')} = ${total(vs)}` : n(vs[0] ?? null));
  if (relation === 'sum') return `${side(c.left)} ≠ ${n(c.right[0] ?? null)}`;
  return `${side(c.left)} ${relation === 'at-most' ? '>' : '≠'} ${side(c.right)}`;
}

/**
 * `表三“一、本年新收…”·总计：一、本年新收…印为“15130000153”，无论按哪种拆法都不相符：151+3+0+0+0+0 = 154 ≠ 153；…（共 31 种拆法）`
 */
export function formatEveryReading(d: EveryReading, lang: Lang): string {
  const zh = lang === 'zh';
  const which = d.relation === 'sum' ? '' : `${names(d.left, lang)} ${d.relation === 'at-most' ? '>' : '≠'} ${names(d.right, lang)}${zh ? '：' : ': '}`;
  const cases = d.cases.map((c) => caseText(d.relation, c)).join(zh ? '；' : '; ');
  // no run printed: the figures tried are an OCR'd figure's readings, not splits of digits run together
  const split = d.printed.length > 0;
  const more = moreText(d.count, d.cases.length, zh, split);
  const printed = printedText(d.printed, lang);
  return zh
    ? `${d.subject.zh}：${printed ? `${printed}，` : ''}无论按哪种${split ? '拆法' : '读法'}都不相符：${which}${cases}${more}`
    : `${d.subject.en}: ${printed ? `${printed}; ` : ''}whichever way the figures are ${split ? 'split' : 'read'}, it does not add up: ${which}${cases}${more}`;
}

/**
 * The least and the most one side of a check can add up to: an unread operand counts by its `range`
 * (max null: no bound), the others by their value.
 * @example span([{ value: 3, … }, { value: null, unread: true, range: { min: 0, max: 12 }, … }]) → { min: 3, max: 15 }
 */
export function span(ts: readonly Term[]): { min: number; max: number | null } {
  let min = 0;
  let max: number | null = 0;
  for (const t of ts) {
    min += t.range?.min ?? t.value ?? 0;
    const hi = t.range ? t.range.max : t.value;
    max = max === null || hi === null ? null : max + hi;
  }
  return { min: round(min), max: max === null ? null : round(max) };
}

/** What one side of a check is called: the addends of a sum are “各项”, else its operands' labels. */
function sideName(relation: Relation, ts: readonly Term[], isLeft: boolean, lang: Lang): string {
  if (relation === 'sum' && isLeft) return lang === 'zh' ? '各项之和' : 'the sum of the parts';
  return names(ts, lang);
}

/** `表三（七）总计·自然人：已读出的各项之和 26 已大于（七）总计 20（未确定读取：（四）1.本机关不掌握… ≥ 0）` */
export function formatRange(d: Range, lang: Lang): string {
  const zh = lang === 'zh';
  const L = span(d.left);
  const R = span(d.right);
  const leftBig = R.max !== null && L.min > R.max;
  const [big, small] = leftBig ? [d.left, d.right] : [d.right, d.left];
  const [bigName, smallName] = leftBig
    ? [sideName(d.relation, d.left, true, lang), sideName(d.relation, d.right, false, lang)]
    : [sideName(d.relation, d.right, false, lang), sideName(d.relation, d.left, true, lang)];
  const bigSpan = span(big);
  const smallSpan = span(small);
  const bigUnread = big.filter((t) => t.range);
  const bigText =
    bigUnread.length === 0
      ? `${bigName} ${bigSpan.min}`
      : bigUnread.every((t) => t.range?.min === 0)
        ? zh
          ? `已读出的${bigName} ${bigSpan.min}`
          : `${bigName} is ${bigSpan.min} from the figures read alone`
        : zh
          ? `${bigName}至少为 ${bigSpan.min}`
          : `${bigName} at least ${bigSpan.min}`;
  const smallText = small.some((t) => t.range)
    ? zh
      ? `${smallName}至多 ${smallSpan.max}`
      : `${smallName} at most ${smallSpan.max}`
    : `${smallName} ${smallSpan.max}`;
  const unread = [...d.left, ...d.right]
    .flatMap(({ label, range: r }) => (r ? [`${label[lang]} ${r.max === null ? `≥ ${r.min}` : r.min === r.max ? r.min : `${r.min}–${r.max}`}`] : []))
    .join(zh ? '、' : ', ');
  const printed = printedText(d.printed, lang);
  return zh
    ? `${d.subject.zh}：${bigText} 已大于${smallText}（未确定读取：${unread}${printed ? `；${printed}` : ''}）`
    : `${d.subject.en}: ${bigText}, more than ${smallText} (not read for sure: ${unread}${printed ? `; ${printed}` : ''})`;
}

/**
 * The unread figures of one reading with no printed run (an OCR'd figure's alternatives), each by its full
 * cell name (a term's own label is short, `总计`, named in its check): `表三（一）予以公开·总计 11`.
 */
function readingText(d: Jointly, c: Jointly['cases'][number], lang: Lang): string {
  const read = new Map<string, string>();
  d.checks.forEach((check, i) => {
    const values = c.values[i];
    const pairs: [Term, number | null | undefined][] = [
      ...check.left.map((t, j): [Term, number | null | undefined] => [t, values?.left[j]]),
      ...check.right.map((t, j): [Term, number | null | undefined] => [t, values?.right[j]]),
    ];
    for (const [t, v] of pairs) if (t.unread && !read.has(t.path)) read.set(t.path, `${cellLabel(t.path, lang)} ${n(v ?? null)}`);
  });
  return [...read.values()].join(lang === 'zh' ? '、' : ', ');
}

/**
 * `表四：表四印为“…”，无论按哪种拆法，表四行政复议·总计、…都不能同时相符：按 2|1|3|1|7|0|1|0|0|0|13|2|4|0|19 拆，表四未经复议直接起诉·总计 0+1+0+0 = 1 ≠ 0；…`;
 * with no run printed (figures read by OCR), each reading by its figures: `…，无论按哪种读法，…都不能同时相符：读作 表三…·总计 11 时，…`
 */
export function formatJointly(d: Jointly, lang: Lang): string {
  const zh = lang === 'zh';
  // no run printed: the figures tried are an OCR'd figure's readings, not splits of digits run together
  const split = d.printed.length > 0;
  const cases = d.cases
    .map((c) => {
      // `failed` is the index of the check this split breaks, into `checks` and `values` alike (prove-jointly)
      const check = itemAt(d.checks, c.failed, 'jointly check');
      const v = itemAt(c.values, c.failed, 'jointly case value');
      if (!split) {
        const reading = readingText(d, c, lang);
        return zh
          ? `读作 ${reading} 时，${check.subject.zh} ${caseText(check.relation, v)}`
          : `read as ${reading}: ${check.subject.en} ${caseText(check.relation, v)}`;
      }
      const runs = c.split.map((s, i) => (d.printed.length > 1 ? `${d.printed[i]?.label[lang] ?? ''} ` : '') + s.map(n).join('|')).join(zh ? '，' : ', ');
      return zh ? `按 ${runs} 拆，${check.subject.zh} ${caseText(check.relation, v)}` : `split ${runs}: ${check.subject.en} ${caseText(check.relation, v)}`;
    })
    .join(zh ? '；' : '; ');
  const more = moreText(d.count, d.cases.length, zh, split);
  const printed = printedText(d.printed, lang);
  // a row tried with all its columns makes a long list: the first few, then how many
  const shown = d.checks
    .slice(0, 3)
    .map((c) => c.subject[lang])
    .join(zh ? '、' : ', ');
  const names = d.checks.length > 3 ? (zh ? `${shown}等 ${d.checks.length} 项` : `${shown} and ${d.checks.length - 3} more`) : shown;
  return zh
    ? `${d.subject.zh}：${printed ? `${printed}，` : ''}无论按哪种${split ? '拆法' : '读法'}，${names}都不能同时相符：${cases}${more}`
    : `${d.subject.en}: ${printed ? `${printed}; ` : ''}whichever way the figures are ${split ? 'split' : 'read'}, ${names} cannot all add up: ${cases}${more}`;
}
