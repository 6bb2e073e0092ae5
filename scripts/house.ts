import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { edges, inLib, mutualPairs, OUTSIDE_FOLDERS, ROOT, STAGES, stageCycles, stageGraph, stageOf, upwardImports } from './import-graph';

/**
 * `npm run house`: the house as the sources draw it, in Mermaid (GitHub renders it; the text reads as
 * arrows too). First the arrows from the outside of lib (each shell, the CLI, scripts/, bench/; `--files`:
 * each file) to the stages it imports, then lib's stages in their order (STAGES in scripts/import-graph.ts)
 * with the stage graph, then what breaks the order: pairs, loops, imports up the order (none, or the test
 * fails). `--readme` redraws the README's copy (between the house markers); tests/unit/house/front-door.test.ts
 * fails when that copy is stale.
 */

/** `entrypoints/popup/App.tsx` → `entrypoints/popup`; `cli/main.ts` → `cli`; `bench/ocr.ts` → `bench` */
function shellOf(file: string): string {
  const [top, second] = file.split('/');
  return top === 'entrypoints' ? `entrypoints/${second!.replace(/\.tsx?$/, '')}` : top!;
}

/** A Mermaid node id for a path or a stage name. */
const id = (name: string) => name.replace(/[^A-Za-z0-9]+/g, '_');

/** The drawing, as text. */
export function houseDrawing(options: { files?: boolean } = {}): string {
  const arrows = new Map<string, Set<string>>();
  for (const e of edges(OUTSIDE_FOLDERS)) {
    if (!inLib(join(ROOT, e.to))) continue;
    const from = options.files ? e.from : shellOf(e.from);
    if (!arrows.has(from)) arrows.set(from, new Set());
    arrows.get(from)!.add(stageOf(join(ROOT, e.to)));
  }
  const graph = stageGraph();
  const named = new Set([...graph.keys(), ...[...graph.values(), ...arrows.values()].flatMap((s) => [...s])]);
  // in the order of STAGES, lowest first; a stage no list names (a new folder) comes last, to be seen
  const stages = [...STAGES.map((s) => s.stage).filter((s) => named.has(s)), ...[...named].filter((s) => !STAGES.some((t) => t.stage === s)).sort()];
  const rank = (stage: string) => stages.indexOf(stage);
  const lines = ['flowchart LR', '  subgraph outside'];
  for (const shell of [...arrows.keys()].sort()) lines.push(`    ${id(shell)}["${shell}"]`);
  lines.push('  end', '  subgraph lib["lib, stages lowest first"]');
  for (const stage of stages) lines.push(`    ${id(stage)}["${stage}"]`);
  lines.push('  end', `  %% stage order, lowest first (a stage imports only those before it): ${stages.join(' < ')}`);
  lines.push('  %% the outside of lib, each through #lib/<stage>');
  for (const [shell, to] of [...arrows].sort(([a], [b]) => a.localeCompare(b)))
    for (const stage of [...to].sort()) lines.push(`  ${id(shell)} --> ${id(stage)}`);
  lines.push('  %% lib stage → the stages it imports');
  for (const [stage, to] of [...graph].sort(([a], [b]) => rank(a) - rank(b)))
    for (const t of [...to].sort((a, b) => rank(a) - rank(b))) lines.push(`  ${id(stage)} --> ${id(t)}`);
  const pairs = mutualPairs(graph);
  lines.push(`  %% stages importing each other: ${pairs.length ? pairs.join(', ') : 'none'}`);
  const cycles = stageCycles(graph);
  lines.push(`  %% stages in one loop: ${cycles.length ? cycles.map((c) => c.join(', ')).join('; ') : 'none'}`);
  const upward = upwardImports();
  lines.push(`  %% imports up the stage order: ${upward.length ? upward.join('; ') : 'none'}`);
  return `${lines.join('\n')}\n`;
}

const START = '<!-- house:start (npm run house -- --readme) -->';
const END = '<!-- house:end -->';

/** The README with its drawing replaced by `drawing`. */
export function readmeWithHouse(readme: string, drawing: string): string {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`README.md has no ${START} … ${END} block`);
  return `${readme.slice(0, from + START.length)}\n\`\`\`mermaid\n${drawing}\`\`\`\n${readme.slice(to)}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--readme')) {
    const path = join(ROOT, 'README.md');
    writeFileSync(path, readmeWithHouse(readFileSync(path, 'utf8'), houseDrawing()));
  } else process.stdout.write(houseDrawing({ files: process.argv.includes('--files') }));
}
