import { availableParallelism } from 'node:os';

/**
 * How many inputs are checked at once when --jobs is not given: one per core the process may use, at
 * most 4, because each worker may grow to --max-memory (512 MB by default) and a laptop running four
 * of them at 2 GB is already a lot. On this project's 2-core machine: 2.
 */
export function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), 4));
}
