/**
 * `npm run mutation:sample -- --mutate 'lib/rules/**\/*.ts' --n 200 --seed 1`: a mutation score for a whole
 * folder from a seeded uniform sample of its mutants, in the time a session has (a whole-folder run of
 * lib/rules takes some 13 h on this machine). It is a thin wrapper around Stryker:
 *
 * 1. list the folder's mutants with Stryker's own instrumenter, the same mutators and ignorers (the words
 *    ignorer included) and the same excludes as stryker.config.mjs; ignored mutants are not in the population;
 * 2. draw `n` of them without replacement (Fisher–Yates on pure-rand's xoroshiro128+ seeded with `seed`);
 * 3. instrument again with the sample's ranges and the `sample` ignorer, exactly as Stryker will, to check that
 *    every sampled mutant is selected and to count the extra mutants that come along (same node, other mutator);
 * 4. run `stryker run stryker.sample.config.mjs` (the normal test set of vitest.stryker.config.ts);
 * 5. score the sampled mutants only, from Stryker's JSON report: killed, survived, no coverage, timeout, the
 *    score (killed + timeout) / (those four) with a 95 % Wilson interval, and every survivor.
 *
 * Each file's count of mutants goes to `population.json` beside the summary. `--list` stops after step 3.
 * Run it as `nice -n 10 npm run mutation:sample -- …` (the cores are shared).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Ignorer } from '@stryker-mutator/api/ignore';
import type { Logger } from '@stryker-mutator/api/logging';
import type { Mutant, MutatorDescriptor } from '@stryker-mutator/api/core';
import { type File, Instrumenter, type InstrumenterOptions } from '@stryker-mutator/instrumenter';
import { minimatch } from 'minimatch';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

const ROOT = resolve(import.meta.dirname, '..');
/** stryker.config.mjs itself: the sample inherits its mutators, ignorers and excludes */
const { default: strykerConfig } = (await import(pathToFileURL(join(ROOT, 'stryker.config.mjs')).href)) as {
  default: { mutate: string[]; ignorers: string[]; plugins: string[]; mutator?: Partial<MutatorDescriptor> };
};

/** A mutant as the sample file holds it: Stryker's API location (line and column 0-based). */
interface SampledMutant {
  fileName: string;
  location: Mutant['location'];
  mutatorName: string;
  replacement: string;
}

/** The files a `--mutate` glob names, minus the config's `!` excludes, as Stryker's project reader picks them. */
function filesToMutate(patterns: string[]): string[] {
  const excludes = strykerConfig.mutate.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const all = readdirSync(join(ROOT, 'lib'), { recursive: true, encoding: 'utf8' }).map((f) => join('lib', f));
  return all
    .filter((f) => patterns.some((p) => minimatch(f, p)) && !excludes.some((p) => minimatch(f, p)))
    .sort()
    .map((f) => join(ROOT, f));
}

async function loadIgnorers(names: string[], pluginFiles: string[]): Promise<Ignorer[]> {
  const declared = new Map<string, Ignorer>();
  for (const file of pluginFiles) {
    const mod = (await import(resolve(ROOT, file))) as { strykerPlugins: { kind: string; name: string; value: Ignorer }[] };
    for (const plugin of mod.strykerPlugins) if (plugin.kind === 'Ignore') declared.set(plugin.name, plugin.value);
  }
  return names.map((name) => {
    const ignorer = declared.get(name);
    if (!ignorer) throw new Error(`ignorer "${name}" is not declared by ${pluginFiles.join(', ')}`);
    return ignorer;
  });
}

const quietLogger = {
  isDebugEnabled: () => false,
  isTraceEnabled: () => false,
  isInfoEnabled: () => false,
  isWarnEnabled: () => true,
  isErrorEnabled: () => true,
  isFatalEnabled: () => true,
  trace() {},
  debug() {},
  info() {},
  warn: console.warn,
  error: console.error,
  fatal: console.error,
} as unknown as Logger;

/** Stryker's instrumenter over `files`, restricted to `ranges` per file when given. */
async function instrument(
  files: string[],
  ignorers: Ignorer[],
  ranges?: Map<string, { start: Mutant['location']['start']; end: Mutant['location']['end'] }[]>,
): Promise<readonly Mutant[]> {
  const input: File[] = files.map((name) => ({
    name,
    content: readFileSync(name, 'utf8'),
    mutate: ranges ? (ranges.get(name) ?? false) : true,
  }));
  const options: InstrumenterOptions = { plugins: null, excludedMutations: [], ...strykerConfig.mutator, ignorers };
  const result = await new Instrumenter(quietLogger).instrument(input, options);
  return result.mutants;
}

