/**
 * The command-line checker as a user runs it (npm run bench, section 6): the bundle in dist/ started as
 * a child process. Start-up: one seed checked with --json against a bare `node -e 0`, the median of
 * several runs each, as a ratio (target ≤ 8×). Throughput: a directory of 1,000 reports (copies of the
 * five seeds) at --jobs 1 and --jobs 2, in reports per minute (target ≥ 3,000). Printed, never asserted.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { BUILT_CLI, ensureBuiltCli } from '../scripts/ensure-built-cli';
import { median } from './median';

const ROOT = path.resolve(import.meta.dirname, '..');
const SEEDS = path.join(ROOT, 'tests/fixtures/seeds');

/** Wall time of one child process, in ms; the output is read and dropped, as a pipe would. */
function wall(command: string, args: string[]): number {
  const start = performance.now();
  const run = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 << 20 });
  const ms = performance.now() - start;
  // exit 1 (error findings in seed 002) is an answer; anything else means the figure is not a check
  if (run.status !== 0 && run.status !== 1) throw new Error(`${command} ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return ms;
}

function medianWall(command: string, args: string[], runs: number): number {
  wall(command, args); // warm-up: the file cache, not the figure
  return median(Array.from({ length: runs }, () => wall(command, args)));
}

/** 1,000 reports: 200 copies of each seed, under names that keep them apart. */
function reportsDir(count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'xxgk-bench-'));
  mkdirSync(path.join(dir, 'reports'));
  const seeds = readdirSync(SEEDS).sort();
  for (let i = 0; i < count; i++) copyFileSync(path.join(SEEDS, seeds[i % seeds.length]!), path.join(dir, 'reports', `${String(i).padStart(4, '0')}.txt`));
  return dir;
}

export function benchCli(runs = 7): void {
  ensureBuiltCli();
  const seed = path.join(SEEDS, readdirSync(SEEDS).sort()[0]!);
  const bare = medianWall(process.execPath, ['-e', '0'], runs);
  const one = medianWall(process.execPath, [BUILT_CLI, 'check', seed, '--json'], runs);
  const tsx = medianWall(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'cli/bin.ts', 'check', seed, '--json'], 3);
  console.log(`   node -e 0                              ${bare.toFixed(0)} ms (median of ${runs})`);
  console.log(
    `   one seed, dist/xxgk-audit.mjs --json   ${one.toFixed(0)} ms: ${(one / bare).toFixed(1)}× node -e 0 (target ≤ 8×: ${one <= 8 * bare ? 'met' : 'MISSED'})`,
  );
  console.log(`   one seed from the sources through tsx  ${tsx.toFixed(0)} ms: ${(tsx / bare).toFixed(1)}× (what bin/ ran before the bundle; median of 3)`);
  const count = 1000;
  const dir = reportsDir(count);
  try {
    for (const jobs of [1, 2]) {
      const ms = medianWall(
        process.execPath,
        [BUILT_CLI, 'check', '--json', '--jobs', String(jobs), '--out', path.join(dir, 'out.json'), path.join(dir, 'reports')],
        3,
      );
      const perMinute = (count / ms) * 60_000;
      console.log(
        `   ${count} reports, --jobs ${jobs}: ${(ms / 1000).toFixed(2)} s, ${Math.round(perMinute)} reports per minute (median of 3; target ≥ 3,000: ${perMinute >= 3000 ? 'met' : 'MISSED'})`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const [load] = loadavg();
  console.log(`   ${availableParallelism()} cores, load average ${load!.toFixed(1)} at the end (a shared machine: other work slows --jobs 2 first)`);
}
