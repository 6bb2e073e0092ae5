import { cellLabel } from '../model/cell-label';
import { parseCellPath } from '../model/cell-ref';
import type { Finding } from '../model/finding';
import type { Lang } from '../model/lang';
import type { PublicReport } from '../model/public-report';
import { plural } from '../text/plural';

/** A cell's figure as read (null: blank, not a number, or no such cell). */
function valueAt(tables: PublicReport['tables'], path: string): number | null {
  const ref = parseCellPath(path);
  if (!ref || ref.table === 'requestSubtotals') return null;
  return tables[ref.table]?.[ref.row]?.[ref.col]?.value ?? null;
}

/** Labels for a list: all of them up to `max`, else the first and the last. */
function few(paths: readonly string[], lang: Lang, max: number): string {
  if (paths.length <= max) return paths.map((c) => cellLabel(c, lang)).join(lang === 'zh' ? '、' : '; ');
  const [first] = paths;
  const last = paths.at(-1);
  // more than `max` paths: never empty
  if (first === undefined || last === undefined) return '';
  return `${cellLabel(first, lang)} … ${cellLabel(last, lang)}`;
}

/**
 * A finding's cells by their printed labels, as the popup and the CLI list them (without their "单元格："
 * head). Up to `max` cells: each one. More: the stated figures, the addends that are not 0 by name and how
 * many are 0 (a 21-term sum of 17 zeros names its 4 others); cells with no figure (blank, not read) are no
 * addends: they are counted apart as not checked. A long list with no stated figure is counted, its first
 * and last named. Null for a finding without cells.
 * @example cellsLine(t3OutcomeTotal, tables, 'zh') → '表三（七）总计·自然人，加数 表三（一）予以公开·自然人、…（其余 17 项为 0）'
 */
export function cellsLine(f: Pick<Finding, 'cells' | 'stated'>, tables: PublicReport['tables'], lang: Lang, max = 6): string | null {
  if (f.cells.length === 0) return null;
  const zh = lang === 'zh';
  if (f.cells.length <= max) return f.cells.map((c) => cellLabel(c, lang)).join(zh ? '、' : '; ');
  if (f.stated.length === 0) return zh ? `共 ${f.cells.length} 个（${few(f.cells, lang, max)}）` : `${f.cells.length} (${few(f.cells, lang, max)})`;
  const others = f.cells.filter((c) => !f.stated.includes(c));
  const nonzero = others.filter((c) => (valueAt(tables, c) ?? 0) !== 0);
  const zeros = others.filter((c) => valueAt(tables, c) === 0).length;
  const blank = others.length - nonzero.length - zeros;
  const stated = f.stated.map((c) => cellLabel(c, lang)).join(zh ? '、' : '; ');
  if (zh) {
    const addends =
      nonzero.length > 0 ? `，加数 ${few(nonzero, lang, max)}${zeros > 0 ? `（其余 ${zeros} 项为 0）` : ''}` : zeros > 0 ? `，${zeros} 个加数均为 0` : '';
    return `${stated}${addends}${blank > 0 ? `；另 ${blank} 个单元格未填数字，未核` : ''}`;
  }
  const addends =
    nonzero.length > 0
      ? `; addends ${few(nonzero, lang, max)}${zeros > 0 ? ` (the other ${zeros} are 0)` : ''}`
      : zeros > 0
        ? `; ${plural(zeros, 'addend')}, all 0`
        : '';
  return `${stated}${addends}${blank > 0 ? `; ${blank} more with no figure, not checked` : ''}`;
}
