import { failedRow, pendingRow, type BatchItem, type BatchRow } from './batch-row';

export interface BatchProgress {
  /** rows finished (done or failed) */
  done: number;
  total: number;
  /** URLs being checked right now */
  current: string[];
  paused: boolean;
  /** a snapshot: every row, in item order (a new array and new row objects on each change) */
  rows: BatchRow[];
}

export interface BatchOptions {
  /** reports checked at once, 1 to 3 (default 1): portals are small servers and block bursts */
  concurrency?: number;
  /** least time between two starts, at least 800 ms (the default) */
  intervalMs?: number;
  signal?: AbortSignal;
  onProgress?: (p: BatchProgress) => void;
  /** a clock (ms), so the pause between starts counts time already spent checking; without it the full interval is waited */
  now?: () => number;
}

export interface BatchControl {
  pause(): void;
  resume(): void;
  readonly paused: boolean;
  /** every row once the batch has ended (finished or cancelled); never rejects */
  done: Promise<BatchRow[]>;
}

export const MIN_INTERVAL_MS = 800;
export const MAX_CONCURRENCY = 3;

/**
 * Checks many reports politely: one at a time by default, at least 800 ms between two starts,
 * pausable, cancellable through `signal` (rows not started become 'cancelled'; a check under way gets
 * the signal). A failing check (it throws or rejects) fails its row only. `check` and `sleep` are
 * injected (the extension page fetches; tests pass a fake sleep), so this file holds no timer.
 */
export function runBatch(
  items: readonly BatchItem[],
  check: (url: string, signal: AbortSignal | undefined) => Promise<BatchRow>,
  sleep: (ms: number, signal: AbortSignal | undefined) => Promise<void>,
  options: BatchOptions = {},
): BatchControl {
  const { signal, onProgress, now } = options;
  const concurrency = Math.min(MAX_CONCURRENCY, Math.max(1, Math.floor(options.concurrency ?? 1)));
  const interval = Math.max(MIN_INTERVAL_MS, options.intervalMs ?? MIN_INTERVAL_MS);
  const rows = items.map(pendingRow);
  let paused = false;
  let wake: (() => void) | null = null;

  const report = () => {
    if (!onProgress) return;
    onProgress({
      done: rows.filter((r) => r.status === 'done' || r.status === 'failed').length,
      total: rows.length,
      current: rows.filter((r) => r.status === 'running').map((r) => r.url),
      paused,
      rows: rows.slice(),
    });
  };
  const set = (i: number, row: BatchRow) => {
    rows[i] = row;
    report();
  };
  const aborted = () => signal?.aborted === true;
  const onAbort = () => wake?.();
  signal?.addEventListener('abort', onAbort);

  const gate = async () => {
    while (paused && !aborted()) await new Promise<void>((r) => (wake = r));
    wake = null;
  };

  const runOne = async (i: number): Promise<void> => {
    // the loop starts each of the items once, and rows has one for each
    const item = items[i];
    const pending = rows[i];
    if (!item || !pending) return;
    set(i, { ...pending, status: 'running' });
    let row: BatchRow;
    try {
      const result = await check(item.url, signal);
      row = { ...result, url: item.url, linkText: item.linkText };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      row = aborted()
        ? { ...pendingRow(item), status: 'cancelled', error: { reason: 'cancelled' } }
        : failedRow(item, { reason: 'check-failed', why: message });
    }
    set(i, row);
  };

  const loop = async (): Promise<BatchRow[]> => {
    const active = new Set<Promise<void>>();
    let lastStart: number | null = null;
    for (let i = 0; i < items.length; i++) {
      await gate();
      while (active.size >= concurrency) await Promise.race(active);
      if (lastStart !== null) {
        const wait = now ? interval - (now() - lastStart) : interval;
        if (wait > 0) await sleep(wait, signal).catch(() => undefined);
      }
      // a pause asked for during the wait holds the next start
      await gate();
      if (aborted()) break;
      lastStart = now ? now() : 0;
      const p = runOne(i).finally(() => active.delete(p));
      active.add(p);
    }
    await Promise.all(active);
    for (const [i, r] of rows.entries()) if (r.status === 'pending') rows[i] = { ...r, status: 'cancelled', error: { reason: 'cancelled' } };
    signal?.removeEventListener('abort', onAbort);
    report();
    return rows.slice();
  };

  const done = loop();
  return {
    pause() {
      if (paused) return;
      paused = true;
      report();
    },
    resume() {
      if (!paused) return;
      paused = false;
      wake?.();
      report();
    },
    get paused() {
      return paused;
    },
    done,
  };
}
