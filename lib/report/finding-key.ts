import type { Finding } from '../model/finding';
import type { Reviews } from '../review/review';
import { sha256Hex } from '../text/content-hash';
import { noteText } from './render-finding';

/** The part of a finding that identifies it. */
export type KeyedFinding = Pick<Finding, 'rule' | 'code' | 'cells' | 'expected' | 'actual' | 'detail'>;

/**
 * What identifies a finding across visits: rule, cells, the two figures and, for a finding about the
 * narrative, what it says and the sentence it quotes (one sentence can hold two copy-paste traces:
 * 在县…指导下 and 我镇), hashed short. A decision is tied to the finding, so a change of tool version
 * that rewords a narrative note starts it afresh rather than attach it to another finding.
 */
export function findingKey(f: KeyedFinding): string {
  const d = f.detail;
  // a note is known by its Chinese words (as findings were before they carried codes, so decisions made then still apply)
  const quote = d.kind === 'note' || d.kind === 'compare' ? d.quote : undefined;
  const about = d.kind !== 'note' && quote === undefined ? '' : sha256Hex(`${quote ?? ''}|${noteText(f, 'zh')}`).slice(0, 16);
  return `${f.rule}|${f.cells.join(',')}|${f.expected ?? ''}|${f.actual ?? ''}|${about}`;
}

/**
 * The public report with each finding's decision attached (`review: {status, note, at}`), for the
 * JSON exports and the evidence file. `findings` are the checked findings the public ones were made
 * from, in the same order (toPublicReport keeps it). Findings without a decision are left as they are.
 */
export function withReviews<R extends { findings: object[] }>(report: R, findings: readonly KeyedFinding[], reviews: Reviews): R {
  return {
    ...report,
    findings: report.findings.map((f, i) => {
      const entry = findings[i] && reviews[findingKey(findings[i])];
      return entry ? { ...f, review: entry } : f;
    }),
  };
}
