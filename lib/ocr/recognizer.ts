import type { DigitMatrix } from './ctc-decode';
import type { GrayImage } from './gray-image';
import { itemAt, MissingItemError } from '../model/item-at';

/** The parts of onnxruntime-web this reader uses: passed in (lib/ stays free of the runtime, as of pdf.js). */
export interface OrtLike {
  Tensor: new (type: 'float32', data: Float32Array, dims: readonly number[]) => unknown;
  InferenceSession: { create(model: Uint8Array, options?: object): Promise<OrtSession> };
}
export interface OrtSession {
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];
  run(feeds: Record<string, unknown>): Promise<Record<string, { data: unknown; dims: readonly number[] }>>;
}

/** What the recogniser read on one printed line. */
export interface LineReading {
  /** the most probable characters (greedy CTC over the whole character set), NFKC not yet applied */
  text: string;
  /** the mean of the chosen characters' probabilities (1 for an empty line) */
  confidence: number;
  /** blank + digit probabilities per step, for the figures' alternatives */
  digits: DigitMatrix;
}

/** PP-OCR recognition model with its character list: one instance per page that reads scans. */
export interface Recognizer {
  session: OrtSession;
  ort: OrtLike;
  /** class index → character (0 is the CTC blank, the last is the space) */
  chars: string[];
  /** class indices of '0'…'9' */
  digitClass: number[];
  /** how many model runs and input columns were spent: the bench and the tests count work, not time */
  work: { runs: number; columns: number };
}

/** PP-OCRv4's input height; widths follow the line's aspect. */
export const REC_HEIGHT = 48;
/** A line wider than this (a long label) is squeezed: the model has seen nothing longer. */
const MAX_WIDTH = 1280;
/** Lines recognised in one model run (padded to the widest): fewer runs, less per-run overhead. */
const BATCH = 16;

/**
 * Loads the recognition model (`ch_PP-OCRv4_rec_infer.onnx`) and its dictionary
 * (`ppocr_keys_v1.txt`, one character a line) into a recogniser.
 */
export async function createRecognizer(ort: OrtLike, model: Uint8Array, keys: string): Promise<Recognizer> {
  const session = await ort.InferenceSession.create(model, { executionProviders: ['wasm'], graphOptimizationLevel: 'all' });
  const chars = ['', ...keys.split(/\r?\n/).filter((k, i, all) => k !== '' || i < all.length - 1), ' '];
  const digitClass = [...'0123456789'].map((d) => chars.indexOf(d));
  return { session, ort, chars, digitClass, work: { runs: 0, columns: 0 } };
}

/**
 * A line image scaled to the model's height, as three equal channels scaled to [-1, 1] (PP-OCR's
 * normalisation), padded on the right with 0 as PaddleOCR pads its batches (white padding reads as
 * stray characters).
 */
