import type { CorpusEntry } from './corpus';
import { expectedCells } from './corpus';

/** One printed figure of 三 or 四 in a crawler text: its cell, its value and where its digits stand. */
export interface PrintedFigure {
  path: string;
  value: number;
  start: number;
  end: number;
}

/** A crawler text with one figure changed, and the cells as they are now printed. */
export interface Mutant {
  path: string;
  from: string;
  to: string;
  text: string;
  cells: Map<string, number | null>;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where each figure of tables 三 and 四 is printed in a crawler text whose cells run together, found from
 * the hand-read cells alone (expected.json, in print order): each row is its figures one after another,
 * spaces allowed between them, with no digit before or after (but the number of the next label); rows are found in order from 本年新收, and
 * table 四's fifteen figures after them. Independent of the library's readers.
 */
export function locateFigures(text: string, e: CorpusEntry): PrintedFigure[] {
  const cells = expectedCells(e);
  // rows of 三 (7 figures) then table 四's one run (15)
  const rows: [string, number | null][][] = [];
  const t3 = cells.filter(([p]) => p.startsWith('requests.'));
  for (let i = 0; i < t3.length; i += 7) rows.push(t3.slice(i, i + 7));
  rows.push(cells.filter(([p]) => p.startsWith('review.')));
  let pos = text.indexOf('本年新收');
  if (pos < 0) throw new Error('no 本年新收');
  const out: PrintedFigure[] = [];
  for (const row of rows) {
    if (row.some(([, v]) => v === null)) throw new Error(`a blank cell in ${row[0]![0]}: not a run of figures`);
    // a digit right after a row may only be the number of the next label (…0000000 2.其他法律…)
    const re = new RegExp(`(?<![0-9])${row.map(([, v]) => `(${esc(String(v))})`).join('\\s*')}(?![0-9](?![.、．]))`, 'gd');
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m?.indices) throw new Error(`row ${row[0]![0]} not found after ${pos}`);
    row.forEach(([path, v], i) => {
      const [start, end] = m.indices![i + 1]!;
      out.push({ path, value: v!, start, end });
    });
    pos = m.index + m[0].length;
  }
  return out;
}

/** The changes of one figure that keep its length: +1, −1 and its last digit moved by 5 (the run's length stays). */
export function figureChanges(value: number): string[] {
  const s = String(value);
  const last = Number(s[s.length - 1]);
  const all = [String(value + 1), value > 0 ? String(value - 1) : '', s.slice(0, -1) + String((last + 5) % 10)];
  return [...new Set(all)].filter((t) => t !== '' && t !== s && t.length === s.length && (t.length === 1 || !t.startsWith('0')));
}

/** Every single-figure mutant of a crawler text. */
export function mutants(text: string, e: CorpusEntry): Mutant[] {
  const figures = locateFigures(text, e);
  const base = new Map<string, number | null>(expectedCells(e));
  return figures.flatMap((f) =>
    figureChanges(f.value).map((to) => ({
      path: f.path,
      from: String(f.value),
      to,
      text: text.slice(0, f.start) + to + text.slice(f.end),
      cells: new Map(base).set(f.path, Number(to)),
    })),
  );
}
