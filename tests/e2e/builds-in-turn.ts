const KEY = Symbol.for('xxgk-audit.e2e-builds');

/**
 * Runs `build` after every build queued before it by a globalSetup of this vitest process (each project's
 * globalSetup is its own module, so the queue lives on globalThis). WXT builds write .wxt/ and must not
 * overlap; queued, the Firefox zip can run in the background while the tests run (zip-firefox-once.ts).
 */
export function inTurn<T>(build: () => Promise<T> | T): Promise<T> {
  const g = globalThis as { [KEY]?: Promise<unknown> };
  const run = (g[KEY] ?? Promise.resolve()).catch(() => undefined).then(build);
  g[KEY] = run;
  return run;
}
