import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildExtraction } from '../../lib/extract/map/build-extraction';
import { readText } from '../../lib/extract/text/read-text';
import { REQUEST_COLUMN_LABELS, REQUEST_COLUMNS, type RequestColumn } from '../../lib/model/keys';
import { checkText } from '../../lib/pipeline';
import { type CorpusEntry, expectedCells } from '../helpers/corpus';
import { seedText } from '../helpers/seeds';

/**
 * Metamorphic test of the Markdown reader: the seed Markdown fixtures and the real converter outputs
 * (tests/fixtures/markdown), each with one printed figure of 三 or 四 changed (+1, −1, a digit changed),
 * one figure's cell emptied, or the columns of 三 permuted with their header relabelled to match, must
 * never read a number that is not printed in that cell: each cell is read as the mutant prints it, or
 * left unread.
 *
 * Which printed cell is which template cell comes from the hand readings (expected.json; the seeds' own
 * flattened text), tied to the printed cells by tagging: every figure is replaced by a distinct number,
 * the tagged file read, and each tag's cell checked against the hand reading of the figure it replaced.
 * The reader decides by labels, places and blanks, never by the figures' values, so the tags read as
 * the figures do.
 */
const DIR = path.join(import.meta.dirname, '../fixtures/markdown');
const EXPECTED: Record<string, CorpusEntry> = JSON.parse(readFileSync(path.join(DIR, 'expected.json'), 'utf8')).files;

/** What each cell prints: a number, null for a blank, `absent` for a row the mutant no longer prints. */
type Truth = Map<string, number | null | 'absent'>;
interface Pos {
  line: number;
  cell: number;
}

function seedTruth(id: string): Truth {
  const { report } = checkText(seedText(id), id);
  const out: Truth = new Map();
  for (const table of ['requests', 'review'] as const)
    for (const [row, cols] of Object.entries(report.tables[table] ?? {}))
      for (const [col, c] of Object.entries(cols)) out.set(`${table}.${row}.${col}`, c.value);
  return out;
}

const SOURCES: { file: string; truth: Truth; relabel: boolean }[] = [
  { file: 'seed-002.md', truth: seedTruth('002'), relabel: true },
  { file: 'seed-003.md', truth: seedTruth('003'), relabel: true },
  ...Object.keys(EXPECTED).map((file) => ({
    file,
    truth: new Map(expectedCells(EXPECTED[file]!)),
    // the two Shanghai files name their columns only in fragments (业 / 构 / 益组织, 商业 / 科研): they are read
    // in the template's order and say so (columns-by-position); a permutation of their figures cannot be told
    relabel: file.startsWith('shuyang'),
  })),
];

const PIPE = /^\s*\|.*\|\s*$/;
/** A printed figure: digits, spaced or not (seed 002 prints its （七） 自然人 as `1 0`). */
const FIGURE = /^\s*\d+(\s+\d+)*\s*$/;
const cellsOf = (line: string) => line.trim().slice(1, -1).split('|');
const withCell = (lines: readonly string[], p: Pos, text: string) =>
  lines.map((l, i) =>
    i === p.line
      ? `|${cellsOf(l)
          .map((c, j) => (j === p.cell ? ` ${text} ` : c))
          .join('|')}|`
      : l,
  );

/** Every cell of 三 and 四 as read: its value, `blank`, or `unread` (a printed figure not read for sure). */
function readCells(md: string): Map<string, number | 'blank' | 'unread'> {
  const ex = buildExtraction(readText(md), false);
  const out = new Map<string, number | 'blank' | 'unread'>();
  for (const table of ['requests', 'review'] as const)
    for (const [row, cols] of Object.entries(ex.tables[table] ?? {}))
      for (const [col, c] of Object.entries(cols)) out.set(`${table}.${row}.${col}`, c.value ?? (c.note === 'unread' ? 'unread' : 'blank'));
  const listed = ex.problems.filter((p) => p.kind === 'cells-unread').flatMap((p) => p.cells ?? []);
  for (const p of listed) out.set(p, 'unread');
  return out;
}

/** The cells read as a number that is not the one printed (or blank where a figure is printed, or a figure where none is). */
function wrongCells(read: Map<string, number | 'blank' | 'unread'>, truth: Truth): string[] {
  const wrong: string[] = [];
  for (const [p, want] of truth) {
    const got = read.get(p);
    if (got === undefined || got === 'unread') continue;
    if (want === 'absent' || (got === 'blank' ? null : got) !== want) wrong.push(`${p}: read ${got}, printed ${want}`);
  }
  return wrong;
}

