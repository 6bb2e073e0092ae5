import type { Finding } from '../model/finding';
import { PUBLICATION_CHANGED_MESSAGES, PUBLICATION_CONFLICT_MESSAGES } from '../rules/across-reports';
import { sayer } from '../rules/note';
import type { PublicationChange, PublicationConflict } from './publication-changes';
import type { TwoYearCell } from './two-year-tables';

const sayChanged = sayer('publication-changed', PUBLICATION_CHANGED_MESSAGES);
const sayConflict = sayer('publication-conflict', PUBLICATION_CONFLICT_MESSAGES);
const changed = (cells: readonly TwoYearCell[]) => cells.map((c) => ({ path: c.path, before: c.before, after: c.after }));

/**
 * `publication-changed` (info): the report at this address is not what was checked there last (its date),
 * and what changed — the figures with both values, how many narrative lines were added and removed. The
 * changed cells are this report's, so a click outlines them.
 */
export function publicationChangedFinding(change: PublicationChange): Finding {
  const { cells, added, removed } = change.diff;
  return sayChanged(
    'changed',
    'info',
    { checkedAt: change.previous.checkedAt, cells: changed(cells), added: added.length, removed: removed.length },
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
  return sayConflict(
    'conflict',
    'warning',
    { agency: conflict.agency, year: conflict.year, url: other.url, cells: changed(cells) },
    { cells: cells.map((c) => c.path), expected: null, actual: cells.length },
  );
}
