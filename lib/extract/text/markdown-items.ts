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
 * @example parseMarkdownItems('| a | 1 |\n|---|---|\n正文') → [{ kind: 'row', cells: ['a', '1'], piece: 0, head: true }, { kind: 'text', text: '正文', … }]
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
      const end = continuationEnd(lines, i);
      if (end > i) {
        line = lines.slice(i, end + 1).join('\n');
        i = end;
      }
    }
    if (PIPE_ROW.test(line.replace(/\n/g, ' '))) {
      const cells = splitCells(line);
      if (!inPiece) piece++;
      inPiece = true;
      if (cells.every((c) => SEPARATOR_CELL.test(c))) {
        const last = items[items.length - 1];
        if (last?.kind === 'row') last.head = true;
        continue;
      }
      items.push({ kind: 'row', cells, piece, head: false });
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
  return items;
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
