import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/**
 * Issue 19, "behaviour unchanged": what the checker says about every real input, and what the screens
 * look like, taken from two trees and compared. A refactor must leave both identical except where a fix is
 * named.
 *
 *   npx tsx scripts/behaviour-snapshot.ts snap --cli <tree>/dist/xxgk-audit.mjs --out <dir> [--screens <tree>/e2e-artifacts]
 *   npx tsx scripts/behaviour-snapshot.ts diff <dirA> <dirB>
 *
 * `snap` runs one tree's built CLI over the same inputs (this tree's fixtures and the shared corpus and
 * seeds, so only the code differs): canonical JSON, the Chinese and English summaries and the tables as TSV,
 * each with its exit code; `--screens` copies the e2e screenshots (screens-*.png and the other e2e pictures).
 * `diff` prints each file that differs: text by its first differing line, pictures by ImageMagick's count of
 * differing pixels (`compare -metric AE`), and exits 1 when anything differs.
 */
const ROOT = resolve(import.meta.dirname, '..');
/** The shared corpus and seeds: `XXGK_SHARED`, else the nearest `shared/` beside this tree or an ancestor (a worktree under /work/wt/ finds /work/shared). */
const SHARED = process.env.XXGK_SHARED ?? findShared(ROOT);

function findShared(from: string): string {
  for (let dir = resolve(from, '..'); ; dir = resolve(dir, '..')) {
    if (existsSync(join(dir, 'shared/corpus'))) return join(dir, 'shared');
    if (resolve(dir, '..') === dir) throw new Error('no shared/corpus beside this tree or above it: set XXGK_SHARED');
  }
}

/** The inputs, by a short name: folders the CLI reads whole (it sorts paths, so the output is stable). */
const INPUT_DIRS: Record<string, string> = {
  seeds: join(SHARED, 'seeds'),
  'corpus-pdf': join(SHARED, 'corpus/pdf'),
  'corpus-html': join(SHARED, 'corpus/html'),
  'corpus-text': join(SHARED, 'corpus/text'),
  'corpus-markdown': join(SHARED, 'corpus/markdown'),
  ...Object.fromEntries(
    ['batch', 'crawler', 'docx', 'markdown', 'pages', 'pdf', 'pdf-matrix', 'real', 'seeds']
      .map((d) => [`fixtures-${d}`, join(ROOT, 'tests/fixtures', d)] as const)
      .filter(([, dir]) => existsSync(dir)),
  ),
};

/** The outputs taken per input folder: file suffix → CLI options. */
const OUTPUTS: Record<string, string[]> = {
  'json.json': ['--json'],
  'summary-zh.txt': ['--lang', 'zh'],
  'summary-en.txt': ['--lang', 'en'],
  'tables.tsv': ['--format', 'tsv'],
};

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function snap(): void {
  const cli = arg('--cli');
  const out = arg('--out');
  if (!cli || !out || !existsSync(cli)) throw new Error('usage: snap --cli <dist/xxgk-audit.mjs> --out <dir> [--screens <dir>]');
  mkdirSync(out, { recursive: true });
  for (const [name, dir] of Object.entries(INPUT_DIRS)) {
    for (const [suffix, options] of Object.entries(OUTPUTS)) {
      const run = spawnSync(process.execPath, [cli, 'check', ...options, dir], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      // the exit code is behaviour too (1 = a report has errors, 2 = an input was unreadable)
      writeFileSync(join(out, `${name}.${suffix}`), `${run.stdout}\n-- exit ${run.status}\n`);
    }
    process.stdout.write(`${name} `);
  }
  const screens = arg('--screens');
  if (screens) {
    mkdirSync(join(out, 'screens'), { recursive: true });
    for (const file of readdirSync(screens).filter((f) => f.endsWith('.png'))) copyFileSync(join(screens, file), join(out, 'screens', file));
  }
  process.stdout.write(`\nwritten to ${out}\n`);
}

/** Every file under `dir`, relative to it. */
function files(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix)).flatMap((f) => {
    const rel = prefix ? `${prefix}/${f}` : f;
    return statSync(join(dir, rel)).isDirectory() ? files(dir, rel) : [rel];
  });
}

/** How many pixels differ between two pictures (ImageMagick prints the count on stderr, exit 1 on a difference). */
function pixelsDiffering(a: string, b: string): string {
  const run = spawnSync('compare', ['-metric', 'AE', a, b, 'null:'], { encoding: 'utf8' });
  return run.stderr.trim();
}

/**
 * Where two pictures differ, as ImageMagick's geometry `WxH+X+Y` of the smallest box around every differing
 * pixel, so a reader can tell a moved port number or clock from a changed screen without opening both.
 */
function differingBox(a: string, b: string): string {
  const mask = spawnSync('compare', ['-compose', 'src', '-highlight-color', 'white', '-lowlight-color', 'black', a, b, 'png:-']);
  const box = spawnSync('convert', ['png:-', '-colorspace', 'gray', '-trim', '-format', '%wx%h%O', 'info:'], { input: mask.stdout, encoding: 'utf8' });
  return box.stdout.trim();
}

function diff(): void {
  const [a, b] = process.argv.slice(3);
  if (!a || !b) throw new Error('usage: diff <dirA> <dirB>');
  const inA = new Set(files(a));
  const inB = new Set(files(b));
  let differing = 0;
  let same = 0;
  for (const rel of [...new Set([...inA, ...inB])].sort()) {
    if (!inA.has(rel) || !inB.has(rel)) {
      console.log(`${rel}: only in ${inA.has(rel) ? a : b}`);
      differing++;
      continue;
    }
    if (rel.endsWith('.png')) {
      const pixels = pixelsDiffering(join(a, rel), join(b, rel));
      if (pixels === '0') same++;
      else {
        console.log(`${rel}: ${pixels} pixels differ, within ${differingBox(join(a, rel), join(b, rel))}`);
        differing++;
      }
      continue;
    }
    const left = readFileSync(join(a, rel), 'utf8').split('\n');
    const right = readFileSync(join(b, rel), 'utf8').split('\n');
    const at = left.findIndex((line, i) => line !== right[i]);
    if (at < 0 && left.length === right.length) {
      same++;
      continue;
    }
    const line = at < 0 ? Math.min(left.length, right.length) : at;
    console.log(`${rel}: line ${line + 1}\n  - ${left[line] ?? '(end)'}\n  + ${right[line] ?? '(end)'}`);
    differing++;
  }
  console.log(`${same} identical, ${differing} differing (${basename(a)} → ${basename(b)})`);
  process.exitCode = differing ? 1 : 0;
}

const command = process.argv[2];
if (command === 'snap') snap();
else if (command === 'diff') diff();
else {
  console.error('usage: behaviour-snapshot.ts snap --cli <dist/xxgk-audit.mjs> --out <dir> [--screens <dir>] | diff <dirA> <dirB>');
  process.exitCode = 2;
}