/** Each printed figure of the file and the template cell it is, by tagging (see above). */
function figureMap(file: string, truth: Truth) {
  const lines = readFileSync(path.join(DIR, file), 'utf8').split('\n');
  const figures: Pos[] = [];
  lines.forEach((l, line) => {
    if (PIPE.test(l)) cellsOf(l).forEach((c, cell) => FIGURE.test(c) && figures.push({ line, cell }));
  });
  let tagged = lines;
  figures.forEach((p, k) => (tagged = withCell(tagged, p, String(90000 + k))));
  const cellOf = new Map<number, string>();
  for (const [p, v] of readCells(tagged.join('\n'))) if (typeof v === 'number' && v >= 90000) cellOf.set(v - 90000, p);
  const at = figures.map((p, k) => ({ ...p, text: cellsOf(lines[p.line]!)[p.cell]!.trim().replace(/\s+/g, ''), cell3or4: cellOf.get(k) ?? null }));
  return { lines, figures: at.filter((f) => f.cell3or4 === null || truth.has(f.cell3or4)) };
}

const MAPS = SOURCES.map((s) => ({ ...s, ...figureMap(s.file, s.truth) }));

describe('converter Markdown under mutation (metamorphic)', () => {
  it('should tie every figure of 三 and 四 to the cell the hand reading gives it (the oracle of the mutants)', () => {
    for (const m of MAPS) {
      const tied = m.figures.filter((f) => f.cell3or4 !== null);
      // the figures of 三 and 四 that are printed in pipe cells: all of them tied, each to a cell holding that figure
      expect(tied.map((f) => [f.cell3or4, Number(f.text)]).filter(([p, v]) => m.truth.get(p as string) !== v)).toEqual([]);
      expect(new Set(tied.map((f) => f.cell3or4)).size).toBe(tied.length);
      expect(wrongCells(readCells(m.lines.join('\n')), m.truth)).toEqual([]);
    }
  });

  const mutation = fc.record({
    source: fc.nat({ max: MAPS.length - 1 }),
    figure: fc.nat(),
    how: fc.constantFrom('plus', 'minus', 'digit', 'empty'),
    digit: fc.nat({ max: 9 }),
  });

  it('should read a changed or emptied figure as printed, or not at all, and never any cell as another number', () => {
    fc.assert(
      fc.property(mutation, ({ source, figure, how, digit }) => {
        const m = MAPS[source]!;
        const f = m.figures[figure % m.figures.length]!;
        const v = Number(f.text);
        const text =
          how === 'empty'
            ? ''
            : how === 'plus'
              ? String(v + 1)
              : how === 'minus'
                ? String(Math.max(0, v - 1) === v ? v + 2 : v - 1)
                : f.text.slice(0, -1) + String(digit);
        const truth = new Map(m.truth);
        if (f.cell3or4) truth.set(f.cell3or4, text === '' ? null : Number(text));
        const read = readCells(withCell(m.lines, f, text).join('\n'));
        expect(wrongCells(read, truth)).toEqual([]);
        // the reader never weighs the figures: a changed figure moves nothing, and is read as changed
        if (how !== 'empty') expect([...read.values()].filter((x) => x === 'unread')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  // an emptied cell is what moves a row's figures between two windows: every one of them, not a sample
  it.each(MAPS.map((m) => [m.file, m] as const))('should read %s with each figure of 三 and 四 emptied in turn as printed, or not at all', (_, m) => {
    const wrong: string[] = [];
    let unread = 0;
    for (const f of m.figures.filter((x) => x.cell3or4 !== null)) {
      const read = readCells(withCell(m.lines, f, '').join('\n'));
      wrong.push(...wrongCells(read, new Map(m.truth).set(f.cell3or4!, null)));
      unread += [...read.values()].filter((x) => x === 'unread').length;
    }
    expect(wrong).toEqual([]);
    // not everything given up: most cells of most mutants are still read
    expect(unread).toBeLessThan(m.figures.length * 20);
  });

  const rowChange = fc.record({ source: fc.nat({ max: MAPS.length - 1 }), figure: fc.nat(), how: fc.constantFrom('drop', 'strip-label', 'duplicate') });

  it('should read a row dropped, printed twice or stripped of its label as printed, or not at all', () => {
    fc.assert(
      fc.property(rowChange, ({ source, figure, how }) => {
        const m = MAPS[source]!;
        const rows = m.figures.filter((f) => f.cell3or4?.startsWith('requests.'));
        const f = rows[figure % rows.length]!;
        const row = f.cell3or4!.split('.').slice(0, -1).join('.');
        const truth = new Map(m.truth);
        const line = m.lines[f.line]!;
        let lines = [...m.lines];
        if (how === 'drop') {
          lines.splice(f.line, 1);
          for (const c of REQUEST_COLUMNS) truth.set(`${row}.${c}`, 'absent');
        } else if (how === 'duplicate') lines.splice(f.line, 0, line);
        else lines = withLabelsBlank(lines, f.line);
        expect(wrongCells(readCells(lines.join('\n')), truth)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  const relabelled = MAPS.filter((m) => m.relabel);
  it('should read columns permuted and relabelled by their header, or not at all', () => {
    fc.assert(
      fc.property(fc.nat({ max: relabelled.length - 1 }), fc.shuffledSubarray([...REQUEST_COLUMNS], { minLength: 7, maxLength: 7 }), (source, order) => {
        const m = relabelled[source]!;
        const read = readCells(permuted(m, order));
        expect(wrongCells(read, m.truth)).toEqual([]);
        // the seeds' header is a grid naming every column: read whatever their order. 沭阳县's names its columns
        // only in a legend of headings and a small table, which is no grid: read only in the template's order
        const unread = [...read].filter(([, x]) => x === 'unread').map(([p]) => p);
        if (m.file.startsWith('seed') || order.every((c, j) => c === REQUEST_COLUMNS[j])) expect(unread).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

/**
 * The file with table 三's columns in `order` (order[j] is printed where the j-th template column was): the
 * figures of each row moved, the header relabelled — header rows as wide as the rows have their cells moved
 * the same way; names listed elsewhere (the 申请人情况 legend of 沭阳县) are renamed, each to the column now
 * printed in its place.
 */
function permuted(m: (typeof MAPS)[number], order: RequestColumn[]): string {
  const lines = [...m.lines];
  const byRow = new Map<number, Map<RequestColumn, number>>();
  for (const f of m.figures) {
    const [table, ...rest] = (f.cell3or4 ?? '').split('.');
    if (table !== 'requests') continue;
    const col = rest.pop() as RequestColumn;
    byRow.set(f.line, (byRow.get(f.line) ?? new Map()).set(col, f.cell));
  }
  const rows = [...byRow].filter(([, cols]) => cols.size === REQUEST_COLUMNS.length);
  const move = (line: number, at: Map<RequestColumn, number>) => {
    const cells = cellsOf(lines[line]!);
    const next = [...cells];
    REQUEST_COLUMNS.forEach((c, j) => (next[at.get(c)!] = cells[at.get(order[j]!)!]!));
    lines[line] = `|${next.join('|')}|`;
  };
  for (const [line, at] of rows) move(line, at);
  const first = Math.min(...rows.map(([line]) => line));
  const width = cellsOf(lines[rows[0]![0]]!).length;
  const at = rows[0]![1];
  const names = new Map(REQUEST_COLUMNS.map((c, j) => [c, REQUEST_COLUMN_LABELS[order[j]!]]));
  const heading = lines.findLastIndex((l, i) => i < first && /收到和处理政府信息公开申请/.test(l));
  for (let i = heading; i < lines.length; i++) {
    const cells = PIPE.test(lines[i]!) ? cellsOf(lines[i]!) : [];
    if (cells.length === width && !byRow.has(i) && !cells.some((c) => FIGURE.test(c))) move(i, at);
    else if (i < first)
      lines[i] = lines[i]!.replace(/法人或其他组织|自然人|商业企业|科研机构|社会公益组织|社会公益|法律服务机构|其他|总计/g, (n) => {
        const col = REQUEST_COLUMNS.find((c) => REQUEST_COLUMN_LABELS[c] === n || (n === '社会公益' && c === 'publicInterest'));
        return col ? names.get(col)! : n;
      });
  }
  return lines.join('\n');
}

/** The line with every cell that is not a figure or blank emptied (its label lost, its figures in place). */
function withLabelsBlank(lines: readonly string[], at: number): string[] {
  return lines.map((l, i) =>
    i === at
      ? `|${cellsOf(l)
          .map((c) => (FIGURE.test(c) || c.trim() === '' ? c : ' '))
          .join('|')}|`
      : l,
  );
}
