import { cellLabel } from '../model/cell-label';
import type { Finding } from '../model/finding';
import { eachCell } from './helpers/each-cell';
import { sayer } from './note';
import type { Rule, RuleMessages } from './rule';

declare module '../model/rule-ids' {
  interface RuleIds {
    'ocr-read': true;
  }
}

/** A figure OCR misread and the tables' equations corrected: its cell, what was read and the figure taken. */
type Fix = { path: string; read: string; taken: string };
/**
 * `read`: of the `checked` cells of 表三 and 表四, how many were proven, corrected (`fixes`), not proven and
 * not read; `active`: the cells of 表二 (no totals: never proven).
 */
type Tally = { checked: number; proven: number; unproven: number; unread: number; active: number; fixes: Fix[]; pictures?: boolean };

const MESSAGES: RuleMessages<{ read: Tally }> = {
  zh: {
    read: (t) =>
      `表格由${t.pictures ? '网页图片' : '扫描件'}识别（OCR）：表三、表四共 ${t.checked} 个单元格，${t.proven + t.fixes.length} 个经表内勾稽关系核验` +
      `（其中 ${t.fixes.length} 个按核验更正）、${t.unproven} 个未能核验、${t.unread} 个未能确定读取` +
      (t.active > 0 ? `；表二 ${t.active} 个单元格未经核验（OCR）` : '') +
      (t.fixes.length > 0 ? `。更正：${t.fixes.map((f) => `${cellLabel(f.path)}识别为“${f.read}”，按勾稽关系取 ${f.taken}`).join('；')}` : ''),
  },
  en: {
    read: (t) =>
      `Tables read from ${t.pictures ? 'the page’s pictures' : 'a scan'} (OCR): of ${t.checked} cells of tables 3 and 4, ${t.proven + t.fixes.length} proven by the table’s sums ` +
      `(${t.fixes.length} corrected), ${t.unproven} not proven, ${t.unread} not read` +
      (t.active > 0 ? `; ${t.active} cells of table 2 unverified (OCR)` : '') +
      (t.fixes.length > 0
        ? `. Corrected: ${t.fixes.map((f) => `${cellLabel(f.path, 'en')} read “${f.read}”, taken as ${f.taken} by the sums`).join('; ')}`
        : ''),
  },
};
const say = sayer('ocr-read', MESSAGES);

/**
 * A report read from a scan, or from a page's pictures of its tables, by OCR (lib/ocr): says which, and how far the template's own arithmetic
 * proved its figures — proven, corrected (a single misread located by a failed row and column,
 * set to one of the picture's readings), not proven, not read. 表二 has no totals: its figures are
 * 未经核验（OCR）. The corrected cells are listed, so a click shows them on the page image.
 */
export const ocrRead: Rule = {
  id: 'ocr-read',
  severity: 'info',
  rank: 280,
  clause: '§3 (OCR)',
  clauseText: {
    section: '§3 (OCR)',
    text: 'Scanned reports (issue 16): a figure read by OCR is accepted only when the template equations it sits in hold; a single misread is corrected only to one of the cell’s own readings; table 二 has no totals and stays unverified.',
  },
  summary: {
    zh: '表格由扫描件识别（OCR）：每个数字须经表内勾稽关系核验；表二无合计，未经核验。',
    en: 'Tables read from a scan (OCR): each figure must be proven by the table’s own sums; table 2 has none and is unverified.',
  },
  messages: MESSAGES,
  check({ ex }): Finding[] {
    const cells = eachCell(ex.tables).filter((c) => c.cell.ocr);
    if (cells.length === 0) return [];
    const checked = cells.filter((c) => c.table !== 'active');
    const count = (s: string) => checked.filter((c) => c.cell.ocr?.status === s).length;
    const corrected = checked.filter((c) => c.cell.ocr?.status === 'corrected');
    const active = cells.filter((c) => c.table === 'active').length;
    const fixes = corrected.flatMap((c) => (c.cell.ocr ? [{ path: c.path, read: c.cell.ocr.read, taken: c.cell.raw }] : []));
    // a web page's pictures of its tables (识别表格图片) are no scan: readScan marked the reading so (an
    // input-capped problem, the one kind with that code)
    const pictures = ex.problems.some((p) => p.detail?.code === 'ocr-pictures');
    const tally = { checked: checked.length, proven: count('proven'), unproven: count('unproven'), unread: count('unread'), active, fixes, pictures };
    return [say('read', 'info', tally, { cells: corrected.map((c) => c.path) })];
  },
};
