import { matchRequestRow } from '../map/match-request-row';
import { plainCell, type RawTable, type SourceDoc } from '../raw-table';
import { findTitle } from './find-title';

const PIPE_ROW = /^\s*\|.*\|\s*$/;
const SEPARATOR_CELL = /^:?-{3,}:?$/;
/** Header cells a converter invents when a table (or a table's continuation after a page break) has none. */
const PLACEHOLDER = /^(?:col(?:umn)?[\s_-]*\d+|unnamed:?\s*\d+|)$/i;
/** What may stand between two pieces of one table cut by a page break: page numbers, images, blank lines. */
const BETWEEN_PIECES = /^\s*(?:[-—–]\s*\d+\s*[-—–]|第?\s*\d+\s*页|\d+|!\[[^\]]*\]\([^)]*\)|<!--.*-->)?\s*$/;

/**
 * Markdown written by PDF-to-Markdown converters: narrative paragraphs and headings (`#` marks
 * dropped), pipe tables. A table cut by page breaks comes as several pipe tables with only page
 * numbers or images between them: they are joined into one. Separator rows and invented header rows
 * (`Col1`, empty cells) are dropped; a label a narrow column wrapped onto a line of its own is joined to
 * the row it completes (below, then above) when that makes the row a template row it was not alone.
 * The tables then go through the same label mapping as a flattened Word table. Null when the text has
 * no pipe table holding a template label.
 */
export function readMarkdownText(text: string): SourceDoc | null {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  if (!lines.some((l) => PIPE_ROW.test(l) && /本年新收|未经复议|第二十条|结果维持/.test(l))) return null;
  const narrative: string[] = [];
  const pieces: string[][][] = [];
  let piece: string[][] | null = null;
  for (const line of lines) {
    if (PIPE_ROW.test(line)) {
      const cells = splitCells(line);
      if (cells.every((c) => SEPARATOR_CELL.test(c))) continue;
      if (!piece) pieces.push((piece = []));
      piece.push(cells);
      continue;
    }
    // a page number or an image between two pipe tables: the same table goes on
    if (piece && BETWEEN_PIECES.test(line)) continue;
    piece = null;
    const t = line
      .replace(/^\s*#+\s*/, '')
      .replace(/\*\*/g, '')
      .trim();
    if (t !== '') narrative.push(t);
  }
  const tables: RawTable[] = pieces.map((rows, index) => ({
    index,
    rows: joinWrappedLabels(rows.filter((r) => !r.every((c) => PLACEHOLDER.test(c)))).map((r, i) => r.map((t, col) => plainCell(t, i, col))),
  }));
  return { title: findTitle(narrative), lines: narrative, tables, meta: {} };
}

function splitCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) =>
    c
      .replace(/\\\|/g, '|')
      .replace(/<br\s*\/?>/gi, '\n')
      .trim(),
  );
}

const isFigure = (t: string) => /^[\d\s.,，/\\\-—－]+$/.test(t) && t.trim() !== '';
const labelOf = (row: readonly string[]) => row.filter((c) => c !== '' && !isFigure(c));
const hasFigures = (row: readonly string[]) => row.some(isFigure);

/**
 * A row with text but no figures between rows with figures may be a label the converter wrapped onto
 * its own line (（二）部分公开（区分处理的，只计这一情 | 形，不计其他情形）). It is joined to the row below
 * or above when the joined label names a template row that the row's own label does not: a wrapped
 * label is only ever tied to one row of figures, never guessed.
 */
function joinWrappedLabels(rows: string[][]): string[][] {
  const out = rows.map((r) => [...r]);
  // the template row a row's labels name, with `extra` text joined before (or after) its last label
  const keyOf = (row: readonly string[], extra = '', before = true): string => {
    const labels = labelOf(row);
    const last = labels.pop() ?? '';
    return JSON.stringify(matchRequestRow([...labels, before ? extra + last : last + extra], null));
  };
  const completes = (row: string[] | undefined, text: string, before: boolean) => {
    if (row === undefined || !hasFigures(row)) return false;
    const joined = keyOf(row, text, before);
    return joined !== 'null' && joined !== keyOf(row);
  };
  for (let i = 0; i < out.length; i++) {
    const row = out[i]!;
    if (hasFigures(row) || labelOf(row).length !== 1) continue;
    const text = labelOf(row)[0]!;
    const target = completes(out[i + 1], text, true)
      ? { row: out[i + 1]!, before: true }
      : completes(out[i - 1], text, false)
        ? { row: out[i - 1]!, before: false }
        : null;
    if (!target) continue;
    const at = lastLabelIndex(target.row);
    target.row[at] = target.before ? text + target.row[at] : target.row[at] + text;
    out[i] = row.map(() => '');
  }
  return out.filter((r) => r.some((c) => c !== ''));
}

function lastLabelIndex(row: readonly string[]): number {
  for (let i = row.length - 1; i >= 0; i--) if (row[i] !== '' && !isFigure(row[i]!)) return i;
  return 0;
}
