/** lib/review, part of the report stage: what the outside uses, re-exported whole by #lib/report (npm run rewrite-imports adds to it). */
export {
  parseRectifications,
  RECTIFICATION_STATUS_NAMES,
  RECTIFICATION_STATUSES,
  type RectificationEntry,
  type RectificationRow,
  rectificationRows,
  type Rectifications,
} from './rectification';
export { REVIEW_LABELS, ReviewEntry, Reviews, reviewStorageKey } from './review';
