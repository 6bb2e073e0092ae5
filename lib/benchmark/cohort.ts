import { agencyKind } from '../detect/agency-kind';
import type { Bilingual } from '../model/lang';

/**
 * The groups agencies are compared within: a 部门 is not measured against a 县级以上人民政府 (whose report
 * sums its area) nor a 乡镇街道; mixing them was the peer's main fault. `unknown`: the name does not say.
 */
export const COHORTS = ['department', 'government', 'township', 'unknown'] as const;
export type Cohort = (typeof COHORTS)[number];

export const COHORT_NAMES: Record<Cohort, Bilingual> = {
  department: { zh: '部门', en: 'Departments' },
  government: { zh: '县级以上政府', en: 'Governments (county and above)' },
  township: { zh: '乡镇街道', en: 'Townships and sub-districts' },
  unknown: { zh: '未分类', en: 'Unclassified' },
};

/**
 * The cohort of an agency: the user's correction where given (keyed by agencyKey), else the kind its
 * name tells (lib/detect/agency-kind.ts).
 * @example cohortOf('淮安市洪泽区人民政府', null) → { cohort: 'government', source: 'inferred' }
 */
export function cohortOf(
  agency: string | null,
  title: string | null,
  corrections: ReadonlyMap<string, Cohort> = new Map(),
  key: string | null = null,
): { cohort: Cohort; source: 'inferred' | 'user' } {
  const corrected = key === null ? undefined : corrections.get(key);
  if (corrected) return { cohort: corrected, source: 'user' };
  return { cohort: agencyKind(agency, title), source: 'inferred' };
}

/**
 * A cohort named on the command line or in a stored correction, in either language or by key.
 * @example parseCohort('部门') → 'department'
 */
export function parseCohort(text: string): Cohort | null {
  const t = text.trim();
  for (const c of COHORTS) if (t === c || t === COHORT_NAMES[c].zh) return c;
  if (/^(乡镇|街道|乡镇街道)$/.test(t)) return 'township';
  if (/^(政府|县级以上政府|县级以上人民政府)$/.test(t)) return 'government';
  return null;
}
