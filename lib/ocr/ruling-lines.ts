/**
 * Ruling lines found in an ink mask, in pixels: horizontal (y1 = y2) and vertical (x1 = x2) segments,
 * in the same shape as the PDF reader's PdfSegment so that its grid code can be reused.
 */
export interface PixelSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

interface Run {
  /** the line's position across (row for a horizontal run) and its extent along */
  at: number;
  from: number;
  to: number;
}

/**
 * Dark runs along one axis at least `minLength` long, bridging gaps up to `gap` pixels (a scanned
 * line is broken by noise and blur), then bands of adjacent runs merged into one line each.
 */
function lineRuns(mask: Uint8Array, width: number, height: number, horizontal: boolean, minLength: number, gap: number): Run[] {
  const across = horizontal ? height : width;
  const along = horizontal ? width : height;
  // biome-ignore lint/style/noNonNullAssertion: per-pixel read of the ink mask, a < rows and b < columns by the callers' bounds; a checked read costs speed here
  const at = (a: number, b: number) => (horizontal ? mask[a * width + b]! : mask[b * width + a]!);
  const runs: Run[] = [];
  for (let a = 0; a < across; a++) {
    let start = -1;
    let last = -1;
    for (let b = 0; b <= along; b++) {
      const ink = b < along && at(a, b) === 1;
      if (ink) {
        if (start < 0) start = b;
        last = b;
      } else if (start >= 0 && (b - last > gap || b === along)) {
        if (last - start + 1 >= minLength) runs.push({ at: a, from: start, to: last });
        start = -1;
      }
    }
  }
  // merge runs of neighbouring rows (a line 2–4 px thick) that overlap along
  const merged: { ats: number[]; from: number; to: number; lastAt: number }[] = [];
  for (const r of runs) {
    const band = merged.find((m) => r.at - m.lastAt <= 1 && r.from <= m.to && r.to >= m.from);
    if (band) {
      band.ats.push(r.at);
      band.lastAt = r.at;
      band.from = Math.min(band.from, r.from);
      band.to = Math.max(band.to, r.to);
    } else merged.push({ ats: [r.at], from: r.from, to: r.to, lastAt: r.at });
  }
  // a line slightly slanted (what deskewing leaves) steps from one row (column) to the next: a piece of
  // it can start a band of its own beside the band of the whole line. Bands whose rows touch and whose
  // extents overlap are the same line (two printed lines have paper between them). Left apart, the
  // piece's end looks like a table's edge and a line is invented there (pageCuts).
  const bands = merged
    .map((m) => ({
      at: m.ats.reduce((s, v) => s + v, 0) / m.ats.length,
      lo: Math.min(...m.ats),
      hi: Math.max(...m.ats),
      from: m.from,
      to: m.to,
      n: m.ats.length,
    }))
    .sort((a, b) => a.lo - b.lo);
  for (let i = 0; i < bands.length; i++) {
    const a = bands[i];
    if (!a) break;
    for (let j = i + 1; j < bands.length; j++) {
      const b = bands[j];
      if (!b || b.lo > a.hi + 1) break;
      if (b.from > a.to + gap || a.from > b.to + gap) continue;
      a.at = (a.at * a.n + b.at * b.n) / (a.n + b.n);
      a.n += b.n;
      a.lo = Math.min(a.lo, b.lo);
      a.hi = Math.max(a.hi, b.hi);
      a.from = Math.min(a.from, b.from);
      a.to = Math.max(a.to, b.to);
      bands.splice(j, 1);
      j = i;
    }
  }
  return bands.map(({ at, from, to }) => ({ at, from, to }));
}

/**
 * Pieces of one line broken by a seal or a smudge, joined: runs on the same row (column) whose ends
 * are at most `maxGap` apart, each at least `minPiece` long — a digit's stroke is shorter, so a column
 * of 1s is never joined into a line.
 */
function bridge(runs: Run[], minPiece: number, maxGap: number): Run[] {
  const sorted = [...runs].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Run[] = [];
  for (const r of sorted) {
    const prev = out.findLast((o) => Math.abs(o.at - r.at) <= 1.5 && r.from > o.to && r.from - o.to <= maxGap);
    if (prev && prev.to - prev.from + 1 >= minPiece && r.to - r.from + 1 >= minPiece) prev.to = r.to;
    else out.push({ ...r });
  }
  return out;
}

