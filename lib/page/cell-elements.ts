import { parseCellPath } from '../model/cell-ref';
import type { Cell, CellTable } from '../model/types';
import type { CheckResult } from '../pipeline';
import type { Finding } from '../model/finding';

/** The extraction cell behind a dotted path (`requests.denied.stateSecret.natural`), if any. */
export function cellAt(result: CheckResult, path: string): Cell | undefined {
  const ref = parseCellPath(path);
  if (!ref) return undefined;
  const ex = result.extraction;
  const source: CellTable | null = ref.table === 'requestSubtotals' ? ex.requestSubtotals : ex.tables[ref.table];
  return source?.[ref.row]?.[ref.col];
}

/**
 * The page elements of a finding's cells, split into the stated figure(s) and the addends, plus the
 * paths that have no element (flattened text, or a cell the page lacks).
 */
export function findingElements(result: CheckResult, finding: Finding): { stated: Element[]; addends: Element[]; missing: string[] } {
  const stated: Element[] = [];
  const addends: Element[] = [];
  const missing: string[] = [];
  for (const path of finding.cells) {
    const el = cellAt(result, path)?.source;
    if (!isElement(el)) {
      missing.push(path);
      continue;
    }
    const list = finding.stated.includes(path) ? stated : addends;
    if (!list.includes(el)) list.push(el);
  }
  return { stated, addends, missing };
}

function isElement(x: unknown): x is Element {
  return typeof x === 'object' && x !== null && 'getBoundingClientRect' in x;
}
