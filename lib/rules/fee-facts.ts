import { findSentence, figure } from './sentences';

/** The three quantities of the 信息处理费 paragraph (section 六), in 元; null where not stated. */
export interface FeeFacts {
  quote: string;
  notices: number | null;
  billed: number | null;
  collected: number | null;
}

function yuan(amount: string, unit: string | undefined): number {
  return figure(amount) * (unit === '万元' ? 10000 : 1);
}

/**
 * Reads the 信息处理费 paragraph: "发出收费通知的件数为N件，总金额为X元，实际收取的总金额为Y元", its
 * "…均为0" variant (seed 001) and the collected-only variant "实际收取信息处理费共计400元".
 * @example readFeeFacts('…发出收费通知的件数为4件，总金额为50990元，实际收取的总金额为930元。')
 *   → { notices: 4, billed: 50990, collected: 930, quote: … }
 */
export function readFeeFacts(text: string): FeeFacts | null {
  const hit = findSentence(text, /信息处理费|收费通知/);
  if (!hit) return null;
  const s = hit.quote.normalize('NFKC');
  if (/件数和总金额以?及实际收取的总金额均为0/.test(s)) return { quote: hit.quote, notices: 0, billed: 0, collected: 0 };
  const n = /收费通知的?件数(?:为|是)?(\d[\d,]*)件/.exec(s);
  const x = /件[，,]\s*总金额(?:为|是)?([\d.,]+)\s*(万元|元)/.exec(s);
  const y = /实际收取(?:的总金额|信息处理费)?(?:为|是|共计|合计)?([\d.,]+)\s*(万元|元)/.exec(s);
  return {
    quote: hit.quote,
    notices: n ? figure(n[1]!) : null,
    billed: x ? yuan(x[1]!, x[2]) : null,
    collected: y ? yuan(y[1]!, y[2]) : null,
  };
}
