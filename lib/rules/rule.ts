import type { FullExtraction } from '../extract/map/build-extraction';
import type { Finding, RuleId, Severity, Text } from '../report/finding';

/** What every rule sees: the extraction and the narrative joined into one searchable text. */
export interface RuleContext {
  ex: FullExtraction;
  /** narrative lines joined with '\n' */
  text: string;
}

/** One consistency rule (one file each, id = file name). `check` returns findings and never throws on data. */
export interface Rule {
  id: RuleId;
  /** the worst severity this rule reports */
  severity: Severity;
  /** the clause of report-format.md §4 this rule enforces */
  clause: string;
  summary: Text;
  check(ctx: RuleContext): Finding[];
}
