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
