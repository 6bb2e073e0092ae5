import type { RawCell, RawTable } from '../raw-table';
import type { PdfBox } from './pdf-content';
import type { TextLine } from './text-lines';
import type { PdfTextItem } from './pdf-content';
import { entryOf, itemAt } from '../../model/item-at';

/** A figure, or one of the template's blank marks. */
const VALUE = /^(\d[\d,，]*([.．]\d+)?|[/／—–-]|无)$/;
/** Section headings that open tables 二, 三, 四, and 五 that closes them. */
const HEADINGS = [/^二、\s*主动公开/, /^三、\s*收到和处理/, /^四、\s*政府信息公开行政复议/, /^五、/];

interface Line {
  page: number;
  y: number;
  size: number;
  labels: PdfTextItem[];
  values: PdfTextItem[];
}

/** The runs of a line as cells: touching runs joined ("1." + "属于国家秘密"), a run of figures "0 0 5" split. */
function cellsOf(line: TextLine): PdfTextItem[] {
  const out: PdfTextItem[] = [];
  for (const run of line.items) {
    const parts = /^\s*\d+(\s+\d+)+\s*$/.test(run.str) ? run.str.trim().split(/\s+/) : [run.str];
    const step = run.w / parts.length;
    parts.forEach((str, i) => {
      const piece = { ...run, str, x: run.x + i * step, w: parts.length > 1 ? step : run.w };
      const last = out[out.length - 1];
      const touching = last && piece.x - (last.x + last.w) < piece.h * 0.8 && !VALUE.test(piece.str.trim()) && !VALUE.test(last.str.trim());
      if (touching) out[out.length - 1] = { ...last, str: last.str + piece.str, w: piece.x + piece.w - last.x };
      else out.push(piece);
    });
  }
  return out.filter((c) => c.str.trim() !== '');
}

const box = (page: number, it: PdfTextItem): PdfBox => ({ page, x: it.x, y: it.y - it.h * 0.2, w: it.w, h: it.h * 1.2 });

/**
 * Tables drawn without ruling lines, read from text positions alone: each printed line is a row, its
 * figures the values; a label that wraps onto lines above and below its figures (（二）部分公开（区分处理的…
 * / 形，不计其他情形）) is joined to the nearest row of figures. Used only when a PDF has no ruling
 * lines at all: the columns are then taken in the template's order (the mapper says so in a note).
 */
export function textTables(pages: ReadonlyArray<{ page: number; lines: TextLine[] }>): RawTable[] {
  const regions: Line[][] = [[], [], []];
  let at = -1;
  for (const { page, lines } of pages)
    for (const line of lines) {
      const text = line.text.replace(/\s+/g, '');
      const heading = HEADINGS.findIndex((re) => re.test(text));
      if (heading >= 0) {
        at = heading < 3 ? heading : -1;
        continue;
      }
      if (at < 0) continue;
      const cells = cellsOf(line);
      const values = cells.filter((c) => VALUE.test(c.str.trim()));
      // `at` is 0, 1 or 2 here: one of the three tables' regions
      itemAt(regions, at, 'table region').push({ page, y: line.y, size: line.size, labels: cells.filter((c) => !values.includes(c)), values });
    }
  // table 三 alone has labels beside the middle of their rows (its categories and vertical label)
  return regions
    .map((region, i) => ({ region, greedy: i === 1 }))
    .filter((r) => r.region.length > 0)
    .map((r, index) => toRows(r.region, index, r.greedy));
}

function toRows(region: Line[], index: number, greedy: boolean): RawTable {
  const rows = region.filter((l) => l.values.length > 0);
  const labelsOf = new Map<Line, PdfTextItem[]>(rows.map((r) => [r, [...r.labels]]));
  const loose: Line[] = [];
  const first = rows[0];
  for (const line of region) {
    if (line.values.length > 0) continue;
    // above the first row of figures: the column headers, kept as rows of their own
    const inBody = greedy && first !== undefined && (line.page > first.page || (line.page === first.page && line.y <= first.y + first.size));
    // in the body, every label line belongs to the nearest row of figures: a wrapped label, a category
    // beside the middle of its rows, a character of the vertical 三、本年度办理结果
    const near = rows
      .filter((r) => r.page === line.page && (inBody || Math.abs(r.y - line.y) < 1.6 * Math.max(r.size, line.size)))
      .sort((a, b) => Math.abs(a.y - line.y) - Math.abs(b.y - line.y))[0];
    const nearLabels = near && labelsOf.get(near);
    if (nearLabels) nearLabels.push(...line.labels.map((l) => ({ ...l, y: line.y })));
    else loose.push(line);
  }
  const ordered = [...loose, ...rows].sort((a, b) => a.page - b.page || b.y - a.y);
  const out: RawCell[][] = ordered.map((line, r) => {
    if (line.values.length === 0)
      return line.labels.sort((a, b) => a.x - b.x).map((l, c) => ({ text: l.str, row: r, col: c, rowSpan: 1, colSpan: 1, source: [box(line.page, l)] }));
    // label fragments by column (vertical label, category, item), each column read top to bottom
    const columns: PdfTextItem[][] = [];
    // a line with figures is one of the rows, each of which has its labels here
    for (const l of entryOf(labelsOf, line, 'row labels').sort((a, b) => a.x - b.x)) {
      const col = columns.find((c) => c[0] !== undefined && Math.abs(c[0].x - l.x) < 6);
      if (col) col.push(l);
      else columns.push([l]);
    }
    // the item's wrapped line may start right of its number ("5.要求…确认或重新出具" / "已获取信息")
    while (columns.length >= 2) {
      const [prev, last] = columns.slice(-2);
      // each column starts with the label that opened it
      const [p0, l0] = [prev?.[0], last?.[0]];
      if (!prev || !last || !p0 || !l0) break;
      const top = Math.max(...prev.map((l) => l.y));
      if (!(l0.x - p0.x < 2 * l0.h && last.every((l) => l.y < top))) break;
      columns.pop();
      prev.push(...last);
    }
    const labels: RawCell[] = columns.map((c, i) => {
      const parts = c.sort((a, b) => b.y - a.y || a.x - b.x);
      return { text: parts.map((l) => l.str).join(''), row: r, col: i, rowSpan: 1, colSpan: 1, source: parts.map((l) => box(line.page, l)) };
    });
    const values = [...line.values]
      .sort((a, b) => a.x - b.x)
      .map((v, i) => ({ text: v.str.trim(), row: r, col: labels.length + i, rowSpan: 1, colSpan: 1, source: [box(line.page, v)] }));
    return [...labels, ...values];
  });
  return { index, rows: out };
}
