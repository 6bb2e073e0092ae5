/** One line of converter Markdown as the table readers see it: a pipe row, or a line of text. */
export type MdItem = MdRow | MdText;

export interface MdRow {
  kind: 'row';
  /** the cells as printed, `<br>` as a line break, outer whitespace trimmed */
  cells: string[];
  /** which pipe table (consecutive pipe lines, separators included) the row belongs to */
  piece: number;
  /** the row stands where Markdown puts a header (a separator line follows it) */
  head: boolean;
  /**
   * how many cells fewer than the widest row of its pipe table it has: cells lost at its end (GFM fills a
   * short row with blank cells at the right), so its figures' columns cannot be told from its own end
   */
  lost: number;
}

export interface MdText {
  kind: 'text';
  text: string;
  /** a `#` heading */
  heading: boolean;
  /** a page number or an image: says nothing about the table it may stand inside */
  filler: boolean;
}

const PIPE_ROW = /^\s*\|.*\|\s*$/;
const SEPARATOR_CELL = /^:?-{3,}:?$/;
/** What a page break leaves between two pieces of a table: page numbers (`- 3 -`, `— 4 —`, `第3页`), images, comments. */
const FILLER = /^\s*(?:[-—–]\s*\d+\s*[-—–]|第?\s*\d+\s*页|!\[[^\]]*\]\([^)]*\)|<!--.*-->)\s*$/;
/** How many lines a pipe row broken inside a cell may run over. */
const MAX_CONTINUATION = 4;

/**
 * Splits converter Markdown into pipe rows and text lines, in order. A pipe row broken over lines by a
 * line break inside a cell (`| 5.要求行政机关确认或重新出` / `具已获取信息 | 0 | … |`) is joined back into
 * one row, the break kept inside its cell. Separator rows are dropped after marking the row above them
 * as a header row. Blank lines are dropped; `#` marks and `**` are taken off text.
 * @example parseMarkdownItems('| a | 1 |\n|---|---|\n正文') → [{ kind: 'row', cells: ['a', '1'], piece: 0, head: true, lost: 0 }, { kind: 'text', text: '正文', … }]
 */
export function parseMarkdownItems(text: string): MdItem[] {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const items: MdItem[] = [];
  let piece = -1;
  let inPiece = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (line === undefined) break;
    if (!PIPE_ROW.test(line) && /^\s*\|/.test(line)) {
      // continuationEnd gives `i` itself when no line closes the row: the slice is then the line alone
      const end = continuationEnd(lines, i);
      line = lines.slice(i, end + 1).join('\n');
      i = end;
    }
    if (PIPE_ROW.test(line.replace(/\n/g, ' ')) || unclosedRow(line, inPiece, lines[i + 1])) {
      const cells = splitCells(line);
      if (!inPiece) piece++;
      inPiece = true;
      if (cells.every((c) => SEPARATOR_CELL.test(c))) {
        const last = items[items.length - 1];
        if (last?.kind === 'row') last.head = true;
        continue;
      }
      items.push({ kind: 'row', cells, piece, head: false, lost: 0 });
      continue;
    }
    inPiece = false;
    const t = line
      .replace(/^\s*#+\s*/, '')
      .replace(/\*\*/g, '')
      .trim();
    if (t === '') continue;
    items.push({ kind: 'text', text: t, heading: /^\s*#/.test(line), filler: FILLER.test(t) });
  }
  const widest = new Map<number, number>();
  for (const it of items) if (it.kind === 'row') widest.set(it.piece, Math.max(widest.get(it.piece) ?? 0, it.cells.length));
  for (const it of items) if (it.kind === 'row') it.lost = (widest.get(it.piece) ?? it.cells.length) - it.cells.length;
  return items;
}

/**
 * A pipe row that lost its closing pipe, as GFM reads one (the outer pipes are optional there): a single line
 * opened with `|` that holds at least one more cell, inside a pipe table or just above one. A line that
 * opens with `|` and holds one cell is text (a cell broken over lines whose rest never closed it).
 */
function unclosedRow(line: string, inPiece: boolean, next: string | undefined): boolean {
  if (line.includes('\n') || !/^\s*\|/.test(line) || splitCells(line).length < 2) return false;
  return inPiece || (next !== undefined && PIPE_ROW.test(next));
}

/** The line that closes a pipe row opened on line `i` and not closed there, or `i` when none does. */
function continuationEnd(lines: readonly string[], i: number): number {
  for (let j = i + 1; j < lines.length && j <= i + MAX_CONTINUATION; j++) {
    const l = lines[j];
    if (l === undefined) break;
    if (l.trim() === '' || /^\s*\|/.test(l)) return i;
    if (/\|\s*$/.test(l)) return j;
  }
  return i;
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
