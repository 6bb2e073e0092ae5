import type { CellNote } from '../parse/parse-number';
import type { Format, RequestColumn, ReviewColumn, ReviewGroup } from './keys';

/** Where a cell was found: 0-based index of the table in its document and its span-expanded grid position. */
export interface CellAt {
  table: number;
  row: number;
  col: number;
}

/** One value cell of a standard table. `value` is null for blank, "/", "-", "—", unreadable text. */
export interface Cell {
  value: number | null;
  raw: string;
  note?: CellNote;
  unit?: string;
  at?: CellAt;
  /** Opaque handle to the source element (a DOM Element in the extension); never serialised. */
  source?: unknown;
  /** read from a scan by OCR (lib/ocr): how sure, what else the picture allows, whether the arithmetic proved it */
  ocr?: OcrMark;
}

/**
 * How a figure of a scanned report was read: the recogniser's confidence, its other readings, and
 * what the template's arithmetic made of it (`proven`: an equation it sits in holds; `corrected`: a
 * single misread located by a failed row and column and set to one of the picture's own readings;
 * `unproven`: read, but no equation could confirm it; `unread`: left to the auditor).
 */
export interface OcrMark {
  confidence: number;
  /** the recogniser's readings of a figure, best first, with their probabilities */
  alternatives: { text: string; p: number }[];
  /** what the recogniser read first (differs from the cell's text when corrected) */
  read: string;
  status: 'proven' | 'corrected' | 'unproven' | 'unread';
  /** where the cell is printed: 1-based page and box in PDF points (origin bottom left) */
  page: number;
  box: { x: number; y: number; w: number; h: number };
}

/** rowKey → colKey → cell (table 四: groupKey → colKey → cell). */
export type CellTable = Record<string, Record<string, Cell>>;

export interface ReportTables {
  active: CellTable | null;
  requests: CellTable | null;
  review: CellTable | null;
}

export type TableName = keyof ReportTables;

/**
 * Something the extractor could not do, kept so that nothing is lost silently. (`input-capped`: a reading
 * limit was reached, e.g. a PDF's pages; its `table` names none in particular.)
 */
export interface ExtractionProblem {
  kind:
    | 'table-missing'
    | 'row-missing'
    | 'row-incomplete'
    | 'columns-by-position'
    | 'extra-row'
    | 'cells-split'
    | 'cells-unread'
    | 'table-candidates'
    | 'input-capped';
  table: TableName;
  /** canonical row key or printed label */
  row?: string;
  /** what exactly could not be done, as data (the rules word it: lib/rules/helpers/problem-text.ts) */
  detail?: ProblemDetail;
  /** the cells concerned (cells-unread: the cells left empty because their figures were not read) */
  cells?: string[];
  /** input-capped: the narrative was cut too, so what it does not say cannot be judged (narrativeCut) */
  narrative?: boolean;
  /** cells-unread: what the printed text still allows for the cells left unread (the arithmetic rules reason over it) */
  readings?: CellReading[];
}

/**
 * Why the figures of a row (or of a whole table) printed run together were not read: `label` is the
 * template's printed label of the row, `run` its figures as printed, `split`/`splits` the ways to cut them.
 */
export type UnreadRun =
  | { why: 'requests-header' }
  | { why: 'review-no-figures' }
  | { why: 'review-header'; printed: string }
  | { why: 'not-figures'; label: string }
  | { why: 'no-figures'; label: string }
  | { why: 'header'; label: string; run: string }
  | { why: 'distrusted'; label: string; run: string; split: string[] }
  | { why: 'no-split'; label: string; run: string }
  /** `more`: the splits listed are some of them (too many to list) */
  | { why: 'splits'; label: string; run: string; splits: string[][]; more?: boolean };

/** Why rows of a converter's Markdown table were not read: `printed` is the row as printed (its label and figures). */
export type UnreadMarkdown =
  | { why: 'header-order' }
  | { why: 'row-not-found' }
  | { why: 'contested' }
  | { why: 'piece-header'; printed: string }
  | { why: 'positions'; printed: string; windows: number; width: number }
  | { why: 'interleaved'; printed: string }
  | { why: 'too-many'; printed: string; count: number; width: number }
  | { why: 'too-few'; printed: string; count: number; width: number }
  /** a row `lost` cells shorter than its pipe table's other rows: its figures fit the columns one way only if nothing was lost */
  | { why: 'short'; printed: string; lost: number }
  /** `count` figures (no more than `width`) spread over more than `width` cells by the blank cells among them */
  | { why: 'spread'; printed: string; count: number; width: number }
  /** rows of figures between two template rows (`from`/`to`: their names; null: the table's start or end) that cannot be tied to them */
  | { why: 'rows-between'; from: string | null; to: string | null; printed: string[]; slots: number };

