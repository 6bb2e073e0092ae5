import { classifyFormat } from '../../detect/classify-format';
import { detectFromParts } from '../../detect/detect-report';
import { parseTitle } from '../../detect/parse-title';
import type { Format } from '../../model/keys';
import type { CellTable, Extraction, ExtractionProblem } from '../../model/types';
import type { RawTable, SourceDoc } from '../raw-table';
import { identifyTable } from './identify-table';
import { mapActive } from './map-active';
import { mapRequests } from './map-requests';
import { mapReview } from './map-review';

/** Internal extraction, richer than the public model: subtotal rows of non-standard variants. */
export interface FullExtraction extends Extraction {
  requestSubtotals: CellTable;
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
  const requests = byKind.requests[0] ? mapRequests(byKind.requests[0], spans) : null;
  const review = byKind.review[0] ? mapReview(byKind.review[0], spans) : null;
  for (const part of [active, requests, review]) if (part) problems.push(...part.problems);
  for (const [name, part] of [['active', active], ['requests', requests], ['review', review]] as const)
    if (!part || Object.keys(part.table).length === 0) problems.push({ kind: 'table-missing', table: name });

  const tableText = doc.tables.flatMap((t) => t.rows.flat().map((c) => c.text)).join('|');
  const titleInfo = doc.title ? parseTitle(doc.title) : null;
  const format: Format = classifyFormat(tableText, {
    singleOtherRow: requests?.singleOtherRow ?? false,
    activeFormat: active?.format ?? 'unknown',
  });
  return {
    // a report by the detection score, or because its table 三 is there (a page with a generic title)
    detected: detectFromParts({ titles: [doc.title ?? ''], text: doc.lines.join('\n') + tableText }).isReport || requests !== null,
    format,
    title: titleInfo?.title ?? doc.title,
    agency: titleInfo?.agency ?? null,
    year: titleInfo?.year ?? null,
    published: doc.meta.published ?? null,
    tables: {
      active: active && Object.keys(active.table).length > 0 ? active.table : null,
      requests: requests && Object.keys(requests.table).length > 0 ? requests.table : null,
      review: review && Object.keys(review.table).length > 0 ? review.table : null,
    },
    requestSubtotals: requests?.subtotals ?? {},
    lines: doc.lines,
    problems,
  };
}
