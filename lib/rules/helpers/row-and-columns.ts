import { afterTable } from '../../model/cell-label';
import type { FullExtraction } from '../../extract/map/build-extraction';
import { parseCellPath } from '../../model/cell-ref';
import { outcomeRows, REQUEST_COLUMNS, REQUEST_PARTS, type RequestRow } from '../../model/keys';
import type { Finding, JointCheck } from '../../model/finding';
import { type JointViolation, proveJointlyViolated } from './prove-jointly';
import { proveViolated } from './prove-violated';
import type { ReadingIndex } from './reading-index';
import { columnName, requestColumnTerm, requestTerm, rowName } from './terms';

/**
 * A row of table 三 not read for sure, tried with the columns it stands in: each split that lets its own
 * 总计 add up (T3-B) may break a column (T3-A, T3-C) and the other way round, so that no check alone fails
 * under every reading, yet no reading satisfies them all (a misprinted 2519 in 31|2519|0|19|3|1|2568 leaves
 * 31|251|90|193|1|2|568 adding up in its row, but not in its columns). Null when some reading satisfies
 * them all, when one check already fails alone (its own rule says so), or when the readings are too many.
 */
export function rowAndColumns(ex: FullExtraction, row: RequestRow, readings: ReadingIndex): Finding | null {
  const t = ex.tables.requests;
  // a missing table or row has an absent 总计, never an unread one
  if (!requestColumnTerm(t, row, 'total').unread) return null;
  const outcomes = outcomeRows(ex.format, t);
  const name = rowName(row);
  const own: JointCheck = {
    subject: { zh: `表三${afterTable(name.zh)}·总计`, en: `Table 3, ${name.en}, total` },
    relation: 'sum',
    left: REQUEST_PARTS.map((c) => requestColumnTerm(t, row, c)),
    right: [requestColumnTerm(t, row, 'total')],
  };
  const checks: JointCheck[] = [own];
  for (const col of REQUEST_COLUMNS) {
    const n = columnName(col);
    if ((outcomes as readonly string[]).includes(row) || row === 'totalProcessed')
      checks.push({
        subject: { zh: `表三（七）总计·${n.zh}`, en: `Table 3 total processed, ${n.en}` },
        relation: 'sum',
        left: outcomes.map((r) => requestTerm(t, r, col)),
        right: [requestTerm(t, 'totalProcessed', col)],
      });
    if (['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward'].includes(row))
      checks.push({
        subject: { zh: `表三·${n.zh}列`, en: `Table 3, ${n.en} column` },
        relation: 'balance',
        left: [requestTerm(t, 'newReceived', col), requestTerm(t, 'carriedOver', col)],
        right: [requestTerm(t, 'totalProcessed', col), requestTerm(t, 'carriedForward', col)],
      });
  }
  if (checks.some((c) => proveViolated(c.relation, c.left, c.right, readings))) return null;
  const v = proveJointlyViolated(checks, readings) ?? ownRowOnly(checks, row, readings);
  if (!v) return null;
  // v.checks holds `own` (first, as ownRowOnly keeps it): its 总计 is said once, the set keeps the first
  const cells = [...new Set([...own.right, ...own.left, ...v.checks.flatMap((c) => c.right)].map((x) => x.path))];
  return {
    rule: 't3-row-total',
    severity: 'error',
    code: v.kind,
    cells,
    stated: own.right.map((x) => x.path),
    expected: null,
    actual: null,
    detail: { ...v, subject: { zh: `表三${name.zh}`, en: `Table 3, ${name.en}` } },
  };
}

/**
 * The checks in which this row is the only one not read, tried alone: when other rows are open too, their
 * readings multiplied with this row's are too many to try, yet 一 + 二 = （七） + 四 across the columns may
 * already fix every figure of （七）, and no split of its digits gives them. What no reading satisfies
 * among some of the checks, none satisfies among all.
 */
function ownRowOnly(checks: JointCheck[], row: RequestRow, readings: ReadingIndex): JointViolation | null {
  const own = checks.filter((c) => [...c.left, ...c.right].every((t) => !t.unread || parseCellPath(t.path)?.row === row));
  return own.length > 1 && own.length < checks.length ? proveJointlyViolated(own, readings) : null;
}
