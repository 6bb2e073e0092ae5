import { OUTCOME_ROWS_2019, OUTCOME_ROWS_2021, REQUEST_COLUMNS, REVIEW_COLUMNS, REVIEW_GROUPS } from '../../lib/model/keys';

/**
 * One identity the template itself states or implies (report-format.md §4.1–4.2), written out on cell paths
 * so the instrument knows, without our rules, which checks a changed figure breaks: Σleft = Σright.
 */
export interface TemplateCheck {
  /** T3-A 一+二=（七）+四 per column, T3-B the row's 总计, T3-C （七） = its outcomes, T4 a group's 总计 */
  clause: 'T3-A' | 'T3-B' | 'T3-C' | 'T4';
  left: string[];
  right: string[];
}

/** The identities over the cells a report prints (a single （六） row when `requests.other.total` is there). */
export function templateChecks(paths: ReadonlySet<string>): TemplateCheck[] {
  const single = paths.has('requests.other.total');
  const outcomes = single ? OUTCOME_ROWS_2019 : OUTCOME_ROWS_2021;
  const rows = ['newReceived', 'carriedOver', ...outcomes, 'totalProcessed', 'carriedForward'];
  const checks: TemplateCheck[] = [];
  for (const r of rows) checks.push({ clause: 'T3-B', left: [`requests.${r}.total`], right: REQUEST_COLUMNS.slice(0, 6).map((c) => `requests.${r}.${c}`) });
  for (const c of REQUEST_COLUMNS) {
    checks.push({
      clause: 'T3-A',
      left: [`requests.newReceived.${c}`, `requests.carriedOver.${c}`],
      right: [`requests.totalProcessed.${c}`, `requests.carriedForward.${c}`],
    });
    checks.push({ clause: 'T3-C', left: [`requests.totalProcessed.${c}`], right: outcomes.map((r) => `requests.${r}.${c}`) });
  }
  for (const g of REVIEW_GROUPS) checks.push({ clause: 'T4', left: [`review.${g}.total`], right: REVIEW_COLUMNS.slice(0, 4).map((c) => `review.${g}.${c}`) });
  return checks.filter((k) => [...k.left, ...k.right].every((p) => paths.has(p)));
}

/** Whether a check holds on the given values; null when an operand is blank (not assessable). */
export function holds(check: TemplateCheck, values: ReadonlyMap<string, number | null>): boolean | null {
  const sum = (paths: string[]) => paths.reduce<number | null>((s, p) => (s === null || values.get(p) == null ? null : s + values.get(p)!), 0);
  const [l, r] = [sum(check.left), sum(check.right)];
  return l === null || r === null ? null : l === r;
}

/** The checks containing `path` that the values break (every one of them, if the values were consistent before). */
export function brokenChecks(path: string, values: ReadonlyMap<string, number | null>): TemplateCheck[] {
  return templateChecks(new Set(values.keys())).filter((k) => (k.left.includes(path) || k.right.includes(path)) && holds(k, values) === false);
}

/**
 * A report whose every cell prints a figure and whose figures satisfy every identity: what a mutant starts
 * from (a blank 总计 beside figures is the template's own error, total-blank).
 */
export function isConsistent(values: ReadonlyMap<string, number | null>): boolean {
  return [...values.values()].every((v) => v !== null) && templateChecks(new Set(values.keys())).every((k) => holds(k, values) === true);
}
