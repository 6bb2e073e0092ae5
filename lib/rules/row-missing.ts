import { activeRows, type Format, REQUEST_ROW_LABELS, requestRows, type RequestRow } from '../model/keys';
import type { Finding } from '../model/finding';
import { rowLabel } from '../model/cell-label';
import { plural } from '../text/plural';
import { sayer } from './note';
import type { Rule, RuleMessages } from './rule';

declare module '../model/rule-ids' {
  interface RuleIds {
    'row-missing': true;
  }
}

/** No row may be added or removed in the template (§3): every canonical row of a present table. */
const MESSAGES: RuleMessages<{ 'requests-rows': { rows: RequestRow[] }; 'active-rows': { rows: string[]; format: Format }; regulations: object }> = {
  zh: {
    'requests-rows': ({ rows }) => `表三缺少 ${rows.length} 行：${rows.map((r) => REQUEST_ROW_LABELS[r]).join('、')}`,
    'active-rows': ({ rows, format }) => `表二缺少：${rows.map((r) => activeRows(format).find((s) => s.key === r)?.label ?? r).join('、')}`,
    regulations: () => '表二未列“规章”行（无规章制定权的机关常省略此行；模板要求保留并填 0 或“/”）',
  },
  en: {
    'requests-rows': ({ rows }) => `Table 3 lacks ${plural(rows.length, 'row')}: ${rows.map((r) => rowLabel('requests', r, 'en')).join('; ')}`,
    'active-rows': ({ rows }) => `Table 2 lacks: ${rows.map((r) => rowLabel('active', r, 'en')).join(', ')}`,
    regulations: () => 'Table 2 has no 规章 row (often dropped by bodies that cannot make 规章; the template keeps it)',
  },
};
const sayRowMissing = sayer('row-missing', MESSAGES);
export const rowMissing: Rule = {
  id: 'row-missing',
  severity: 'warning',
  rank: 210,
  clause: 'D-1 / §3',
  clauseText: { section: '§4.6 D-1 / §3', text: 'Missing a table ⇒ WARN (D-1). No row or column may be added or removed (§3).' },
  summary: { zh: '标准表格缺少模板规定的行。', en: 'A standard table lacks a row of the template.' },
  messages: MESSAGES,
  check({ ex }) {
    const out: Finding[] = [];
    const req = ex.tables.requests;
    if (req) {
      const missing = requestRows(ex.format, ex.tables.requests).filter((r) => !req[r]);
      if (missing.length > 0) out.push(sayRowMissing('requests-rows', 'warning', { rows: missing }));
    }
    const act = ex.tables.active;
    if (act) {
      const missing = activeRows(ex.format).filter((r) => !act[r.key] && r.key !== 'otherDocuments');
      // a body without the power to make 规章 often drops that row: the template keeps it, but nothing is wrong with the figures
      const others = missing.filter((r) => r.key !== 'regulations').map((r) => r.key);
      if (others.length > 0) out.push(sayRowMissing('active-rows', 'warning', { rows: others, format: ex.format }));
      if (missing.some((r) => r.key === 'regulations')) out.push(sayRowMissing('regulations', 'info', {}));
    }
    return out;
  },
};
