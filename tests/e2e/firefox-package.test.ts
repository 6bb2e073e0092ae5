import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { zipNames } from '../../lib/attach/zip-names';
import { ROOT } from '../../scripts/chromium';
import { FIREFOX_EXTENSION } from '../../scripts/firefox';
import { firefoxZipped } from './zip-firefox-once';

// what `wxt zip -b firefox` (tests/e2e/zip-firefox-once.ts) wrote, and what AMO is sent
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
const SOURCES_ZIP = path.join(ROOT, `.output/xxgk-audit-${version}-sources.zip`);

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

describe('the Firefox package', () => {
  // zipped in the background by the globalSetup: run alone, this file waits for it (its own net)
  // the zip follows the Chrome build, both in the background: a net of the two builds' own
  beforeAll(() => firefoxZipped(), 2_700_000);

  it('should pass web-ext lint with no error', () => {
    // web-ext exits 1 when it finds errors; the JSON report is on stdout either way
    let out: string;
    try {
      out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', FIREFOX_EXTENSION, '--output', 'json', '--no-config-discovery'], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        // a net: some 20 s on quiet cores; at a load of 30 it passed 120 s and the empty output failed as bad JSON
        timeout: 600_000,
      });
    } catch (err) {
      out = (err as { stdout?: string }).stdout ?? '';
    }
    const report = JSON.parse(out) as { errors: LintMessage[]; warnings: LintMessage[] };
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
  }, 660_000);

  it('should put exactly the files git tracks in the sources zip (no build output, artifacts or untracked files)', () => {
    const names = zipNames(new Uint8Array(readFileSync(SOURCES_ZIP)));
    if (!names) throw new Error(`not a whole ZIP: ${SOURCES_ZIP}`);
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
    // JSZip also writes an entry per folder ("tests/"); they hold nothing
    expect(names.filter((n) => !n.endsWith('/')).sort()).toEqual(tracked.sort());
  });
});