/**
 * Lines a table lacks where a page cuts it: a word processor splitting a table over two pages often
 * draws no bottom border under the last row on the page (nor a top border over the first row on the
 * next). Where three or more of a table's vertical lines end at one height with no horizontal line
 * there, that height is taken as a line from the first of them to the last; a line at that height
 * that stops short of a vertical line (cells continuing from the page before) is drawn on to it.
 */
function pageCuts(h: Run[], v: Run[], tol: number, meets: (hr: Run, vr: Run) => boolean): Run[] {
  const table = v.filter((vr) => h.filter((hr) => meets(hr, vr)).length >= 2);
  const out: Run[] = [];
  for (const end of ['from', 'to'] as const) {
    const loose = table.filter((vr) => !h.some((hr) => Math.abs(hr.at - vr[end]) <= tol && vr.at >= hr.from - tol && vr.at <= hr.to + tol));
    // a line at that height that stops short of it: the border of the cells that go on from the page before
    for (const vr of [...loose]) {
      const level = h.filter((hr) => Math.abs(hr.at - vr[end]) <= tol).sort((a, b) => Math.abs(a.at - vr[end]) - Math.abs(b.at - vr[end]))[0];
      if (!level) continue;
      level.from = Math.min(level.from, vr.at);
      level.to = Math.max(level.to, vr.at);
      loose.splice(loose.indexOf(vr), 1);
    }
    loose.sort((a, b) => a[end] - b[end]);
    let group: Run[] = [];
    const flush = () => {
      if (group.length >= 3) {
        const at = group.reduce((s, r) => s + r[end], 0) / group.length;
        out.push({ at, from: Math.min(...group.map((r) => r.at)), to: Math.max(...group.map((r) => r.at)) });
      }
      group = [];
    };
    for (const vr of loose) {
      const head = group[0];
      if (head && vr[end] - head[end] > tol) flush();
      group.push(vr);
    }
    flush();
  }
  return out;
}

/**
 * The ruling lines of the tables on a page (deskewed ink mask). Horizontal candidates are dark runs
 * at least `0.3 in` long, vertical ones `0.1 in`; a line is kept only where it meets lines of the other
 * kind at two points or more (a table's lines cross; a stroke of text or a rule under a heading does
 * not), repeated until nothing more drops out. `dpi` scales every length.
 */
export function rulingLines(mask: Uint8Array, width: number, height: number, dpi: number): PixelSegment[] {
  // blur and noise break a scanned line for a pixel or two; a seal breaks it for longer (bridge)
  const gap = Math.max(2, Math.round(dpi / 75));
  const tol = Math.max(3, Math.round(dpi / 40));
  let h = lineRuns(mask, width, height, true, Math.round(dpi * 0.3), gap);
  let v = lineRuns(mask, width, height, false, Math.round(dpi * 0.1), gap);
  const meets = (hr: Run, vr: Run) => vr.at >= hr.from - tol && vr.at <= hr.to + tol && hr.at >= vr.from - tol && hr.at <= vr.to + tol;
  h = bridge(h, Math.round(dpi * 0.2), Math.round(dpi * 0.12));
  v = bridge(v, Math.round(dpi * 0.2), Math.round(dpi * 0.12));
  h.push(...pageCuts(h, v, tol, meets));
  for (let round = 0; round < 5; round++) {
    const h2 = h.filter((hr) => v.filter((vr) => meets(hr, vr)).length >= 2);
    // a vertical line must reach a horizontal one at each end: a stroke inside a cell reaches neither
    const v2 = v.filter((vr) => {
      const touching = h2.filter((hr) => meets(hr, vr));
      return touching.some((hr) => Math.abs(hr.at - vr.from) <= tol) && touching.some((hr) => Math.abs(hr.at - vr.to) <= tol);
    });
    const stable = h2.length === h.length && v2.length === v.length;
    h = h2;
    v = v2;
    if (stable) break;
  }
  return [...h.map((r) => ({ x1: r.from, y1: r.at, x2: r.to, y2: r.at })), ...v.map((r) => ({ x1: r.at, y1: r.from, x2: r.at, y2: r.to }))];
}
