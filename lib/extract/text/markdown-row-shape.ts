import { parseNumber } from '../../parse/parse-number';

export type CellKind = 'blank' | 'value' | 'label';

/**
 * What a Markdown cell holds: nothing, a value (a figure or a not-applicable mark such as `/` or `-`),
 * or label text. A bare item number (`3.`, `（2）`) is label text, not the figure 3.
 * @example cellKind(' 32 ') → 'value'; cellKind('3.') → 'label'; cellKind('') → 'blank'
 */
export function cellKind(text: string): CellKind {
  const parsed = parseNumber(text);
  if (parsed.note === 'blank') return 'blank';
  // parseNumber reads `3.` (`３．`) as the figure 3; `3、` and `（2）` it does not read at all
  if (parsed.value !== null) return text.normalize('NFKC').endsWith('.') ? 'label' : 'value';
  return parsed.note === 'not-applicable' || parsed.note === 'unread' ? 'value' : 'label';
}

/** A pipe row cut into its label cells and the cells after its last label. */
export interface RowShape {
  /** the label cells' texts, in order (blank cells left out) */
  labels: string[];
  /** index in the row of the first cell after the last label */
  valueStart: number;
  /** the cells after the last label */
  values: string[];
  /** how many of `values` print something (a figure or a mark) */
  printed: number;
  /** where in `values` they stand */
  printedAt: number[];
  /** a value printed before the last label: which label the figures belong to cannot be told */
  mixed: boolean;
}

/** Cuts a row into labels and values. @example rowShape(['一、本年新收', '32', '']) → { labels: ['一、本年新收'], valueStart: 1, values: ['32', ''], printed: 1, printedAt: [0], mixed: false } */
export function rowShape(cells: readonly string[]): RowShape {
  const kinds = cells.map(cellKind);
  const lastLabel = kinds.lastIndexOf('label');
  const printedAt = kinds.slice(lastLabel + 1).flatMap((k, i) => (k === 'value' ? [i] : []));
  return {
    labels: cells.filter((_, i) => kinds[i] === 'label'),
    valueStart: lastLabel + 1,
    values: cells.slice(lastLabel + 1),
    printed: printedAt.length,
    printedAt,
    mixed: kinds.slice(0, Math.max(0, lastLabel)).includes('value'),
  };
}

/**
 * Where `width` value columns can stand among a row's cells after its label: every window of `width`
 * consecutive cells that holds every printed value (the cells left outside may only be blank, as the
 * empty trailing cell converters add). Returned as start indices into the row. One start: the row's
 * figures are tied to the columns one way only; several or none: they are not. `lost`: cells the row
 * lost at its end (MdRow.lost), counted as blank cells there, where a window may stand too.
 * @example valueWindows(rowShape(['四、结转下年度', '1', '0', '0', '0', '0', '0', '']), 7) → [1]
 * @example valueWindows(rowShape(['一、本年新收', '', '1', '0', '0', '0', '0', '0', '']), 7) → [1, 2]
 */
export function valueWindows(shape: RowShape, width: number, lost = 0): number[] {
  if (shape.mixed || shape.printed === 0) return [];
  const starts: number[] = [];
  for (let s = 0; s + width <= shape.values.length + lost; s++) if (shape.printedAt.every((p) => p >= s && p < s + width)) starts.push(shape.valueStart + s);
  return starts;
}

/**
 * The start of the one window of `width` value columns (valueWindows), when it lies within the cells the
 * row has; undefined when there are none or several, or the one reaches into the cells the row lost.
 * @example soleWindow(rowShape(['四、结转', '', '', '122', '4', '0', '0', '0', '0']), 7, 1) → undefined (the blank after the label may be 自然人's)
 */
export function soleWindow(shape: RowShape, width: number, lost = 0): number | undefined {
  const windows = valueWindows(shape, width, lost);
  const [only] = windows;
  return windows.length === 1 && only !== undefined && only + width <= shape.valueStart + shape.values.length ? only : undefined;
}
