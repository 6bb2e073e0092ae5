import { describe, expect, it } from 'vitest';
import { CLI_PACKAGES, EXTENSION_PACKAGES, scanBundles } from '../../scripts/third-party';
import { EXTENSION } from '../../scripts/chromium';

/**
 * The lists of bundled third-party packages (scripts/third-party.ts: the README's table, the notices
 * file, what AMO asks for) against what the builds really bundle: every node_modules package named by the
 * source maps of the extension (the e2e suite's one build, tests/e2e/build-once.ts, writes them hidden) and
 * of the CLI built again with source maps.
 */
describe('the third-party packages the builds bundle', () => {
  it('should be exactly the ones listed for the extension and for the CLI', () => {
    const scanned = scanBundles(EXTENSION);
    expect(scanned.extension).toEqual([...EXTENSION_PACKAGES].sort());
    expect(scanned.cli).toEqual([...CLI_PACKAGES].sort());
  }, 420_000);
});
