import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI_PACKAGES, EXTENSION_PACKAGES } from '../../scripts/third-party';
import { ROOT } from './harness';

/**
 * The lists of bundled third-party packages (scripts/third-party.ts: the README's table, the notices
 * file, what AMO asks for) against what the builds really bundle: the extension and the CLI built again
 * with source maps, and every node_modules package the maps name.
 */
describe('the third-party packages the builds bundle', () => {
  it('should be exactly the ones listed for the extension and for the CLI', () => {
    const scanned = JSON.parse(execFileSync('npx', ['tsx', 'scripts/third-party.ts', '--scan'], { cwd: ROOT, encoding: 'utf8', timeout: 400_000 })) as {
      extension: string[];
      cli: string[];
    };
    expect(scanned.extension).toEqual([...EXTENSION_PACKAGES].sort());
    expect(scanned.cli).toEqual([...CLI_PACKAGES].sort());
  }, 420_000);
});
