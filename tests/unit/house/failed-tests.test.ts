import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = path.resolve(import.meta.dirname, '../../../scripts/failed-tests.mjs');

/** A vitest JSON report of the shape `--reporter=json` writes (the keys the script reads). */
function report(dir: string, name: string, testResults: object[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify({ numPassedTests: 1, numFailedTests: 2, testResults }));
  return file;
}

describe('scripts/failed-tests.mjs (what .ci/run prints above its last line when a test failed)', () => {
  it('should name each failed test with the head of its error, uncoloured, and a file that failed outside its tests', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xxgk-failed-'));
    const main = report(dir, 'main.json', [
      {
        name: path.join(process.cwd(), 'tests/e2e/popup.test.ts'),
        status: 'failed',
        message: '',
        assertionResults: [
          { fullName: 'the popup should show the verdict', status: 'passed', failureMessages: [] },
          {
            fullName: 'the popup should copy 表三',
            status: 'failed',
            failureMessages: [
              `AssertionError: expected \u001b[31m'?'\u001b[39m to be '10'\n${Array.from({ length: 20 }, (_, i) => `    at frame ${i}`).join('\n')}`,
            ],
          },
        ],
      },
      { name: path.join(process.cwd(), 'tests/e2e/batch.test.ts'), status: 'failed', message: 'Hook timed out in 300000ms', assertionResults: [] },
      { name: path.join(process.cwd(), 'tests/cli/main.test.ts'), status: 'passed', message: '', assertionResults: [{ fullName: 'x', status: 'passed' }] },
    ]);
    const out = execFileSync('node', [SCRIPT, main, path.join(dir, 'absent.json')], { encoding: 'utf8' });
    const lines = out.split('\n');
    expect(lines[0]).toBe('FAILED tests/e2e/popup.test.ts > the popup should copy 表三');
    expect(lines[1]).toBe("    AssertionError: expected '?' to be '10'");
    expect(out).toContain('at frame 6');
    expect(out).not.toContain('at frame 7');
    expect(out).toContain('FAILED tests/e2e/batch.test.ts (the file)\n    Hook timed out in 300000ms');
    expect(out).not.toContain('main.test.ts');
    expect(out).not.toContain('show the verdict');
    expect(out).toMatch(/failed tests: .*absent\.json could not be read/);
  });
});