function toInput(img: GrayImage, width: number, into: Float32Array, offset: number): void {
  const plane = REC_HEIGHT * width;
  const scaledW = Math.min(width, Math.max(1, Math.round((img.width * REC_HEIGHT) / Math.max(1, img.height))));
  const sx = img.width / scaledW;
  const sy = img.height / REC_HEIGHT;
  for (let y = 0; y < REC_HEIGHT; y++) {
    const fy = Math.min(img.height - 1, Math.max(0, (y + 0.5) * sy - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(img.height - 1, y0 + 1);
    const wy = fy - y0;
    for (let x = 0; x < width; x++) {
      let n = 0;
      if (x < scaledW) {
        const fx = Math.min(img.width - 1, Math.max(0, (x + 0.5) * sx - 0.5));
        const x0 = Math.floor(fx);
        const x1 = Math.min(img.width - 1, x0 + 1);
        const wx = fx - x0;
        const d = img.data;
        // biome-ignore lint/style/noNonNullAssertion: per-pixel resize and per-class softmax over typed arrays, indices in range by their bounds; a checked read costs speed here
        const top = d[y0 * img.width + x0]! * (1 - wx) + d[y0 * img.width + x1]! * wx;
        // biome-ignore lint/style/noNonNullAssertion: per-pixel resize and per-class softmax over typed arrays, indices in range by their bounds; a checked read costs speed here
        const bottom = d[y1 * img.width + x0]! * (1 - wx) + d[y1 * img.width + x1]! * wx;
        n = (top * (1 - wy) + bottom * wy) / 127.5 - 1;
      }
      const i = offset + y * width + x;
      into[i] = n;
      into[i + plane] = n;
      into[i + 2 * plane] = n;
    }
  }
}

function inputWidth(img: GrayImage): number {
  // at least 2 heights wide: a lone "1" squeezed into a few time steps is lost
  return Math.min(MAX_WIDTH, Math.max(REC_HEIGHT * 2, Math.ceil((img.width * REC_HEIGHT) / Math.max(1, img.height) / 8) * 8));
}

function decode(rec: Recognizer, out: Float32Array, base: number, steps: number, classes: number): LineReading {
  let text = '';
  let sum = 0;
  let n = 0;
  let prev = 0;
  const digits = new Float32Array(steps * 11);
  for (let t = 0; t < steps; t++) {
    const row = base + t * classes;
    let best = 0;
    // biome-ignore lint/style/noNonNullAssertion: per-pixel resize and per-class softmax over typed arrays, indices in range by their bounds; a checked read costs speed here
    for (let c = 1; c < classes; c++) if (out[row + c]! > out[row + best]!) best = c;
    if (best !== 0 && best !== prev) {
      text += rec.chars[best] ?? '';
      // biome-ignore lint/style/noNonNullAssertion: per-pixel resize and per-class softmax over typed arrays, indices in range by their bounds; a checked read costs speed here
      sum += out[row + best]!;
      n++;
    }
    prev = best;
    // biome-ignore lint/style/noNonNullAssertion: per-pixel resize and per-class softmax over typed arrays, indices in range by their bounds; a checked read costs speed here
    let mass = out[row]!;
    // biome-ignore lint/style/noNonNullAssertion: per-pixel resize and per-class softmax over typed arrays, indices in range by their bounds; a checked read costs speed here
    for (const c of rec.digitClass) mass += out[row + c]!;
    // biome-ignore lint/style/noNonNullAssertion: per-pixel resize and per-class softmax over typed arrays, indices in range by their bounds; a checked read costs speed here
    digits[t * 11] = out[row]! / mass;
    // biome-ignore lint/style/noNonNullAssertion: per-pixel resize and per-class softmax over typed arrays, indices in range by their bounds; a checked read costs speed here
    rec.digitClass.forEach((c, d) => (digits[t * 11 + d + 1] = out[row + c]! / mass));
  }
  return { text, confidence: n === 0 ? 1 : sum / n, digits: { steps, p: digits } };
}

/** Reads printed lines (each one line of text, cropped to its ink with a margin), in batches of similar width. */
export async function recognizeLines(rec: Recognizer, lines: readonly GrayImage[]): Promise<LineReading[]> {
  const order = lines.map((img, i) => ({ i, img, w: inputWidth(img) })).sort((a, b) => a.w - b.w);
  const out: LineReading[] = new Array(lines.length);
  for (let b = 0; b < order.length; b += BATCH) {
    const group = order.slice(b, b + BATCH);
    // the widest line of the batch sets its width (b < order.length: the batch is never empty)
    const widest = group.at(-1);
    if (!widest) continue;
    const width = widest.w;
    const plane = 3 * REC_HEIGHT * width;
    const input = new Float32Array(group.length * plane);
    group.forEach((g, k) => toInput(g.img, width, input, k * plane));
    // the recognition model has one input and one output
    const feeds = { [itemAt(rec.session.inputNames, 0, 'model input')]: new rec.ort.Tensor('float32', input, [group.length, 3, REC_HEIGHT, width]) };
    const outputName = itemAt(rec.session.outputNames, 0, 'model output');
    const result = (await rec.session.run(feeds))[outputName];
    if (!result) throw new MissingItemError(`model output ${outputName}: missing`);
    rec.work.runs++;
    rec.work.columns += width * group.length;
    const [, steps, classes] = result.dims as [number, number, number];
    const data = result.data as Float32Array;
    group.forEach((g, k) => (out[g.i] = decode(rec, data, k * steps * classes, steps, classes)));
  }
  return out;
}
