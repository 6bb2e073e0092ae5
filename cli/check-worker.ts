import { parentPort } from 'node:worker_threads';
import * as z from 'zod/mini';
import { checkOne } from './check-one';
import { WORKER_READY } from './worker-ready';

/** What the CLI's main thread asks of the worker: one input at a time, and the summary's language if one is printed. */
export const CheckRequest = z.object({ id: z.number(), source: z.string(), summary: z.nullable(z.enum(['zh', 'en'])), ocr: z.boolean() });

// the body of the checking worker (isolated-checker.ts): an input that exhausts its memory or time
// takes down this thread only, never the run
parentPort?.on('message', (message: unknown) => {
  const request = CheckRequest.safeParse(message);
  if (!request.success) return;
  const { id, source, summary, ocr } = request.data;
  void checkOne(source, summary, ocr).then((outcome) => parentPort?.postMessage({ id, outcome }));
});

// loaded (the bundle parsed, or the sources compiled by tsx): the time limit of an input starts now, not
// with a start-up that takes seconds on a busy machine and says nothing about the input
parentPort?.postMessage(WORKER_READY);
