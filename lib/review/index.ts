/** lib/review: what the shells and the CLI use (scripts/rewrite-imports.ts adds what a new shell import needs). */

export { reviewKeysToPrune, type StoredReviews } from './prune-reviews';
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
