import { identifyTable } from '../map/identify-table';
import type { RawTable, SourceDoc } from '../raw-table';
import type { ExtractionProblem } from '../../model/types';
import { expandSpans, ownRows } from './expand-spans';
import { findPageTitle } from './find-page-title';
import { narrativeLines } from './narrative-lines';
import { normaliseDate } from '../../text/normalise-date';

const CONTAINERS = [
  '.TRS_Editor',
  '.trs_editor_view',
  '.TRS_UEDITOR',
  '#UCAP-CONTENT',
  '#zoom',
  '.article-content',
  '.xxgk_content',
  '.zw-content',
  '.Custom_UnionStyle',
];
const NARRATIVE = /总体情况|第五十条|编制本报告/;

/** A template table has at most a few hundred cells; one of more is a data dump or hostile markup, not read. */
export const MAX_TABLE_CELLS = 5_000;
/** A report's narrative is some 5,000–20,000 characters; past this the rest of the text is not read. */
export const MAX_NARRATIVE_CHARS = 2_000_000;

/** The <td>/<th> of a table's own rows, counted without reading them. */
function cellCount(table: Element): number {
  let n = 0;
  for (const tr of ownRows(table)) for (let c = tr.firstElementChild; c; c = c.nextElementSibling) if (/^t[dh]$/i.test(c.tagName)) n++;
  return n;
}

/** The first lines up to `max` characters, and whether some were left out. */
function capLines(lines: string[], max: number): { lines: string[]; cut: boolean } {
  let size = 0;
  for (const [i, line] of lines.entries()) {
    size += line.length;
    if (size > max) return { lines: lines.slice(0, i), cut: true };
  }
  return { lines, cut: false };
}

/**
 * Reduces a page to a SourceDoc: the report tables (the innermost <table>s holding the template's labels,
 * in document order, span-expanded with their cells' elements), the title (ArticleTitle metadata, headings,
 * <title>: the first one that reads as a report title), the publication date and column from metadata,
 * and the narrative lines of the article container. Never throws on odd markup.
 */
export function readHtml(root: Document | Element): SourceDoc {
  const doc = 'documentElement' in root ? root : root.ownerDocument;
  const scope: ParentNode = 'documentElement' in root ? (root.body ?? root.documentElement) : root;
  const tables: RawTable[] = [];
  const problems: ExtractionProblem[] = [];
  for (const el of Array.from(scope.querySelectorAll('table'))) {
    if (el.querySelector('table')) continue; // a layout table around the report: take the inner ones
    const cells = cellCount(el);
    if (cells > MAX_TABLE_CELLS) {
      problems.push({
        kind: 'input-capped',
        table: 'requests',
        detail: { code: 'table-cells', cells, max: MAX_TABLE_CELLS },
      });
      continue;
    }
    const raw: RawTable = { index: tables.length, rows: expandSpans(el) };
    if (identifyTable(raw)) tables.push(raw);
  }
  const container = findContainer(scope, tables);
  const meta = (name: string) => doc?.querySelector(`meta[name="${name}"]`)?.getAttribute('content')?.trim() || null;
  const narrative = capLines(container ? narrativeLines(container) : [], MAX_NARRATIVE_CHARS);
  if (narrative.cut)
    problems.push({
      kind: 'input-capped',
      table: 'requests',
      narrative: true,
      detail: { code: 'narrative-chars', max: MAX_NARRATIVE_CHARS },
    });
  return {
    title: findPageTitle(doc, scope, container),
    lines: narrative.lines,
    tables,
    meta: { published: normaliseDate(meta('PubDate') ?? meta('pubdate') ?? publishedInText(container)), column: meta('ColumnName') },
    ...(problems.length > 0 ? { problems } : {}),
  };
}

/** The element holding the article: a known CMS container, else the tables' ancestor that also holds the narrative. */
function findContainer(scope: ParentNode, tables: RawTable[]): Element | null {
  for (const sel of CONTAINERS) {
    const el = scope.querySelector(sel);
    if (el && (tables.length === 0 || el.contains(tables[0]?.rows[0]?.[0]?.source as Node))) return el;
  }
  const first = tables[0]?.rows[0]?.[0]?.source as Element | undefined;
  let el: Element | null = first?.closest('table') ?? null;
  for (let depth = 0; el && depth < 12; depth++) {
    if (NARRATIVE.test(el.textContent ?? '')) return el;
    el = el.parentElement;
  }
  return first?.closest('table')?.parentElement ?? ('body' in scope ? null : (scope as Element)) ?? null;
}

function publishedInText(container: Element | null): string | null {
  const text = container?.ownerDocument?.body?.textContent ?? '';
  return /(?:发布日期|发布时间|成文日期)[：:\s]*(\d{4}[-年./]\d{1,2}[-月./]\d{1,2})/.exec(text)?.[1] ?? null;
}