const key = (m: SampledMutant) =>
  `${m.fileName}:${m.location.start.line}:${m.location.start.column}-${m.location.end.line}:${m.location.end.column} ${m.mutatorName} ${m.replacement}`;

/** `n` of `items` without replacement, uniformly, from `seed` (a partial Fisher–Yates shuffle). */
function draw<T>(items: T[], n: number, seed: number): T[] {
  const rng = xoroshiro128plus(seed);
  const pool = [...items];
  const count = Math.min(n, pool.length);
  for (let i = 0; i < count; i++) {
    const j = uniformInt(rng, i, pool.length - 1);
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, count);
}

/** 95 % Wilson score interval of `k` successes in `m` trials. */
export function wilson(k: number, m: number, z = 1.959964): [number, number] {
  if (m === 0) return [0, 1];
  const p = k / m;
  const centre = p + (z * z) / (2 * m);
  const half = z * Math.sqrt((p * (1 - p)) / m + (z * z) / (4 * m * m));
  const denom = 1 + (z * z) / m;
  return [(centre - half) / denom, (centre + half) / denom];
}

interface ReportMutant {
  mutatorName: string;
  replacement?: string;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
  status: string;
}

/** The status of each mutant in the Stryker JSON report of the sample run in `dir`, by key. */
function statusesOf(dir: string): Map<string, string> {
  const json = JSON.parse(readFileSync(join(dir, 'mutation.json'), 'utf8')) as { files: Record<string, { mutants: ReportMutant[] }> };
  const statuses = new Map<string, string>();
  for (const [file, { mutants }] of Object.entries(json.files))
    for (const m of mutants) {
      // the report's positions are 1-based (line and column); the API's 0-based
      const location = {
        start: { line: m.location.start.line - 1, column: m.location.start.column - 1 },
        end: { line: m.location.end.line - 1, column: m.location.end.column - 1 },
      };
      statuses.set(key({ fileName: resolve(ROOT, file), location, mutatorName: m.mutatorName, replacement: m.replacement ?? '' }), m.status);
    }
  return statuses;
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

async function main() {
  const { values } = parseArgs({
    options: {
      mutate: { type: 'string', multiple: true },
      n: { type: 'string', default: '200' },
      seed: { type: 'string', default: '1' },
      name: { type: 'string' },
      list: { type: 'boolean', default: false },
      rerun: { type: 'string' },
    },
  });
  const patterns = values.mutate ?? [];
  if (patterns.length === 0) throw new Error("give the folder: --mutate 'lib/rules/**/*.ts' (repeatable)");
  const n = Number(values.n);
  const seed = Number(values.seed);
  const name =
    values.name ??
    `${patterns
      .join('+')
      .replace(/[^\w]+/g, '-')
      .replace(/^-|-$/g, '')}-n${n}-s${seed}`;
  const outDir = join(ROOT, 'reports/mutation-sample', name);
  mkdirSync(outDir, { recursive: true });

  const files = filesToMutate(patterns);
  const configIgnorers = await loadIgnorers(
    strykerConfig.ignorers,
    strykerConfig.plugins.filter((p) => p.startsWith('./')),
  );
  const listed = await instrument(files, configIgnorers);
  const population = listed.filter((m) => m.status !== 'Ignored');
  const ignored = listed.length - population.length;
  const asSampled = (m: Mutant): SampledMutant => ({ fileName: m.fileName, location: m.location, mutatorName: m.mutatorName, replacement: m.replacement });
  // a canonical order, so the sample depends on the seed and the code only
  const ordered = population.map(asSampled).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const sample = draw(ordered, n, seed);
  console.log(`${files.length} files, ${population.length} mutants (${ignored} ignored: words, disable comments); sample of ${sample.length}, seed ${seed}`);
  // each file's share of the population: with a whole-file run's exact score, the weights of a stratified estimate
  const perFile: Record<string, number> = {};
  for (const m of ordered) {
    const file = relative(ROOT, m.fileName);
    perFile[file] = (perFile[file] ?? 0) + 1;
  }
  writeFileSync(join(outDir, 'population.json'), `${JSON.stringify(perFile, null, 1)}\n`);
  // --rerun <name>: the same sample, Stryker run on that run's survivors only; the others keep their status (a
  // test added since cannot bring a killed mutant back to life), so this is the same-seed score at a fraction of the time
  const earlier = values.rerun ? statusesOf(join(ROOT, 'reports/mutation-sample', values.rerun)) : undefined;
  if (earlier && sample.some((m) => !earlier.has(key(m)))) throw new Error(`--rerun ${values.rerun}: not the same sample (code, n or seed changed)`);
  const toRun = earlier ? sample.filter((m) => ['Survived', 'NoCoverage'].includes(earlier.get(key(m)) ?? '')) : sample;
  if (earlier) console.log(`rerunning the ${toRun.length} survivors of ${values.rerun}`);

  // Stryker's range syntax: line 1-based, column 0-based (as Babel's), end column included
  const ranges = toRun.map(
    (m) => `${relative(ROOT, m.fileName)}:${m.location.start.line + 1}:${m.location.start.column}-${m.location.end.line + 1}:${m.location.end.column}`,
  );
  const report = join(outDir, 'mutation.json');
  const sampleFile = join(outDir, 'sample.json');
  writeFileSync(sampleFile, `${JSON.stringify({ patterns, seed, n, population: population.length, ranges, report, mutants: toRun }, null, 1)}\n`);

  // step 3: what Stryker will select with these ranges and the sample ignorer
  process.env.STRYKER_SAMPLE = sampleFile;
  const sampleIgnorers = await loadIgnorers(
    [...strykerConfig.ignorers, 'sample'],
    [...strykerConfig.plugins.filter((p) => p.startsWith('./')), './scripts/stryker-sample-ignorer.mjs'],
  );
  const byFile = new Map<string, { start: Mutant['location']['start']; end: Mutant['location']['end'] }[]>();
  for (const m of toRun) byFile.set(m.fileName, [...(byFile.get(m.fileName) ?? []), m.location]);
  const selected = (await instrument([...byFile.keys()], sampleIgnorers, byFile)).filter((m) => m.status !== 'Ignored');
  const selectedKeys = new Set(selected.map((m) => key(asSampled(m))));
  writeFileSync(join(outDir, 'selected.json'), `${JSON.stringify(selected.map(asSampled), null, 1)}\n`);
  const missing = toRun.filter((m) => !selectedKeys.has(key(m)));
  if (missing.length > 0) throw new Error(`ranges miss ${missing.length} sampled mutants, e.g. ${key(missing[0] as SampledMutant)}`);
  console.log(
    `the ranges select all ${toRun.length} sampled mutants and ${selected.length - toRun.length} extra, tested but not scored (other mutators on the same node, nodes between nested sampled ones)`,
  );
  if (values.list) return;

  const started = Date.now();
  const run = spawnSync('npx', ['stryker', 'run', 'stryker.sample.config.mjs'], { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (run.status !== 0) throw new Error(`stryker exited with ${run.status}`);
  const minutes = (Date.now() - started) / 60_000;

  const reported = statusesOf(outDir);
  const counts: Record<string, number> = {};
  const survivors: [SampledMutant, string][] = [];
  for (const m of sample) {
    const status = reported.get(key(m)) ?? earlier?.get(key(m)) ?? 'NotReported';
    counts[status] = (counts[status] ?? 0) + 1;
    // timeouts too: under load a slow survivor can time out and count as detected, so each is shown for judging
    if (status === 'Survived' || status === 'NoCoverage' || status === 'Timeout') survivors.push([m, status]);
  }
  const killed = counts.Killed ?? 0;
  const timeout = counts.Timeout ?? 0;
  const valid = killed + timeout + (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
  const [low, high] = wilson(killed + timeout, valid);
  const lines = [
    `sample ${name}: ${sample.length} of ${population.length} mutants of ${patterns.join(', ')}, seed ${seed}; Stryker ${minutes.toFixed(1)} min` +
      (earlier ? ` on the ${toRun.length} survivors of ${values.rerun}` : ''),
    `killed ${killed}, survived ${counts.Survived ?? 0}, no coverage ${counts.NoCoverage ?? 0}, timeout ${timeout}` +
      Object.entries(counts)
        .filter(([s]) => !['Killed', 'Survived', 'NoCoverage', 'Timeout'].includes(s))
        .map(([s, c]) => `, ${s} ${c} (not scored)`)
        .join(''),
    `estimated score ${pct((killed + timeout) / valid)} (95 % Wilson interval ${pct(low)} – ${pct(high)}), of ${valid} scored`,
    ...survivors.map(
      ([m, status]) =>
        `  ${({ NoCoverage: 'no coverage', Timeout: 'timeout', Survived: 'survived' } as Record<string, string>)[status]} ${relative(ROOT, m.fileName)}:${m.location.start.line + 1}:${m.location.start.column + 1} ${m.mutatorName} → ${JSON.stringify(m.replacement)}`,
    ),
  ];
  writeFileSync(join(outDir, 'summary.txt'), `${lines.join('\n')}\n`);
  console.log(lines.join('\n'));
}

await main();
