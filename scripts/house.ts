import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { edges, inLib, mutualPairs, ROOT, SHELL_FOLDERS, stageCycles, stageGraph, stageOf } from './import-graph';

/**
 * `npm run house`: the house as the sources draw it, in Mermaid (GitHub renders it; the text reads as
 * arrows too). First every shell's arrows to the lib stages it imports (`--files`: every shell file's),
 * then the lib stage graph, then any pair of stages importing each other. `--readme` redraws the README's
 * copy (between the house markers); tests/unit/house/front-door.test.ts fails when that copy is stale, on a
 * deep import and on a pair.
 */

/** `entrypoints/popup/App.tsx` → `entrypoints/popup`; `cli/main.ts` → `cli` */
function shellOf(file: string): string {
  const [top, second] = file.split('/');
  return top === 'entrypoints' ? `entrypoints/${second!.replace(/\.tsx?$/, '')}` : top!;
}

/** A Mermaid node id for a path or a stage name. */
const id = (name: string) => name.replace(/[^A-Za-z0-9]+/g, '_');

/** The drawing, as text. */
export function houseDrawing(options: { files?: boolean } = {}): string {
  const arrows = new Map<string, Set<string>>();
  for (const e of edges(SHELL_FOLDERS)) {
    if (!inLib(join(ROOT, e.to))) continue;
    const from = options.files ? e.from : shellOf(e.from);
    if (!arrows.has(from)) arrows.set(from, new Set());
    arrows.get(from)!.add(stageOf(join(ROOT, e.to)));
  }
  const graph = stageGraph();
  const stages = [...new Set([...graph.keys(), ...[...graph.values(), ...arrows.values()].flatMap((s) => [...s])])].sort();
  const lines = ['flowchart LR', '  subgraph shells'];
  for (const shell of [...arrows.keys()].sort()) lines.push(`    ${id(shell)}["${shell}"]`);
  lines.push('  end', '  subgraph lib');
  for (const stage of stages) lines.push(`    ${id(stage)}["${stage}"]`);
  lines.push('  end', '  %% the shells and the CLI, each through #lib/<stage>');
  for (const [shell, to] of [...arrows].sort(([a], [b]) => a.localeCompare(b)))
    for (const stage of [...to].sort()) lines.push(`  ${id(shell)} --> ${id(stage)}`);
  lines.push('  %% lib stage → the stages it imports');
  for (const [stage, to] of [...graph].sort(([a], [b]) => a.localeCompare(b))) for (const t of [...to].sort()) lines.push(`  ${id(stage)} --> ${id(t)}`);
  const pairs = mutualPairs(graph);
  lines.push(`  %% stages importing each other: ${pairs.length ? pairs.join(', ') : 'none'}`);
  // longer loops are not forbidden yet; drawn so that they can be seen to shrink
  for (const cycle of stageCycles(graph)) lines.push(`  %% stages in one loop: ${cycle.join(', ')}`);
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
