import type { Finding, Hint, NoteData, Term } from '../model/finding';
import type { Lang } from '../model/lang';
import { RUNNER_MESSAGES } from '../rules/note';
import type { MessageFn } from '../rules/rule';
import { messagesOf } from '../rules/rule-info';
import { formatEveryReading, formatJointly, formatRange } from '../model/format-reading';

function n(v: number | null): string {
  return v === null ? '□' : String(v);
}

function addends(terms: readonly Term[]): string {
  return terms.map((t) => n(t.value)).join('+');
}

/**
 * The words of a note (a finding worded by its rule), without the sentence it quotes: its rule's message
 * `code` in `lang`, made from its data. Empty for the arithmetic kinds.
 * @example noteText({ rule: 'sections', code: 'order', detail: { kind: 'note', data: {} }, … }, 'en') → 'The sections are not in template order'
 */
export function noteText(f: Pick<Finding, 'rule' | 'code' | 'detail'>, lang: Lang): string {
  return f.detail.kind === 'note' ? ruleMessage(f.rule, f.code, f.detail.data, lang) : '';
}

/** Message `code` of `rule`'s table (or the runner's) in `lang`, made from `data`: a note's words and a hint's. */
function ruleMessage(rule: Finding['rule'], code: string, data: NoteData, lang: Lang): string {
  const message = (messagesOf(rule)[lang][code] ?? RUNNER_MESSAGES[lang][code as 'rule-failed']) as MessageFn<NoteData> | undefined;
  // every code a rule says or hints has words in both languages (tests/unit/rules/rule-info.test.ts,
  // tests/unit/report/hint-text.test.ts): this is for a finding of another version
  return message ? message(data) : `${rule}: ${code}`;
}

/**
 * The words of a finding's hint: its rule's message `hint.code` in `lang`, made from `hint.data`.
 * @example hintText('cross-year-ratio', { code: 'under', data: { times: '5.5' } }, 'en') → "under a fifth of last year's (5.5× less): worth a look"
 */
export function hintText(rule: Finding['rule'], hint: Hint, lang: Lang): string {
  return ruleMessage(rule, hint.code, hint.data, lang);
}

/**
 * Renders a finding's message in `lang` from its code and structured detail — the one place a finding
 * becomes words — with the arithmetic written out addend by addend, e.g.
 * `表三（七）总计·自然人：2+0+…+1 = 8，报告为 10，差 2`.
 */
