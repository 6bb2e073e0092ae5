// Starts the checking worker (check-worker.ts) through tsx's loader, as bin/xxgk-audit.mjs starts the
// CLI: a worker thread does not inherit the loader registered in the main thread.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./check-worker.ts', import.meta.url).href);
