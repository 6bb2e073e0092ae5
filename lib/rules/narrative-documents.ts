import type { Rule } from './rule';
import { note } from './note';
import { findSentence, figure } from './sentences';

/**
 * N-7 (info only): a count of 规范性文件 in the text against 表二 本年制发件数. Different measures
 * (items published vs documents made; seed 001 says 10 where the table has 12), so never a warning.
 */
export const narrativeDocuments: Rule = {
  id: 'narrative-documents',
  severity: 'info',
  clause: 'N-7',
  summary: {
    zh: '正文规范性文件条数与表二本年制发件数不同时提示（口径可能不同）。',
    en: 'Narrative count of normative documents vs table 2 issued (info: different measures).',
  },
  check({ ex, text }) {
    const cell = ex.tables.active?.normativeDocuments?.issued;
    const hit = findSentence(text, /规范性文件[^\d。；，,]{0,4}(\d+)\s*(?:件|条|个|份)/);
    if (!cell || cell.value === null || !hit || figure(hit.match[1]!) === cell.value) return [];
    const said = figure(hit.match[1]!);
    return [
      note(
        'narrative-documents',
        'info',
        `正文称规范性文件 ${said} 件（条），表二行政规范性文件本年制发 ${cell.value} 件；口径可能不同，请核实`,
        `The narrative counts ${said} normative documents; table 2 says ${cell.value} issued (may be a different measure)`,
        { cells: ['active.normativeDocuments.issued'], quote: hit.quote, expected: cell.value, actual: said },
      ),
    ];
  },
};
