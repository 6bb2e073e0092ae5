import { findSentences, figure } from './sentences';

/** The three quantities of the 信息处理费 paragraph (section 六), in 元; null where not stated. */
export interface FeeFacts {
  quote: string;
  notices: number | null;
  billed: number | null;
  collected: number | null;
  /** an earlier sentence saying no fee arose or none was collected, which these figures deny */
  contradicted?: { quote: string };
}

function yuan(amount: string, unit: string | undefined): number {
  return figure(amount) * (unit === '万元' ? 10000 : 1);
}

/** A sentence about the fees for information requests (not 表二's 行政事业性收费 alone). */
const ABOUT_FEES =
  /信息处理费|信息公开处理费|处理费|收费通知|(?:信息公开|依申请|公开申请)[^。；]{0,24}(?:收费|收取|费用)|(?:收费|收取费用)[^。；]{0,12}(?:信息公开|依申请)/;
/**
 * "No fee at all" in the forms reports really use: 未发生收费, 未产生信息公开处理费, 不涉及收费, 不收费, 均为0 /
 * 均为零, 未发出收费通知: no notice sent, nothing billed or collected.
 */
const NONE =
  /(?:未|没有|无|不)(?:发生|产生|涉及|存在|出现)(?:过)?(?:任何)?(?:收取|收费|信息(?:公开)?处理费|费用)|(?:未|没有|无|不)(?:任何)?(?:收费(?!通知)|信息(?:公开)?处理费|费用)|均为(?:0|零)(?!\d)|均未|(?:未|没有|无)(?:发出|开具|送达)(?:过)?(?:任何)?收费通知/;
/**
 * "Nothing was collected": 无收取信息处理费情况, 未收取信息处理费, 没有收取任何费用. It says what was collected
 * (0), not that no fee notice was sent: an applicant may have left a notice unpaid (issue 15, fee-overdue-row).
 */
const NONE_COLLECTED = /(?:未|没有|无|不)(?:实际)?(?:收取|收缴)/;

/**
 * Reads the 信息处理费 paragraph: "发出收费通知的件数为N件，总金额为X元，实际收取的总金额为Y元", its
 * "…均为0" variant (seed 001), the collected-only variant "实际收取信息处理费共计400元", a statement that no
 * fee arose (2023年度，县发展和改革局政府信息公开未发生收费情况; 我局未产生信息公开处理费), which counts as the
 * paragraph with zeros, and one that nothing was collected (无收取信息处理费情况), which gives the amount
 * collected only. The first fee sentence with figures is taken, else the first that says none arose or none
 * was collected, else the first about fees: a bare 未收取 does not hide figures given after it. Where the
 * "none" sentence denies those figures (未收取任何费用 and 实际收取400元, in either order), it is kept as
 * `contradicted`, so the rules can say so rather than pick one silently.
 * @example readFeeFacts('…发出收费通知的件数为4件，总金额为50990元，实际收取的总金额为930元。')
 *   → { notices: 4, billed: 50990, collected: 930, quote: … }
 */
export function readFeeFacts(text: string): FeeFacts | null {
  let figures: FeeFacts | null = null;
  let none: FeeFacts | null = null;
  let first: FeeFacts | null = null;
  for (const hit of findSentences(text, ABOUT_FEES)) {
    const s = hit.quote.normalize('NFKC');
    const n = /收费通知的?(?:件数|数量)?(?:为|是|共)?(\d[\d,]*)\s*件/.exec(s);
    const x = /件[，,、]?\s*(?:收费)?总金额(?:为|是)?([\d.,]+)\s*(万元|元)/.exec(s);
    const y = /实际收取(?:的总金额|的?信息处理费|金额)?(?:为|是|共计|合计)?([\d.,]+)\s*(万元|元)/.exec(s);
    const facts: FeeFacts = {
      quote: hit.quote,
      notices: n ? figure(n[1] ?? '') : null,
      billed: x ? yuan(x[1] ?? '', x[2]) : null,
      collected: y ? yuan(y[1] ?? '', y[2]) : null,
    };
    if (facts.notices !== null || facts.billed !== null || facts.collected !== null) figures ??= facts;
    else if (NONE.test(s)) none ??= { quote: hit.quote, notices: 0, billed: 0, collected: 0 };
    else if (NONE_COLLECTED.test(s)) none ??= { quote: hit.quote, notices: null, billed: null, collected: 0 };
    else first ??= facts;
  }
  if (!figures) return none ?? first;
  return none && disagree(none, figures) ? { ...figures, contradicted: { quote: none.quote } } : figures;
}

/** Whether figures read in one sentence deny a "none" statement in another: a notice sent, an amount billed or collected where it says 0. */
function disagree(none: FeeFacts, figures: FeeFacts): boolean {
  return (['notices', 'billed', 'collected'] as const).some((k) => none[k] === 0 && (figures[k] ?? 0) > 0);
}
