import { execFileSync } from 'node:child_process';

/**
 * The files git tracks under `root`, as glob patterns that match only themselves: what the sources zip
 * for AMO may hold. A reviewer rebuilds from that zip, so it must be the project as committed, never
 * e2e-artifacts/, demo-output/, .output/ or a scratch file that happens to lie in the checkout.
 * Throws outside a git checkout: a sources zip made from whatever is on disk is the thing to avoid.
 * @example trackedSources('/work/wt') → ['.ci/run', '.gitignore', 'README.md', …]
 */
export function trackedSources(root: string): string[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached'], { cwd: root, encoding: 'utf8' });
  // minimatch and fast-glob both read a backslash as "the next character is literal"
  return listed
    .split('\0')
    .filter((name) => name !== '')
    .map((name) => name.replace(/[\\*?[\]{}()!+@]/g, '\\$&'));
}
