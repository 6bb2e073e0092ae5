import { fixedWording } from './fixed-wording';
import { headingDuplicate } from './heading-duplicate';
import { headingNumbering } from './heading-numbering';
import { sectionEmpty } from './section-empty';
import { blankCells } from './blank-cells';
import { copyPasteTraces } from './copy-paste-traces';
import { countInteger } from './count-integer';
import { feeActiveTable } from './fee-active-table';
import { feeAmount } from './fee-amount';
import { feeCollected } from './fee-collected';
import { feeNoticeAmount } from './fee-notice-amount';
import { feeOverdueRow } from './fee-overdue-row';
import { feeParagraph } from './fee-paragraph';
import { feeUnpaid } from './fee-unpaid';
import { narrativeDocuments } from './narrative-documents';
import { narrativeNoRequests } from './narrative-no-requests';
import { narrativeOutcomes } from './narrative-outcomes';
import { narrativeProcessed } from './narrative-processed';
import { narrativeReceived } from './narrative-received';
import { narrativeReview } from './narrative-review';
import { numberSpacing } from './number-spacing';
import { publicationDate } from './publication-date';
import { reportYear } from './report-year';
import type { Rule } from './rule';
import { sections } from './sections';
import { cellsSplit } from './cells-split';
import { cellsUnread } from './cells-unread';
import { columnsByPosition } from './columns-by-position';
import { inputCapped } from './input-capped';
import { rowIncomplete } from './row-incomplete';
import { rowMissing } from './row-missing';
import { tableCandidates } from './table-candidates';
import { tableMissing } from './table-missing';
import { t3Balance } from './t3-balance';
import { t3OutcomeBound } from './t3-outcome-bound';
import { t3OutcomeTotal } from './t3-outcome-total';
import { t3RowTotal } from './t3-row-total';
import { t3Subtotal } from './t3-subtotal';
import { t4GroupTotal } from './t4-group-total';
import { templateYear } from './template-year';
import { titleForm } from './title-form';
import { totalBlank } from './total-blank';
import { ocrRead } from './ocr-read';

/** Ordered registry: the order findings are listed in within one severity. */
export const RULES: readonly Rule[] = [
  t3Balance,
  t3RowTotal,
  t3OutcomeTotal,
  t3Subtotal,
  t3OutcomeBound,
  t4GroupTotal,
  totalBlank,
  countInteger,
  feeAmount,
  tableMissing,
  rowMissing,
  rowIncomplete,
  columnsByPosition,
  cellsUnread,
  tableCandidates,
  inputCapped,
  cellsSplit,
  ocrRead,
  narrativeReceived,
  narrativeProcessed,
  narrativeOutcomes,
  narrativeReview,
  narrativeNoRequests,
  narrativeDocuments,
  feeParagraph,
  feeNoticeAmount,
  feeCollected,
  feeOverdueRow,
  feeUnpaid,
  feeActiveTable,
  sections,
  headingNumbering,
  headingDuplicate,
  sectionEmpty,
  fixedWording,
  reportYear,
  publicationDate,
  templateYear,
  titleForm,
  copyPasteTraces,
  numberSpacing,
  blankCells,
];
