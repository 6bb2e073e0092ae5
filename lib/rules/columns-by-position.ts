import { problemText } from './helpers/problem-text';
import { sayer } from './note';
import type { Rule, RuleMessages } from './rule';
import { problem, type Problem, TABLE_EN, TABLE_ZH } from './helpers/problem-note';

declare module '../model/rule-ids' {
  interface RuleIds {
    'columns-by-position': true;
  }
}

/** Columns whose header labels could not be read are taken in template order: said plainly. */
const MESSAGES: RuleMessages<{ 'by-position': Problem }> = {
  zh: { 'by-position': (p) => `${TABLE_ZH[p.table]}：${problemText(p.table, p.detail)}` },
  en: { 'by-position': (p) => `${TABLE_EN[p.table]}: header labels not matched; columns read in template order` },
};
const sayColumnsByPosition = sayer('columns-by-position', MESSAGES);
export const columnsByPosition: Rule = {
  id: 'columns-by-position',
  severity: 'info',
  rank: 230,
  clause: '§3',
  clauseText: { section: '§3', text: 'No row or column may be added or removed: the columns keep the template’s order when their headers cannot be matched.' },
  summary: { zh: '表头未能逐列识别时按模板列序读取，并提示。', en: 'Columns read in template order when header labels cannot be matched.' },
  messages: MESSAGES,
  check({ ex }) {
    // a table of which no figure was read was read in no order at all: saying "template order" would be false
    // (a Markdown 表三 under a header that names its columns out of order is left unread, and cells-unread says why)
    const readSome = (table: keyof typeof ex.tables) =>
      Object.values(ex.tables[table] ?? {}).some((row) => Object.values(row).some((c) => c.note !== 'unread'));
    return ex.problems.filter((p) => p.kind === 'columns-by-position' && readSome(p.table)).map((p) => sayColumnsByPosition('by-position', 'info', problem(p)));
  },
};
