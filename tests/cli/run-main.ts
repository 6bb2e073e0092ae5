import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { main, type Io } from '../../cli/main';
import { BUILT_CLI } from '../../scripts/ensure-built-cli';

/**
 * The bundled checking worker (dist/, rebuilt when stale by the project's globalSetup): the sources' own worker
 * starts through tsx, which compiles lib again at each start (about 3 s a run on a busy machine, against 0.3 s).
 * What main() does around it stays the sources'; `{ workerUrl: SOURCE_WORKER }` runs the sources' worker.
 */
export const BUILT_WORKER = pathToFileURL(join(dirname(BUILT_CLI), 'check-worker.mjs'));
export const SOURCE_WORKER = new URL('../../cli/check-worker.mjs', import.meta.url);

/**
 * main() in-process with its output captured: the CLI's behaviour without the cost of a child process,
 * its inputs checked by the bundled worker unless `io` names another. One job unless the test asks for more:
 * a second worker would only slow the test down.
 */
export async function runMain(argv: string[], io: Partial<Io> = {}) {
  let stdout = '';
  let stderr = '';
  const jobs = argv.some((a) => /^(--jobs|-j)/.test(a)) ? [] : ['--jobs', '1'];
  const code = await main([...argv, ...jobs], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), workerUrl: BUILT_WORKER, ...io });
  return { code, stdout, stderr };
}
