import type { FullExtraction } from '../extract/map/build-extraction';
import { activeRows, requestRows, REQUEST_COLUMNS, REVIEW_COLUMNS, REVIEW_GROUPS } from '../model/keys';
import type { Cell, CellTable } from '../model/types';
import type { Finding } from '../model/finding';
import { renderFinding } from './render-finding';

/** CELL of output.md: the value (null for blank, "/", unreadable) and the text as printed. */
export interface PublicCell {
  value: number | null;
  raw: string;
}
export type PublicTable = Record<string, Record<string, PublicCell>>;

/** FINDING of output.md. */
export interface PublicFinding {
  rule: string;
  severity: Finding['severity'];
  message: string;
  cells: string[];
  expected: number | null;
  actual: number | null;
}

/** The canonical report object of output.md (schemaVersion 1). */
export interface PublicReport {
  schemaVersion: 1;
  source: string;
  detected: boolean;
  format: FullExtraction['format'];
  title: string | null;
  agency: string | null;
  year: number | null;
  tables: { active: PublicTable | null; requests: PublicTable | null; review: PublicTable | null };
  findings: PublicFinding[];
}

function cell(c: Cell | undefined): PublicCell {
  return c ? { value: c.value, raw: c.raw } : { value: null, raw: '' };
}

/** Copies a table in canonical row and column order (extra non-standard columns follow), dropping element handles. */
function ordered(table: CellTable | null, rows: readonly string[], cols: (row: string) => readonly string[]): PublicTable | null {
  if (!table) return null;
  const out: PublicTable = {};
  const known = rows.filter((r) => table[r]);
  const extra = Object.keys(table).filter((r) => !rows.includes(r));
  for (const row of [...known, ...extra]) {
    const src = table[row]!;
    const names = [...cols(row), ...Object.keys(src).filter((c) => !cols(row).includes(c))];
    out[row] = Object.fromEntries(names.map((c) => [c, cell(src[c])]));
  }
  return out;
}

/** Builds the canonical JSON report from an extraction and its findings. */
export function toPublicReport(source: string, ex: FullExtraction, findings: readonly Finding[]): PublicReport {
  const activeSpec = activeRows(ex.format);
  return {
    schemaVersion: 1,
    source,
    detected: ex.detected,
    format: ex.format,
    title: ex.title,
    agency: ex.agency,
    year: ex.year,
    tables: {
      active: ordered(
        ex.tables.active,
        activeSpec.map((r) => r.key),
        (row) => activeSpec.find((r) => r.key === row)?.columns.map((c) => c.key) ?? [],
      ),
      requests: ordered(ex.tables.requests, requestRows(ex.format, ex.tables.requests), () => REQUEST_COLUMNS),
      review: ordered(ex.tables.review, REVIEW_GROUPS, () => REVIEW_COLUMNS),
    },
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: renderFinding(f, 'zh'),
      cells: f.cells,
      expected: f.expected,
      actual: f.actual,
    })),
  };
}
