import { checkText } from '../../../lib/pipeline';
import { type Finding, FindingSchema } from '../../../lib/model/finding';
import { seedText } from '../../helpers/seeds';

/**
 * Seed 004 (a real Beijing 2024 report in the 2021 template, flattened from Word: one figure a line) with
 * figures replaced, for the rule tests that move one real figure across a rule's boundary. Its tables are
 * consistent: every rule finds nothing in it as printed.
 */
export const SEED = '004';
const FIGURE = /^\s*\d+\s*$/;

/**
 * The seed with the figures printed after the first line holding `label` (below the line holding `after`)
 * replaced in order by `values`; `undefined` keeps a figure. Each figure is its own line in the seed.
 */
export function editFigures(label: string, values: (string | undefined)[], after = '三、收到和处理', text = seedText(SEED)): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.includes(after));
  const at = lines.findIndex((l, i) => i > start && l.includes(label));
  if (start < 0 || at < 0) throw new Error(`${label} not found after ${after}`);
  let k = 0;
  for (let i = at; i < lines.length && k < values.length; i++) {
    if (!FIGURE.test(lines[i] ?? '')) continue;
    const v = values[k++];
    if (v !== undefined) lines[i] = `\t${v}`;
  }
  if (k < values.length) throw new Error(`only ${k} figures after ${label}`);
  return lines.join('\n');
}

/** The 15 figures of 表四 (复议, 直接起诉, 复议后起诉; 维持, 纠正, 其他, 尚未审结, 总计 each) replaced in order. */
export const editReview = (values: (string | undefined)[], text = seedText(SEED)) => editFigures('四、政府信息公开行政复议', values, '三、收到和处理', text);

/**
 * The findings of one rule on a text, as [code, severity, first cell, expected, actual]. Every finding of the
 * report must be a finding by the schema the popup and the exports read with: a rule that returned anything
 * else would pass a test that looks only at its own findings.
 */
export function findingsOf(rule: string, text: string): [string, string, string | undefined, Finding['expected'], Finding['actual']][] {
  const { findings } = checkText(text, `https://www.bjtzh.gov.cn/${SEED}.html`).report;
  for (const f of findings) FindingSchema.parse(f);
  return findings.filter((f) => f.rule === rule).map((f) => [f.code, f.severity, f.cells[0], f.expected, f.actual]);
}

/** `text` with 表三's cells (its tab-led lines) dropped, its headings kept: 表三 is then not read. */
export function withoutRequests(text: string): string {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.startsWith('三、收到和处理'));
  const to = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
  if (from < 0 || to <= from) throw new Error('表三 not found');
  return lines.filter((l, i) => i <= from || i >= to || !l.startsWith('\t')).join('\n');
}

/** The seed with the figure printed under the 表二 (主动公开) line `label` (行政处罚, 行政事业性收费…) replaced by `raw`. */
export function editActive(label: string, raw: string): string {
  const text = seedText(SEED);
  const edited = text.replace(new RegExp(`(\\t${label}\\n)\\t[^\\n]*`), `$1\t${raw}`);
  if (edited === text && !text.includes(`\t${label}\n\t${raw}\n`)) throw new Error(`${label} not found in 表二`);
  return edited;
}

/** The seed with `sentence` added to its narrative, at the head of its paragraph （三）依申请公开情况. */
export function withSentence(sentence: string): string {
  const text = seedText(SEED);
  const at = '（三）依申请公开情况\n';
  if (!text.includes(at)) throw new Error(`${at} not found`);
  return text.replace(at, `${at}${sentence}`);
}