export function renderFinding(f: Finding, lang: Lang = 'zh'): string {
  const d = f.detail;
  const zh = lang === 'zh';
  switch (d.kind) {
    case 'sum': {
      const total = f.expected ?? 0;
      const diff = round((f.actual ?? 0) - total);
      return zh
        ? `${d.subject.zh}：${addends(d.terms)} = ${total}，报告为 ${n(d.stated.value)}，差 ${fmtDiff(diff)}`
        : `${d.subject.en}: ${addends(d.terms)} = ${total}, reported ${n(d.stated.value)}, off by ${fmtDiff(diff)}`;
    }
    case 'balance': {
      const l = d.left.map((t) => t.label[lang]).join('+');
      const r = d.right.map((t) => t.label[lang]).join('+');
      const diff = round((f.actual ?? 0) - (f.expected ?? 0));
      return zh
        ? `${d.subject.zh}：${l} = ${addends(d.left)} = ${n(f.expected)}，${r} = ${addends(d.right)} = ${n(f.actual)}，差 ${fmtDiff(diff)}`
        : `${d.subject.en}: ${l} = ${addends(d.left)} = ${n(f.expected)}, ${r} = ${addends(d.right)} = ${n(f.actual)}, off by ${fmtDiff(diff)}`;
    }
    case 'unassessable': {
      // each missing figure as it is: blank, printed as no figure (x), or not in the table at all
      const kind = (t: Term) => (t.absent ? 'absent' : t.illegible ? 'illegible' : 'blank');
      const names = (k: ReturnType<typeof kind>) =>
        d.missing
          .filter((t) => kind(t) === k)
          .map((t) => t.label[lang])
          .join(zh ? '、' : ', ');
      const blank = names('blank');
      const illegible = names('illegible');
      const absent = names('absent');
      const parts = zh
        ? [blank && `${blank} 未填数字`, illegible && `${illegible} 所填不是数字`, absent && `${absent} 在表中缺失`].filter(Boolean).join('，')
        : [blank && `${blank} blank`, illegible && `${illegible} not a figure`, absent && `${absent} missing from the table`].filter(Boolean).join('; ');
      const hint = d.ifZero === null ? '' : zh ? `（若空白按 0 计则${d.ifZero === 'pass' ? '相符' : '不符'}）` : ` (if blanks were 0 it would ${d.ifZero})`;
      return zh ? `${d.subject.zh}：${parts}，无法核对${hint}` : `${d.subject.en}: ${parts}, not assessable${hint}`;
    }
    case 'compare': {
      const cands = d.table.map((t) => `${zh ? t.label.zh : t.label.en} ${n(t.value)}`).join(zh ? '，' : ', ');
      const hint = d.hint ? `${zh ? '。' : '. '}${hintText(f.rule, d.hint, lang)}` : '';
      return zh
        ? `${d.subject.zh}为 ${d.said}，表格为：${cands}${hint}。原文：“${d.quote}”`
        : `${d.subject.en}: ${d.said}; the table says ${cands}${hint}. Text: "${d.quote}"`;
    }
    case 'note':
      return zh ? `${noteText(f, 'zh')}${d.quote ? `。原文：“${d.quote}”` : ''}` : `${noteText(f, 'en')}${d.quote ? `. Text: "${d.quote}"` : ''}`;
    case 'previous-year':
      return previousYear(f, d, lang);
    case 'every-reading':
      return formatEveryReading(d, lang);
    case 'range':
      return formatRange(d, lang);
    case 'jointly':
      return formatJointly(d, lang);
  }
}

/**
 * `上年报告（{title}）四、结转下年度继续办理·自然人 3 ≠ 本年二、上年结转·自然人 5`; with several terms the
 * arithmetic is written out (`… 10 + 本年制发件数 2 − 本年废止件数 1 = 11 ≠ 本年现行有效件数 12，差 1`).
 * Last year's report is named once, before its first figure: its cells cannot be outlined on this page.
 */
function previousYear(f: Finding, d: Extract<Finding['detail'], { kind: 'previous-year' }>, lang: Lang): string {
  const zh = lang === 'zh';
  const name = d.previous.title ?? d.previous.url;
  let named = false;
  const terms = d.terms
    .map((t, i) => {
      const op = t.sign < 0 ? ' − ' : i > 0 ? ' + ' : '';
      const prefix = t.lastYear && !named ? (zh ? `上年报告（${name}）` : `last year's report (${name}): `) : '';
      if (t.lastYear) named = true;
      return `${op}${prefix}${t.label[lang]} ${n(t.value)}`;
    })
    .join('');
  const stated = `${d.stated.label[lang]} ${n(d.stated.value)}`;
  const arithmetic =
    d.terms.length > 1
      ? zh
        ? `${terms} = ${n(f.expected)} ≠ ${stated}，差 ${fmtDiff(round((f.actual ?? 0) - (f.expected ?? 0)))}`
        : `${terms} = ${n(f.expected)} ≠ ${stated}, off by ${fmtDiff(round((f.actual ?? 0) - (f.expected ?? 0)))}`
      : `${terms} ≠ ${stated}`;
  const hint = d.hint ? `${zh ? '。' : '. '}${hintText(f.rule, d.hint, lang)}` : '';
  return zh ? `${d.subject.zh}：${arithmetic}${hint}` : `${d.subject.en}: ${arithmetic}${hint}`;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function fmtDiff(d: number): string {
  return String(Math.abs(d));
}
