import { Worker } from 'node:worker_threads';
import * as z from 'zod/mini';
import type { Refusal } from '#lib/read';
import type { Lang } from '#lib/model';
import { crashedOutcome, failedOutcome, type Outcome, OutcomeSchema } from './outcome';
import { readFailed } from './read-result';
import { WORKER_READY } from './worker-ready';

/** How much one input may take before it is stopped and reported as unreadable (exit 2). */
export interface InputLimits {
  /** the worker's JS heap, in MB */
  memoryMb: number;
  /** reading and checking one input, in seconds (a download's own 30 s timeout is inside it; a new worker's start-up is not) */
  seconds: number;
}

/** A report needs a few MB and under a second; these stop only what is not a report. */
export const DEFAULT_LIMITS: InputLimits = { memoryMb: 512, seconds: 120 };

// the worker is our own code, but what it sends is made from the input: checked like any message
const Reply = z.object({ id: z.number(), outcome: OutcomeSchema });

const WORKER_URL = new URL('./check-worker.mjs', import.meta.url);

/**
 * Checks inputs one at a time in a worker thread with a memory limit and a time limit, so that an
 * input that exhausts either (a span bomb, a PDF of millions of operators, a bug) becomes an exit-2
 * entry for that input and the run goes on with a new worker. The worker is started on the first
 * input and kept for the next ones: starting it costs about 0.2 s.
 */
export class IsolatedChecker {
  #worker: Worker | null = null;
  #next = 0;
  /** workers that have said WORKER_READY */
  #ready = new WeakSet<Worker>();

  /** `workerUrl`: the worker's module, check-worker.mjs beside this file unless a test gives the built one */
  constructor(
    private readonly limits: InputLimits = DEFAULT_LIMITS,
    private readonly workerUrl: URL = WORKER_URL,
  ) {}

  check(source: string, summary: Lang | null, ocr = false): Promise<Outcome> {
    const worker = (this.#worker ??= this.#spawn());
    const id = this.#next++;
    return new Promise((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const finish = (outcome: Outcome, broken: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (broken) this.#drop(worker);
        resolve(outcome);
      };
      const fail = (refused: Refusal) => finish(failedOutcome(readFailed(source, refused)), true);
      const onMessage = (message: unknown) => {
        if (message === WORKER_READY) return void (this.#ready.add(worker), startClock());
        const reply = Reply.safeParse(message);
        if (!reply.success) fail({ reason: 'checker-garbled' });
        else if (reply.data.id === id) finish(reply.data.outcome, false);
      };
      const onError = (e: Error & { code?: string }) => {
        if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') fail({ reason: 'out-of-memory', limit: this.limits.memoryMb * 1024 * 1024 });
        else finish(crashedOutcome(source, e.message), true);
      };
      const onExit = (exitCode: number) => fail({ reason: 'checker-exited', exitCode });
      // the clock runs from the moment the worker can read the input: a new worker's start-up is not billed to it
      const startClock = () => {
        timer = setTimeout(() => fail({ reason: 'out-of-time', seconds: this.limits.seconds }), this.limits.seconds * 1000);
      };
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage({ id, source, summary, ocr });
      if (this.#ready.has(worker)) startClock();
    });
  }

  /** Stops the worker (after the last input, or to let node exit). */
  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = null;
    await worker?.terminate();
  }

  #spawn(): Worker {
    const worker = new Worker(this.workerUrl, { resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb } });
    // an error between two inputs (none is waiting for it) still retires the worker, and never goes unhandled
    worker.on('error', () => this.#drop(worker));
    return worker;
  }

  #drop(worker: Worker): void {
    if (this.#worker === worker) this.#worker = null;
    void worker.terminate();
  }
}
