/** The checking worker's first message (check-worker.ts → isolated-checker.ts): it has loaded and takes inputs. */
export const WORKER_READY = 'ready';
