import fc from 'fast-check';
import { OUTCOME_ROWS_2021, REQUEST_COLUMNS, REVIEW_GROUPS } from '../../lib/model/keys';

/** Canonical values of a report: table → row → column → number (output.md keys). */
export type Values = Record<'active' | 'requests' | 'review', Record<string, Record<string, number>>>;

const APPLICANTS = REQUEST_COLUMNS.filter((c) => c !== 'total');
const count = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 41, max: 3000 }) },
);

/**
 * A random report that satisfies every arithmetic rule: outcomes and carry-forward are drawn per
 * applicant column, 一 is derived so that 一 + 二 = （七） + 四, every 总计 is the sum of its parts, and
 * 表二's 现行有效 is at least 本年制发 − 本年废止.
 */
export const consistentReport: fc.Arbitrary<Values> = fc
  .record({
    outcomes: fc.array(fc.array(count, { minLength: 6, maxLength: 6 }), { minLength: 21, maxLength: 21 }),
    forward: fc.array(count, { minLength: 6, maxLength: 6 }),
    carriedShare: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
    review: fc.array(fc.array(count, { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 }),
    active: fc.array(count, { minLength: 9, maxLength: 9 }),
    feeTenThousandths: fc.integer({ min: 0, max: 500_000_000 }),
  })
  .map(({ outcomes, forward, carriedShare, review, active, feeTenThousandths }) => {
    const requests: Record<string, Record<string, number>> = {};
    const row = (key: string, values: number[]) => {
      requests[key] = Object.fromEntries([...APPLICANTS.map((c, i) => [c, values[i]!]), ['total', values.reduce((a, b) => a + b, 0)]]);
    };
    OUTCOME_ROWS_2021.forEach((key, i) => row(key, outcomes[i]!));
    const processed = APPLICANTS.map((_, c) => outcomes.reduce((s, r) => s + r[c]!, 0));
    const carried = processed.map((p, c) => Math.floor((p + forward[c]!) * carriedShare[c]!));
    row('totalProcessed', processed);
    row('carriedForward', forward);
    row('carriedOver', carried);
    row(
      'newReceived',
      processed.map((p, c) => p + forward[c]! - carried[c]!),
    );
    const reviewTable = Object.fromEntries(
      REVIEW_GROUPS.map((g, i) => {
        const [upheld, corrected, other, pending] = review[i]!;
        return [g, { upheld: upheld!, corrected: corrected!, other: other!, pending: pending!, total: upheld! + corrected! + other! + pending! }];
      }),
    );
    const [a, b, c, d, e, f, g, h, k] = active;
    return {
      requests,
      review: reviewTable,
      active: {
        // what is in force includes what was issued this year and not repealed (X-2: t2-effective-bound)
        regulations: { issued: a!, repealed: b!, effective: Math.max(c!, a! - b!) },
        normativeDocuments: { issued: d!, repealed: e!, effective: Math.max(f!, d! - e!) },
        licensing: { count: g! },
        punishment: { count: h! },
        enforcement: { count: k! },
        fees: { amount: feeTenThousandths / 10000 },
      },
    };
  });
