/**
 * CTC decoding of the recogniser's output for figures. The model gives, per time step, probabilities
 * over ~6,600 characters; for a figure only the blank and the ten digits matter, so the matrix kept
 * per line is T × 11 (column 0 the blank, column d + 1 the digit d), renormalised per step.
 */
export interface DigitMatrix {
  steps: number;
  /** row-major T × 11 */
  p: Float32Array;
}

/** One reading of a figure with its probability under the model (the sum over all CTC paths giving it). */
export interface Alternative {
  text: string;
  p: number;
}

/**
 * The most probable digit strings (CTC prefix beam search, beam `width`), best first, each with the
 * probability of all paths that give it. The recogniser's own second choices, which is what the
 * arithmetic may choose between.
 * @example digitBeam(matrixOf('12')) → [{ text: '12', p: 0.98 }, { text: '17', p: 0.01 }, …]
 */
export function digitBeam(m: DigitMatrix, width = 12, keep = 6): Alternative[] {
  // prefix → [p ending in blank, p ending in its last digit]
  let beams = new Map<string, [number, number]>([['', [1, 0]]]);
  for (let t = 0; t < m.steps; t++) {
    const row = m.p.subarray(t * 11, t * 11 + 11);
    const next = new Map<string, [number, number]>();
    const add = (k: string, pb: number, pnb: number) => {
      const cur = next.get(k);
      if (cur) {
        cur[0] += pb;
        cur[1] += pnb;
      } else next.set(k, [pb, pnb]);
    };
    for (const [prefix, [pb, pnb]] of beams) {
      const total = pb + pnb;
      // a row holds the 11 classes' probabilities (blank, then 0–9)
      add(prefix, total * (row[0] ?? 0), 0);
      const last = prefix.length > 0 ? prefix.charCodeAt(prefix.length - 1) - 48 : -1;
      for (let d = 0; d < 10; d++) {
        const pd = row[d + 1] ?? 0;
        if (pd < 1e-7) continue;
        if (d === last) {
          add(prefix, 0, pnb * pd);
          add(prefix + d, 0, pb * pd);
        } else add(prefix + d, 0, total * pd);
      }
    }
    beams = new Map([...next].sort((a, b) => b[1][0] + b[1][1] - (a[1][0] + a[1][1])).slice(0, width));
  }
  return [...beams]
    .map(([text, [pb, pnb]]) => ({ text, p: pb + pnb }))
    .filter((a) => a.text !== '')
    .sort((a, b) => b.p - a.p)
    .slice(0, keep);
}

/**
 * The probability the model gives to one digit string (CTC forward algorithm over its paths): how
 * far the picture allows a reading the arithmetic asks for, such as a digit the beam dropped.
 * @example ctcProbability(matrixOf('12'), '12') → 0.98
 */
export function ctcProbability(m: DigitMatrix, text: string): number {
  const labels = [...text].map((c) => c.charCodeAt(0) - 48 + 1);
  const ext: number[] = [0];
  for (const l of labels) ext.push(l, 0);
  const S = ext.length;
  let alpha = new Float64Array(S);
  // a state before the first of the lattice has probability 0, and so has a class the matrix does not hold
  alpha[0] = m.p[0] ?? 0;
  const firstLabel = ext[1];
  if (firstLabel !== undefined) alpha[1] = m.p[firstLabel] ?? 0;
  for (let t = 1; t < m.steps; t++) {
    const next = new Float64Array(S);
    for (const [s, label] of ext.entries()) {
      let a = (alpha[s] ?? 0) + (alpha[s - 1] ?? 0);
      if (s > 1 && label !== 0 && label !== ext[s - 2]) a += alpha[s - 2] ?? 0;
      next[s] = a * (m.p[t * 11 + label] ?? 0);
    }
    alpha = next;
  }
  return (alpha[S - 1] ?? 0) + (alpha[S - 2] ?? 0);
}
