import { readdirSync } from 'node:fs';
import path from 'node:path';
import { checkInput } from '../../cli/check-input';
import { readInput } from '../../cli/read-input';
import type { CheckResult } from '../../lib/pipeline';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

/** The copies of ../shared/corpus/markdown among tests/fixtures/markdown (beside the seeds' and other converters' Markdown). */
const CORPUS_MARKDOWN = ['markdown/shanghai-stcsm-2024.md', 'markdown/shuyang-gov-2025.md'];

/** Every real report of ../shared/corpus (html, text, markdown, pdf: copies in tests/fixtures) and tests/fixtures/real, in that order. */
export const REAL_BATCH_FILES: string[] = [
  ...['corpus/html', 'corpus/text'].flatMap((dir) => files(dir)),
  ...CORPUS_MARKDOWN,
  ...files('pdf'),
  ...files('real'),
];

function files(dir: string): string[] {
  return readdirSync(path.join(FIXTURES, dir))
    .filter((f) => /\.(html|txt|md|pdf)$/.test(f))
    .sort()
    .map((f) => `${dir}/${f}`);
}

export interface BatchReport {
  /** the file under tests/fixtures, as the batch's address */
  url: string;
  result: CheckResult;
}

/** The real reports checked one by one as the command-line checker checks them (readInput, checkInput), as one batch. */
export async function realBatch(): Promise<BatchReport[]> {
  const out: BatchReport[] = [];
  for (const file of REAL_BATCH_FILES) {
    const read = await readInput(path.join(FIXTURES, file));
    if (!read.ok) throw new Error(`${file}: ${read.refused.reason}`);
    out.push({ url: file, result: checkInput(read).result });
  }
  return out;
}
