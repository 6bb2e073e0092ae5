import { cellLabel } from '../report/cell-label';
import type { Finding } from '../report/finding';
import { eachCell } from './each-cell';
import { note } from './note';
import type { Rule } from './rule';

/**
 * A report read from a scan by OCR (lib/ocr): says so, and how far the template's own arithmetic
 * proved its figures — proven, corrected (a single misread located by a failed row and column,
 * set to one of the picture's readings), not proven, not read. 表二 has no totals: its figures are
 * 未经核验（OCR）. The corrected cells are listed, so a click shows them on the page image.
 */
export const ocrRead: Rule = {
  id: 'ocr-read',
  severity: 'info',
  clause: '§3 (OCR)',
  summary: {
    zh: '表格由扫描件识别（OCR）：每个数字须经表内勾稽关系核验；表二无合计，未经核验。',
    en: 'Tables read from a scan (OCR): each figure must be proven by the table’s own sums; table 2 has none and is unverified.',
  },
  check({ ex }): Finding[] {
    const cells = eachCell(ex.tables).filter((c) => c.cell.ocr);
    if (cells.length === 0) return [];
    const checked = cells.filter((c) => c.table !== 'active');
    const count = (s: string) => checked.filter((c) => c.cell.ocr!.status === s).length;
    const corrected = checked.filter((c) => c.cell.ocr!.status === 'corrected');
    const active = cells.filter((c) => c.table === 'active').length;
    const fixes = corrected.map((c) => `${cellLabel(c.path)}识别为“${c.cell.ocr!.read}”，按勾稽关系取 ${c.cell.raw}`);
    const zh =
      `表格由扫描件识别（OCR）：表三、表四共 ${checked.length} 个单元格，${count('proven') + corrected.length} 个经表内勾稽关系核验` +
      `（其中 ${corrected.length} 个按核验更正）、${count('unproven')} 个未能核验、${count('unread')} 个未能确定读取` +
      (active > 0 ? `；表二 ${active} 个单元格未经核验（OCR）` : '') +
      (fixes.length > 0 ? `。更正：${fixes.join('；')}` : '');
    const en =
      `Tables read from a scan (OCR): of ${checked.length} cells of tables 3 and 4, ${count('proven') + corrected.length} proven by the table’s sums ` +
      `(${corrected.length} corrected), ${count('unproven')} not proven, ${count('unread')} not read` +
      (active > 0 ? `; ${active} cells of table 2 unverified (OCR)` : '');
    return [note('ocr-read', 'info', zh, en, { cells: corrected.map((c) => c.path) })];
  },
};
