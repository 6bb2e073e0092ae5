import { crossYearAppeared } from './cross-year-appeared';
import { crossYearCarryOver } from './cross-year-carry-over';
import { crossYearEffective } from './cross-year-effective';
import { crossYearItems } from './cross-year-items';
import { crossYearRatio } from './cross-year-ratio';
import type { CrossYearRule } from './cross-year-rule';
import { crossYearSameNarrative } from './cross-year-same-narrative';
import { crossYearSameTables } from './cross-year-same-tables';

/** Ordered registry of the cross-year rules (report-format.md §4.5; X-4, the regional sum, needs batch mode). */
export const CROSS_YEAR_RULES: readonly CrossYearRule[] = [
  crossYearCarryOver,
  crossYearEffective,
  crossYearSameTables,
  crossYearSameNarrative,
  crossYearRatio,
  crossYearAppeared,
  crossYearItems,
];
