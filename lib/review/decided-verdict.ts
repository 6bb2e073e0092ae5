import type { CanonicalReport } from '../model/public-report';
import type { ReportVerdict } from '../model/verdict';
import { reportVerdict } from '../report/report-verdict';
import { publicFindingKey } from './rectification';
import type { Reviews } from './review';

/**
 * The verdict of a report kept as written (a history record's canonical report) after the auditor's
 * decisions on that report version (lib/review/review.ts): each finding's key recovered from its public
 * form (publicFindingKey), a dismissed (驳回) one not counted. What the history page says, as the popup does.
 * @example recordVerdict(record.report, { [key]: { status: 'dismissed', … } }) → { kind: 'error', errors: 4, …, dismissed: 1 }
 */
export function recordVerdict(report: CanonicalReport, reviews: Reviews | undefined): ReportVerdict {
  if (!reviews || Object.keys(reviews).length === 0) return reportVerdict(report);
  return reportVerdict(report, (i) => {
    const f = report.findings[i];
    const key = f ? publicFindingKey(f, reviews) : null;
    return key !== null && reviews[key]?.status === 'dismissed';
  });
}
