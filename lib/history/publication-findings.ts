import { cellLabel } from '../report/cell-label';
import type { Finding } from '../report/finding';
import { plural } from '../text/plural';
import { note } from '../rules/note';
import type { PublicationChange, PublicationConflict } from './publication-changes';
import type { TwoYearCell } from './two-year-tables';

const SHOWN = 6;
const at = (iso: string) => iso.slice(0, 16).replace('T', ' ');
const blank = (s: string) => (s === '' ? '□' : s);

function cellChanges(cells: readonly TwoYearCell[], lang: 'zh' | 'en'): string {
  const shown = cells.slice(0, SHOWN).map((c) => `${cellLabel(c.path, lang)} ${blank(c.before)}→${blank(c.after)}`);
  const more = cells.length > SHOWN ? (lang === 'zh' ? ` 等 ${cells.length} 处` : ` and ${cells.length - SHOWN} more`) : '';
  return shown.join(lang === 'zh' ? '、' : '; ') + more;
}

/**
 * `publication-changed` (info): the report at this address is not what was checked there last (its date),
 * and what changed — the figures with both values, how many narrative lines were added and removed. The
 * changed cells are this report's, so a click outlines them.
 */
export function publicationChangedFinding(change: PublicationChange): Finding {
  const { cells, added, removed } = change.diff;
  const when = at(change.previous.checkedAt);
  const zhCells = cells.length > 0 ? `表格 ${cells.length} 处数字不同：${cellChanges(cells, 'zh')}` : '表格数字未变';
  const enCells = cells.length > 0 ? `${plural(cells.length, 'figure')} differ: ${cellChanges(cells, 'en')}` : 'the figures are the same';
  return note(
    'publication-changed',
    'info',
    `本报告自上次核查（${when}）以来已被修改：${zhCells}；正文新增 ${added.length} 段、删去 ${removed.length} 段`,
    `This report was changed since it was last checked (${when}): ${enCells}; ${plural(added.length, 'paragraph')} added, ${removed.length} removed in the text`,
    { cells: cells.map((c) => c.path), expected: null, actual: cells.length },
  );
}

/**
 * `publication-conflict` (warning), for the copy at `side`: the same agency and year at another address
 * with other figures, each differing cell with this copy's figure and the other's.
 */
export function publicationConflictFinding(conflict: PublicationConflict, side: 'a' | 'b'): Finding {
  const other = side === 'a' ? conflict.b : conflict.a;
  const cells = side === 'a' ? conflict.cells : conflict.cells.map((c) => ({ ...c, before: c.after, after: c.before }));
  return note(
    'publication-conflict',
    'warning',
    `${conflict.agency}${conflict.year}年报告在另一网址（${other.url}）的数字不同，${cells.length} 处（本网址→另一网址）：${cellChanges(cells, 'zh')}`,
    `The ${conflict.year} report of ${conflict.agency} at another address (${other.url}) has other figures, ${cells.length} (here→there): ${cellChanges(cells, 'en')}`,
    { cells: cells.map((c) => c.path), expected: null, actual: cells.length },
  );
}
