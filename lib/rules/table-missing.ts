import { sayer } from './note';
import type { Rule, RuleMessages } from './rule';
import { problem, type Problem, TABLE_EN, TABLE_ZH } from './helpers/problem-note';

declare module '../model/rule-ids' {
  interface RuleIds {
    'table-missing': true;
  }
}

/** D-1 (tables): a standard table that is absent or not machine-readable (e.g. published as an image). */
const MESSAGES: RuleMessages<{ 'no-table': object; missing: Problem }> = {
  zh: {
    'no-table': () => '页面中未找到可读取的标准表格（表二、表三、表四）；表格可能以图片或附件形式发布，未作核对',
    missing: (p) => `未找到${TABLE_ZH[p.table]}，或其不可读取`,
  },
  en: {
    'no-table': () => 'No readable standard table (2, 3, 4) on this page; the tables may be images or an attachment. Nothing was checked.',
    missing: (p) => `${TABLE_EN[p.table]} not found or not readable`,
  },
};
const sayTableMissing = sayer('table-missing', MESSAGES);
export const tableMissing: Rule = {
  id: 'table-missing',
  severity: 'warning',
  rank: 200,
  clause: 'D-1',
  clauseText: { section: '§4.6 D-1', text: 'Six sections present, in order (§2). Missing 六 (seed 002) or missing a table ⇒ WARN.' },
  summary: { zh: '缺少标准表格，或表格不可读取（如以图片发布）。', en: 'A standard table is missing or not machine-readable.' },
  messages: MESSAGES,
  check({ ex }) {
    if (ex.format === 'unknown' && !ex.tables.requests && !ex.tables.review && !ex.tables.active) return [sayTableMissing('no-table', 'warning', {})];
    return ex.problems.filter((p) => p.kind === 'table-missing').map((p) => sayTableMissing('missing', 'warning', problem(p)));
  },
};
