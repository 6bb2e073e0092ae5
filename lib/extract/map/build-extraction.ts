import { bodyYear, type YearSignal } from '../../detect/body-year';
import { formatMarkers, formatOf } from '../../detect/classify-format';
import { detectFromParts } from '../../detect/detect-report';
import { parseTitle } from '../../detect/parse-title';
import type { Format } from '../../model/keys';
import type { CellTable, Extraction, ExtractionProblem } from '../../model/types';
import type { RawTable, SourceDoc } from '../raw-table';
import { identifyTable } from './identify-table';
import { mapActive } from './map-active';
import { mapRequests } from './map-requests';
import { mapReview } from './map-review';

/**
 * Where the reporting year was read: a title (page, heading, metadata, crawler header), or a body without
 * a title, inferred from the kinds of sentence that state it (lib/detect/body-year.ts); null with no year.
 */
export type YearBasis = { from: 'title' } | { from: 'body'; agreeing: YearSignal[] };

/** Internal extraction, richer than the public model: subtotal rows of non-standard variants, and where the year came from. */
export interface FullExtraction extends Extraction {
  requestSubtotals: CellTable;
  yearBasis: YearBasis | null;
  /** how many of each template's labels the printed tables carry, as the classifier weighs them (formatMarkers) */
  tableMarkers: { m2021: number; m2019: number };
}

/** How many of the template's cells a mapped table holds: what makes one candidate the report's table rather than a decoy. */
function cellCount(table: CellTable): number {
  let n = 0;
  for (const row of Object.values(table)) n += Object.keys(row).length;
  return n;
}

/**
 * The most complete of the tables identified as one standard table (a page may also carry a summary
 * table, a sidebar table or last year's figures quoted above the report: the first is not always the
 * report's). When two complete candidates print different figures, which one is the report's cannot be
 * told: the fuller (then the first) is checked, and a problem says so.
 */
function bestOf<T extends { table: CellTable }>(mapped: T[], name: 'requests' | 'review', problems: ExtractionProblem[]): T | null {
  // sort is stable: of candidates as full, the first printed stays first
  const ranked = mapped.map((m, i) => ({ m, i, n: cellCount(m.table) })).sort((a, b) => b.n - a.n);
  const [best] = ranked;
  if (!best) return null;
  // a rival as complete as the best (nine tenths of its cells) that prints other figures
  const complete = ranked.filter((r) => r.n * 10 >= best.n * 9);
  const rival = complete.slice(1).find((r) => differ(r.m.table, best.m.table));
  if (rival)
    problems.push({
      kind: 'table-candidates',
      table: name,
      detail: { code: 'candidates', count: complete.length, checked: best.i + 1, other: rival.i + 1 },
    });
  return best.m;
}

function differ(a: CellTable, b: CellTable): boolean {
  for (const [row, cols] of Object.entries(a))
    for (const [col, c] of Object.entries(cols)) {
      const other = b[row]?.[col];
      if (other && other.value !== c.value) return true;
    }
  return false;
}

/**
 * Turns a source document (from HTML or flattened text) into the canonical tables: identifies each
 * table by its labels, maps rows and columns by label, and records every problem instead of guessing.
 * `spans` says whether the raw tables carry real spans (HTML) or merged cells as empty cells (text).
 */
export function buildExtraction(doc: SourceDoc, spans: boolean): FullExtraction {
  const problems: ExtractionProblem[] = [...(doc.problems ?? [])];
  const byKind = { active: [] as RawTable[], requests: [] as RawTable[], review: [] as RawTable[] };
  for (const raw of doc.tables) {
    const kind = identifyTable(raw);
    if (kind) byKind[kind].push(raw);
  }
  const active = byKind.active.length > 0 ? mapActive(byKind.active) : null;
  const requests = bestOf(
    byKind.requests.map((raw) => mapRequests(raw, spans)),
    'requests',
    problems,
  );
  const review = bestOf(
    byKind.review.map((raw) => mapReview(raw, spans)),
    'review',
    problems,
  );
  for (const part of [active, requests, review]) if (part) problems.push(...part.problems);
  for (const [name, part] of [
    ['active', active],
    ['requests', requests],
    ['review', review],
  ] as const)
    if (!part || Object.keys(part.table).length === 0)
      // a table carrying the template's labels is there but yields no row: unread, not missing
      problems.push(byKind[name].length > 0 ? { kind: 'cells-unread', table: name, detail: { code: 'not-mapped' } } : { kind: 'table-missing', table: name });

  const tableText = doc.tables.flatMap((t) => t.rows.flat().map((c) => c.text)).join('|');
  const titleInfo = doc.title ? parseTitle(doc.title) : null;
  // counted once: the template is classified from them, and rule template-year reads them
  const tableMarkers = formatMarkers(tableText, requests?.singleOtherRow ?? false);
  const format: Format = formatOf(tableMarkers, active?.format ?? 'unknown');
  // a report by the detection score, or because its table 三 is there (a page with a generic title)
  const detected = detectFromParts({ titles: [doc.title ?? ''], text: doc.lines.join('\n') + tableText }).isReport || requests !== null;
  // a report without a title: the year from the body's own sentences (统计期限, the report naming itself, the
  // subject year), never from a document number; the agency stays unknown rather than a fragment of a sentence
  const inferred = titleInfo || !detected ? null : bodyYear(doc.lines);
  return {
    detected,
    format,
    title: titleInfo?.title ?? doc.title,
    agency: titleInfo?.agency ?? null,
    year: titleInfo?.year ?? inferred?.year ?? null,
    yearBasis: titleInfo ? { from: 'title' } : inferred ? { from: 'body', agreeing: inferred.agreeing } : null,
    published: doc.meta.published ?? null,
    tables: {
      active: active && Object.keys(active.table).length > 0 ? active.table : null,
      requests: requests && Object.keys(requests.table).length > 0 ? requests.table : null,
      review: review && Object.keys(review.table).length > 0 ? review.table : null,
    },
    requestSubtotals: requests?.subtotals ?? {},
    tableMarkers,
    lines: doc.lines,
    problems,
  };
}
