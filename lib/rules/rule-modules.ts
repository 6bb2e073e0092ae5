// Written by `npm run rules` (scripts/rule-modules.ts) from the rule modules in lib/rules/ and lib/rules/cross-year/:
// do not edit. tests/unit/rules/registry.test.ts fails when it is stale.
import type { CrossYearRule } from './cross-year/cross-year-rule';
import type { Rule } from './rule';
import { blankCells } from './blank-cells';
import { cellsSplit } from './cells-split';
import { cellsUnread } from './cells-unread';
import { columnsByPosition } from './columns-by-position';
import { copyPasteTraces } from './copy-paste-traces';
import { countInteger } from './count-integer';
import { crossYearAppeared } from './cross-year/cross-year-appeared';
import { crossYearCarryOver } from './cross-year/cross-year-carry-over';
import { crossYearEffective } from './cross-year/cross-year-effective';
import { crossYearItems } from './cross-year/cross-year-items';
import { crossYearRatio } from './cross-year/cross-year-ratio';
import { crossYearSameNarrative } from './cross-year/cross-year-same-narrative';
import { crossYearSameTables } from './cross-year/cross-year-same-tables';
import { feeActiveTable } from './fee-active-table';
import { feeAmount } from './fee-amount';
import { feeCollected } from './fee-collected';
import { feeNoticeAmount } from './fee-notice-amount';
import { feeOverdueRow } from './fee-overdue-row';
import { feeParagraph } from './fee-paragraph';
import { feeUnpaid } from './fee-unpaid';
import { fixedWording } from './fixed-wording';
import { headingDuplicate } from './heading-duplicate';
import { headingNumbering } from './heading-numbering';
import { inputCapped } from './input-capped';
import { narrativeDocuments } from './narrative-documents';
import { narrativeNoRequests } from './narrative-no-requests';
import { narrativeOutcomes } from './narrative-outcomes';
import { narrativeProcessed } from './narrative-processed';
import { narrativeReceived } from './narrative-received';
import { narrativeReview } from './narrative-review';
import { numberSpacing } from './number-spacing';
import { ocrRead } from './ocr-read';
import { publicationDate } from './publication-date';
import { reportYear } from './report-year';
import { rowIncomplete } from './row-incomplete';
import { rowMissing } from './row-missing';
import { sectionEmpty } from './section-empty';
import { sections } from './sections';
import { t2EffectiveBound } from './t2-effective-bound';
import { t3Balance } from './t3-balance';
import { t3OutcomeBound } from './t3-outcome-bound';
import { t3OutcomeTotal } from './t3-outcome-total';
import { t3RowTotal } from './t3-row-total';
import { t3Subtotal } from './t3-subtotal';
import { t4GroupTotal } from './t4-group-total';
import { tableCandidates } from './table-candidates';
import { tableMissing } from './table-missing';
import { templateYear } from './template-year';
import { titleForm } from './title-form';
import { totalBlank } from './total-blank';

/** Every same-year rule (lib/rules/*.ts), by path: lib/rules/same-year-rules.ts puts them in rank order. */
// biome-ignore format: written by npm run rules, one rule a line
export const SAME_YEAR_MODULES: readonly Rule[] = [
  blankCells,
  cellsSplit,
  cellsUnread,
  columnsByPosition,
  copyPasteTraces,
  countInteger,
  feeActiveTable,
  feeAmount,
  feeCollected,
  feeNoticeAmount,
  feeOverdueRow,
  feeParagraph,
  feeUnpaid,
  fixedWording,
  headingDuplicate,
  headingNumbering,
  inputCapped,
  narrativeDocuments,
  narrativeNoRequests,
  narrativeOutcomes,
  narrativeProcessed,
  narrativeReceived,
  narrativeReview,
  numberSpacing,
  ocrRead,
  publicationDate,
  reportYear,
  rowIncomplete,
  rowMissing,
  sectionEmpty,
  sections,
  t2EffectiveBound,
  t3Balance,
  t3OutcomeBound,
  t3OutcomeTotal,
  t3RowTotal,
  t3Subtotal,
  t4GroupTotal,
  tableCandidates,
  tableMissing,
  templateYear,
  titleForm,
  totalBlank,
];

/** Every cross-year rule (lib/rules/cross-year/*.ts), by path: lib/rules/cross-year/index.ts puts them in rank order. */
// biome-ignore format: written by npm run rules, one rule a line
export const CROSS_YEAR_MODULES: readonly CrossYearRule[] = [
  crossYearAppeared,
  crossYearCarryOver,
  crossYearEffective,
  crossYearItems,
  crossYearRatio,
  crossYearSameNarrative,
  crossYearSameTables,
];
