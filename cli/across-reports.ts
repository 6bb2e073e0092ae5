import { batchPublication, batchRollUp } from '#lib/batch';
import type { Finding } from '#lib/model';
import type { Outcome } from './outcome';

/** An outcome whose report the checks across reports gave more findings, and those findings. */
export interface AcrossFound {
  outcome: Outcome;
  findings: Finding[];
}

/**
 * The checks that need every report of the run, as the batch page makes them once a batch is over and
 * with the same functions on the same rows: each government's 汇总 against its area's reports of the
 * same year (X-4, lib/batch/batch-roll-up.ts) and the same agency and year under two inputs with other
 * figures (publication-conflict, lib/batch/batch-publication.ts; the CLI keeps no history, so there is
 * no earlier check of an address to compare with). Returns every outcome, those concerned with the
 * findings added to their report and workbook row, and the list of what was added, in input order.
 */
export function acrossReports(outcomes: readonly Outcome[]): { outcomes: Outcome[]; found: AcrossFound[] } {
  const before = outcomes.map((o) => o.row);
  const after = batchPublication(batchRollUp(before), []);
  const found: AcrossFound[] = [];
  const merged = outcomes.map((o, i) => {
    // batchPublication and batchRollUp return the rows they are given, in order, one for one
    const row = after[i];
    const was = before[i];
    if (!row || row === was || !row.report) return o;
    const outcome = { ...o, row, report: row.report };
    found.push({ outcome, findings: row.report.findings.slice(was?.report?.findings.length ?? 0) });
    return outcome;
  });
  return { outcomes: merged, found };
}