/**
 * What exactly an extraction problem is, as data for its message: the limits reached (input-capped), the
 * copies of a table (table-candidates), the cells a row has (row-incomplete), why figures were not read
 * (cells-unread), how run-together figures were split (cells-split). Cell texts are as printed, trimmed.
 */
export type ProblemDetail =
  | { code: 'table-cells'; cells: number; max: number }
  | { code: 'narrative-chars'; max: number }
  | { code: 'pdf-pages'; read: number; of: number; timeCapped: boolean }
  | { code: 'pdf-operators'; pages: number[]; operators: number }
  | { code: 'candidates'; count: number; checked: number; other: number }
  | { code: 'by-position' }
  | { code: 'too-few-cells'; read: number; expected: number; printed?: string[] }
  | { code: 'review-cells'; count: number; printed: string[] }
  /** a 表二 row with figures past its header's columns: `count` figures printed, `expected` columns */
  | { code: 'row-cells'; count: number; expected: number; printed: string[] }
  | { code: 'no-data-row' }
  | { code: 'not-mapped' }
  | { code: 'run-together'; rows: UnreadRun[] }
  | { code: 'labels-missing'; labels: string[] }
  | { code: 'markdown-columns'; names: string[] }
  | { code: 'markdown-rows'; groups: { slots: string[]; why: UnreadMarkdown }[] }
  | { code: 'markdown-review'; printed: string[] }
  /** a table cut at the page's edge: the columns printed whole and those not in the table (表三) */
  | { code: 'cut-request-columns'; printed: RequestColumn[]; missing: RequestColumn[] }
  /** the same of 表四: how many of its 15 columns are printed whole, and each group's missing columns */
  | { code: 'cut-review-columns'; printed: number; missing: { group: ReviewGroup; cols: ReviewColumn[] }[] }
  /** row labels cut at the page's edge: the rows (as printed) that cannot be tied to a template row */
  | { code: 'cut-labels'; printed: string[] }
  /** a row of a cut table whose figures do not stand under the named columns, as printed */
  | { code: 'misaligned'; printed: string }
  /** scanned figures the tables' equations did not settle: what OCR read and its other readings */
  | { code: 'ocr-unproven'; cells: { path: string; read: string; alternatives: string[] }[] }
  /** a scan whose text was not read (OCR reads the tables only) */
  | { code: 'ocr-no-narrative' }
  /** tables read from a web page's pictures: the narrative is the page's text, not part of this reading */
  | { code: 'ocr-pictures' }
  | { code: 'split'; byDigits: number; rows: { label: string; run: string; cells: string[]; how: 'row-total' | 'columns' }[] };

/**
 * What the printed figures allow for cells that were not read for sure. Each option gives every cell of
 * `cells` its value at once (one way of cutting a row's run-together figures fixes the whole row; null:
 * a mark such as "/"). `options` is null when the ways were not listed (too many, or the figures cannot
 * be cut into the row's cells): each cell is then only known to be some count ≥ 0, or, with `blank`,
 * possibly no figure at all.
 */
export interface CellReading {
  cells: string[];
  options: (number | null)[][] | null;
  blank?: boolean;
  /** the figures as printed, for messages ('' for a figure read by OCR: its picture is shown instead) */
  printed: string;
  /**
   * How likely each option is against the likeliest (a figure read by OCR: the recogniser's probabilities).
   * Readings of several cells together whose odds multiply below LEAST_ODDS (each-reading.ts) are not
   * tried: two misreads at once at 1 in 3000 each are no reading of the page. Absent: every option as likely.
   */
  odds?: number[];
  /**
   * Splits too many to list, yet none lets the row's own totals all add up (a search that prunes on them
   * found none): the totals (places in `cells`: each `of` adds up to `total`) and a few splits to show.
   */
  unbalanced?: { sums: { of: number[]; total: number }[]; samples: (number | null)[][] };
}

/** The extractor's result: what the report says, before any rule runs. */
export interface Extraction {
  detected: boolean;
  format: Format;
  title: string | null;
  agency: string | null;
  year: number | null;
  /** Publication date (YYYY-MM-DD) from page metadata, where the page gives one. */
  published: string | null;
  tables: ReportTables;
  /** The narrative as lines (headings and paragraphs), tables excluded. */
  lines: string[];
  problems: ExtractionProblem[];
}
