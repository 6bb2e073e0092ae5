import type { ReportFacts } from '../model/public-report';
import { unreadCells } from '../model/read-state';
import { denominatorOperands, RATES, VOLUMES, type DenominatorId, type RateId, type VolumeId } from './rate-definitions';
import { sumOperands, type MissingOperand } from './sum-operands';

/**
 * One rate of one report: numerator and denominator as read, the rate (a fraction, 0.15 for 15%) or
 * null with the reason. `disputed`: an operand is a cell of one of the report's own error findings, so
 * the rate rests on figures the report contradicts.
 */
export interface RateValue {
  id: RateId;
  denominatorId: DenominatorId;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  /** why there is no value: operands without a figure, or a denominator of 0 */
  missing: MissingOperand[];
  zeroDenominator: boolean;
  disputed: boolean;
}

export interface VolumeValue {
  id: VolumeId;
  value: number | null;
  missing: MissingOperand[];
}

/** The rates and volumes of one report, in RATES order. */
export interface AgencyRates {
  rates: RateValue[];
  volumes: VolumeValue[];
}

/**
 * Every rate of one canonical report, from 表三's 总计 column and 表四. A blank, unread or absent
 * operand gives no value, and so does a denominator of 0 (no cases decided is no rate, not 0%).
 * @example agencyRates(report).rates.find((r) => r.id === 'substantive') → { numerator: 3, denominator: 20, value: 0.15, … }
 */
export function agencyRates(report: Pick<ReportFacts, 'tables' | 'findings'>): AgencyRates {
  const unread = unreadCells(report);
  const errorCells = new Set(report.findings.filter((f) => f.severity === 'error').flatMap((f) => f.cells));
  const requests = report.tables.requests;
  const rates = RATES.map((def): RateValue => {
    const num = sumOperands(report, def.numerator(requests), unread);
    const den = sumOperands(report, denominatorOperands(def.denominator, requests), unread);
    const zero = den.value === 0;
    const value = num.value === null || den.value === null || zero ? null : num.value / den.value;
    return {
      id: def.id,
      denominatorId: def.denominator,
      numerator: num.value,
      denominator: den.value,
      value,
      missing: [...num.missing, ...den.missing],
      zeroDenominator: zero,
      disputed: [...num.paths, ...den.paths].some((p) => errorCells.has(p)),
    };
  });
  const volumes = VOLUMES.map((v): VolumeValue => {
    const s = sumOperands(report, v.operands, unread);
    return { id: v.id, value: s.value, missing: s.missing };
  });
  return { rates, volumes };
}
