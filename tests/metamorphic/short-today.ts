import { it } from 'vitest';

/**
 * What falls short of issue 15's bar on main today (measured 2026-12-06 with npm run metamorphic on main
 * b83b1b6; the README's figures), each with who is expected to lift it (a branch, or a decision). An entry turns its assertion into `it.fails`:
 * once the fix is merged the assertion holds, the test fails and says to delete the entry. Nothing else in
 * the suite changes when a form comes up to the bar.
 */
export const SHORT_TODAY: Readonly<Record<string, string>> = {
  // empty since 2026-12-06 (the spaced figure of seed 002's crawler text, the ragged right edge of Chromium's PDFs)
};

/**
 * `it` for an assertion that holds today, `it.fails` for one listed short (its title then says who lifts it):
 * the listed ones still run, and start failing the day they are fixed.
 */
export function itUnlessShort(key: string): [typeof it | typeof it.fails, string] {
  const branch = SHORT_TODAY[key];
  return branch ? [it.fails, `${key} — short today (to be lifted by ${branch}): delete its SHORT_TODAY entry when this fails`] : [it, key];
}
