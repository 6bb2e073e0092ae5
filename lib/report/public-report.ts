import type { FullExtraction } from '../extract/map/build-extraction';
import { activeRows, requestRows, REQUEST_COLUMNS, REVIEW_COLUMNS, REVIEW_GROUPS } from '../model/keys';
import type { Cell, CellTable } from '../model/types';
import type { Finding } from '../model/finding';
import type { PublicCell, PublicReport, PublicTable } from '../model/public-report';

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

/** The report of output.md from an extraction and its findings (kept as values: canonicalReport words them). */
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
    findings: [...findings],
  };
}
