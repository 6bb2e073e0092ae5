/**
 * The command-line checker as a user runs it (npm run bench, section 6): the bundle in dist/ started as
 * a child process. Start-up: one seed checked with --json against a bare `node -e 0`, the median of
 * several runs each, as a ratio (target ≤ 8×). Throughput: a directory of 1,000 reports (copies of the
 * five seeds) at --jobs 1 and --jobs 2, in reports per minute (target ≥ 3,000). Printed, never asserted.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** A number written in characters no reader takes for a figure or a year (0 → 东, 1 → 南, …). */
const tag = (i: number) => [...String(i)].map((d) => '东南西北中上下前后左'[Number(d)]).join('');

/**
 * 1,000 reports of 1,000 different agencies: the seeds with 北京市 in each agency's name made
 * 北京市{tag}, so the 对标 ranks and percentiles a cohort of hundreds (copies of one agency would
 * collapse into one row).
 */
function agenciesDir(count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'xxgk-bench-'));
  mkdirSync(path.join(dir, 'reports'));
  const seeds = readdirSync(SEEDS)
    .sort()
    .map((f) => readFileSync(path.join(SEEDS, f), 'utf8'));
  for (let i = 0; i < count; i++)
    writeFileSync(path.join(dir, 'reports', `${String(i).padStart(4, '0')}.txt`), seeds[i % seeds.length]!.replaceAll('北京市', `北京市${tag(i)}`));
  return dir;
}

/** Medians of two commands run in turn (a, b, a, b…), so a change in the machine's load falls on both alike. */
function pairedMedians(a: string[], b: string[], runs: number): [number, number] {
  wall(process.execPath, a);
  wall(process.execPath, b);
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    times[0].push(wall(process.execPath, a));
    times[1].push(wall(process.execPath, b));
  }
  return [median(times[0]), median(times[1])];
}

/**
 * Section 6b: the 对标 (`--benchmark`) on 1,000 reports of different agencies against the plain check of
 * the same directory (--jobs 1): with --json, and with the batch workbook (--xlsx, which then gets the
 * 对标 sheets). Target: within 1.2× of the plain time.
 */
export function benchCliBenchmark(runs = 3): void {
  ensureBuiltCli();
  const count = 1000;
  const dir = agenciesDir(count);
  const out = (f: string) => path.join(dir, f);
  try {
    const plain = [BUILT_CLI, 'check', '--json', '--jobs', '1', '--out', out('out.json'), out('reports')];
    const pairs: [string, string[], string[]][] = [
      ['--json', plain, [...plain, '--benchmark', out('b.csv'), '--benchmark', out('b.html')]],
      ['--json --xlsx', [...plain, '--xlsx', out('all.xlsx')], [...plain, '--xlsx', out('all.xlsx'), '--benchmark', out('b.csv')]],
    ];
    for (const [what, a, b] of pairs) {
      const [ms, withBench] = pairedMedians(a, b, runs);
      const ratio = withBench / ms;
      console.log(
        `   ${count} reports of ${count} agencies, ${what}: ${(ms / 1000).toFixed(2)} s; with --benchmark (${b.filter((x) => /\.(csv|html)$/.test(x)).length === 2 ? '.csv and .html' : '.csv, sheets in the workbook'}) ${(withBench / 1000).toFixed(2)} s: ${ratio.toFixed(2)}× (median of ${runs}; target ≤ 1.2×: ${ratio <= 1.2 ? 'met' : 'MISSED'})`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
