import { activeRows, requestRows, REQUEST_COLUMNS, REVIEW_COLUMNS, REVIEW_GROUPS } from './keys';
import type { Cell, CellTable, Extraction } from './types';
import type { Finding } from './finding';
import type { PublicCell, PublicOcr, PublicReport, PublicTable } from './public-report';

/** Rounded to what a reader needs (3 significant figures), so the JSON stays stable and short. */
const round3 = (p: number) => Number(p.toPrecision(3));

/** The cell's OCR mark as published: confidence and the alternatives' probabilities rounded, at most five alternatives. */
function publicOcr(o: NonNullable<Cell['ocr']>): PublicOcr {
  return {
    status: o.status,
    read: o.read,
    confidence: round3(o.confidence),
    alternatives: o.alternatives.slice(0, 5).map((a) => ({ text: a.text, p: round3(a.p) })),
    page: o.page,
    box: { x: Math.round(o.box.x * 10) / 10, y: Math.round(o.box.y * 10) / 10, w: Math.round(o.box.w * 10) / 10, h: Math.round(o.box.h * 10) / 10 },
  };
}

function cell(c: Cell | undefined): PublicCell {
  if (!c) return { value: null, raw: '' };
  return c.ocr ? { value: c.value, raw: c.raw, ocr: publicOcr(c.ocr) } : { value: c.value, raw: c.raw };
}

/** Copies a table in canonical row and column order (extra non-standard columns follow), dropping element handles. */
function ordered(table: CellTable | null, rows: readonly string[], cols: (row: string) => readonly string[]): PublicTable | null {
  if (!table) return null;
  const out: PublicTable = {};
  const known = rows.filter((r) => table[r]);
  const extra = Object.keys(table).filter((r) => !rows.includes(r));
  for (const row of [...known, ...extra]) {
    const src = table[row];
    if (!src) continue;
    const names = [...cols(row), ...Object.keys(src).filter((c) => !cols(row).includes(c))];
    out[row] = Object.fromEntries(names.map((c) => [c, cell(src[c])]));
  }
  return out;
}

/**
 * The report of output.md from an extraction and its findings (kept as values: canonicalReport words them).
 * In model, beside the PublicReport type it builds: the check pipeline makes it, and the pipeline sits below
 * the report stage that words it.
 */
export function toPublicReport(source: string, ex: Extraction, findings: readonly Finding[]): PublicReport {
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
