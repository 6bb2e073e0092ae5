import { cellLabel } from '../model/cell-label';
import type { Lang } from '../model/lang';
import type { RateValue } from './agency-rates';
import { DENOMINATOR_NAMES, RATES } from './rate-definitions';
import type { MissingOperand } from './sum-operands';
import { MissingItemError } from '../model/item-at';

/**
 * A fraction as a percentage with one decimal, rounded half up on the exact fraction (3/8 → 37.5%, 1/3 → 33.3%).
 * @example percent(3, 20) → '15.0%'
 */
export function percent(numerator: number, denominator: number): string {
  const tenths = Math.round((numerator * 1000) / denominator + 1e-9);
  return `${(tenths / 10).toFixed(1)}%`;
}

/** A percentage of a plain fraction (a percentile), one decimal. */
export function percentOf(value: number): string {
  return `${(Math.round(value * 1000 + 1e-9) / 10).toFixed(1)}%`;
}

const WHY = {
  zh: { blank: '未填数字', unread: '未能确定读取', absent: '表中缺失' },
  en: { blank: 'blank', unread: 'not read for sure', absent: 'missing from the table' },
} as const;

// the labels of the few hundred cells a rate can rest on, worked out once: a batch of a thousand reports
// asks for the same ones thousands of times (pure memoisation of cellLabel, bounded by the template)
const labels = new Map<string, string>();
function label(path: string, lang: Lang): string {
  const key = `${lang}:${path}`;
  let text = labels.get(key);
  if (text === undefined) labels.set(key, (text = cellLabel(path, lang)));
  return text;
}

function missingText(missing: readonly MissingOperand[], lang: Lang): string {
  const first = missing.slice(0, 3).map((m) => `${label(m.path, lang)} ${WHY[lang][m.why]}`);
  const more = missing.length > 3 ? (lang === 'zh' ? ` 等 ${missing.length} 处` : ` and ${missing.length - 3} more`) : '';
  return first.join(lang === 'zh' ? '、' : '; ') + more;
}

/**
 * The rate with its fraction and named denominator, or why it has none:
 * `15.0%（3/20，分母：办结）`, `—（分母为 0：复议已审结 0）`, `—（无值：表三（七）总计·总计 未填数字）`.
 * With `named`, the rate's name comes first (`实质公开率 15.0%（3/20，分母：办结）`).
 */
export function formatRate(rate: RateValue, lang: Lang, named = false): string {
  const zh = lang === 'zh';
  const den = DENOMINATOR_NAMES[rate.denominatorId][lang];
  const name = named ? `${rateDef(rate.id).name[lang]} ` : '';
  // a rate with a value has both its terms
  const { numerator: n, denominator: d } = rate;
  if (rate.value !== null && n !== null && d !== null)
    return zh ? `${name}${percent(n, d)}（${n}/${d}，分母：${den}）` : `${name}${percent(n, d)} (${n}/${d}, denominator: ${den})`;
  if (rate.zeroDenominator) return zh ? `${name}—（分母为 0：${den} 0）` : `${name}— (denominator 0: ${den} 0)`;
  return zh ? `${name}—（无值：${missingText(rate.missing, lang)}）` : `${name}— (no value: ${missingText(rate.missing, lang)})`;
}

/**
 * The rate and its fraction for a table cell whose column header names the denominator: `15.0%（3/20）`,
 * or `—` when there is no value (formatRate says why).
 * @example formatRateShort({ numerator: 3, denominator: 20, value: 0.15, … }, 'zh') → '15.0%（3/20）'
 */
export function formatRateShort(rate: RateValue, lang: Lang): string {
  const { numerator: n, denominator: d } = rate;
  if (rate.value === null || n === null || d === null) return '—';
  const frac = `${n}/${d}`;
  return lang === 'zh' ? `${percent(n, d)}（${frac}）` : `${percent(n, d)} (${frac})`;
}

/** A rate's definition: every RateId is one of RATES. */
function rateDef(id: RateValue['id']): (typeof RATES)[number] {
  const def = RATES.find((r) => r.id === id);
  if (!def) throw new MissingItemError(`rate ${id}: missing`);
  return def;
}

/** A rate's column header: its name and its denominator (`实质公开率（分母：办结）`). */
export function rateHeader(id: RateValue['id'], lang: Lang): string {
  const def = rateDef(id);
  const den = DENOMINATOR_NAMES[def.denominator][lang];
  return lang === 'zh' ? `${def.name.zh}（分母：${den}）` : `${def.name.en} (denominator: ${den})`;
}
