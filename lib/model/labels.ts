import {
  type ActiveRowSpec,
  REQUEST_COLUMN_LABELS,
  REQUEST_ROW_LABELS,
  REVIEW_COLUMN_LABELS,
  REVIEW_GROUP_LABELS,
  type RequestColumn,
  type RequestRow,
  type ReviewColumn,
  type ReviewGroup,
} from './keys';
import {
  ACTIVE_ROW_LABELS_EN,
  activeColumnLabelEn,
  REQUEST_COLUMN_LABELS_EN,
  REQUEST_ROW_LABELS_EN,
  REVIEW_COLUMN_LABELS_EN,
  REVIEW_GROUP_LABELS_EN,
} from './labels-en';
import type { Lang } from './lang';

/*
 * A row's or a column's label in the interface language: the template's printed Chinese, or the English of
 * labels-en.ts. One lookup for cellLabel, the table copies and the batch workbook. Table 二's English falls
 * back to the printed label for a row or column it does not name.
 */
export const requestRowLabel = (row: RequestRow, lang: Lang): string => (lang === 'en' ? REQUEST_ROW_LABELS_EN : REQUEST_ROW_LABELS)[row];
export const requestColumnLabel = (col: RequestColumn, lang: Lang): string => (lang === 'en' ? REQUEST_COLUMN_LABELS_EN : REQUEST_COLUMN_LABELS)[col];
export const reviewGroupLabel = (group: ReviewGroup, lang: Lang): string => (lang === 'en' ? REVIEW_GROUP_LABELS_EN : REVIEW_GROUP_LABELS)[group];
export const reviewColumnLabel = (col: ReviewColumn, lang: Lang): string => (lang === 'en' ? REVIEW_COLUMN_LABELS_EN : REVIEW_COLUMN_LABELS)[col];
export const activeRowLabel = (row: Pick<ActiveRowSpec, 'key' | 'label'>, lang: Lang): string =>
  lang === 'en' ? (ACTIVE_ROW_LABELS_EN[row.key] ?? row.label) : row.label;
export const activeColumnLabel = (row: string, col: { key: string; label: string }, lang: Lang): string =>
  lang === 'en' ? (activeColumnLabelEn(row, col.key) ?? col.label) : col.label;
