import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The five real Beijing reports (copies of ../shared/seeds, flattened from Word), keyed by their 3-digit prefix. */
export const SEEDS_DIR = join(import.meta.dirname, '../fixtures/seeds');

export function seedText(prefix: string): string {
  const name = readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`seed ${prefix} not found in ${SEEDS_DIR}`);
  return readFileSync(join(SEEDS_DIR, name), 'utf8');
}

export const SEED_IDS = ['000', '001', '002', '003', '004'] as const;

/**
 * The figures a seed prints between the line matching `from` and the next matching `to`, in print order: an
 * oracle independent of the readers, since in the seeds every value cell is a tab-led line holding only a number
 * (spaces inside allowed: "1 0"), printed row by row in template order (tests/integration/seed-cells.test.ts).
 */
export function printedNumbers(text: string, from: RegExp, to: RegExp): number[] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => from.test(l));
  const end = lines.findIndex((l, i) => i > start && to.test(l));
  return lines
    .slice(start, end)
    .filter((l) => l.startsWith('\t'))
    .map((l) => l.slice(1).replace(/[\s\u00a0\u3000]/g, ''))
    .filter((c) => /^\d+(\.\d+)?$/.test(c))
    .map(Number);
}
