import { ensureBuiltCli } from '../scripts/ensure-built-cli';

/** vitest globalSetup: the bundled CLI is up to date before any test runs it as a child process. */
export function setup(): void {
  ensureBuiltCli();
}
