import type { Cell, CellTable } from '../model/types';
import type { CheckResult } from '../pipeline';
import type { Finding } from '../model/finding';

/** The extraction cell behind a dotted path (`requests.denied.stateSecret.natural`), if any. */
export function cellAt(result: CheckResult, path: string): Cell | undefined {
  const first = path.indexOf('.');
  const last = path.lastIndexOf('.');
  if (first < 0 || last <= first) return undefined;
  const table = path.slice(0, first);
  const row = path.slice(first + 1, last);
  const col = path.slice(last + 1);
  const ex = result.extraction;
  const source: CellTable | null =
    table === 'requestSubtotals' ? ex.requestSubtotals : table === 'active' || table === 'requests' || table === 'review' ? ex.tables[table] : null;
  return source?.[row]?.[col];
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
