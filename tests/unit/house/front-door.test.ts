import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edges, importSites, inLib, mutualPairs, ROOT, SHELL_FOLDERS, stageGraph, stageOf } from '../../../scripts/import-graph';
import { houseDrawing, readmeWithHouse } from '../../../scripts/house';
import { readFileSync } from 'node:fs';

/** lib/<stage>/index.ts or a file at lib/'s top: the only lib files the outside may import. */
const isFace = (file: string) => /^lib\/([^/]+\/index|[^/]+)\.ts$/.test(file);

describe('lib’s front door (issue 19: shells and CLI import #lib/<stage> only; no two stages import each other)', () => {
  it('reads every import form the house writes: multi-line, type-only, inline type, dynamic, re-export; comments skipped', () => {
    const sites = importSites(
      [
        "import { a, type B } from '#lib/report';",
        'import type {',
        '  C,',
        '  D as E,',
        "} from '../lib/model/types';",
        "// import { gone } from '@/lib/x/y';",
        "/* import { gone } from '@/lib/x/z'; */",
        "const m = await import('#lib/ocr');",
        "export { f } from './f';",
        "export * from './g';",
        "import './style.css';",
      ].join('\n'),
    );
    expect(sites.map((s) => [s.kind, s.specifier, s.typeOnly, s.names.map((n) => `${n.type ? 'type ' : ''}${n.name}${n.alias ? `→${n.alias}` : ''}`)])).toEqual(
      [
        ['static', '#lib/report', false, ['a', 'type B']],
        ['static', '../lib/model/types', true, ['C', 'D→E']],
        ['dynamic', '#lib/ocr', false, []],
        ['export', './f', false, ['f']],
        ['export', './g', false, []],
      ],
    );
  });

  it('the shells (entrypoints, components, utils) and the CLI import lib only through #lib/<stage>', () => {
    const shellEdges = edges(SHELL_FOLDERS).filter((e) => inLib(join(ROOT, e.to)));
    // the graph is really read: the popup, the content scripts and the CLI all reach lib
    expect(new Set(shellEdges.map((e) => e.from.split('/')[0]))).toEqual(new Set(SHELL_FOLDERS));
    const deep = shellEdges.filter((e) => !e.site.specifier.startsWith('#lib/') || !isFace(e.to)).map((e) => `${e.from}: ${e.site.specifier}`);
    expect(deep).toEqual([]);
  });

  it('the lint config (biome noRestrictedImports) rejects a deep import from a shell or the CLI, in every spelling', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-front-door-'));
    try {
      copyFileSync(join(ROOT, 'biome.jsonc'), join(dir, 'biome.jsonc'));
      const probes: Record<string, string> = {
        'cli/deep.ts': "import { a } from '../lib/report/x';\nexport const z = a;\n",
        'cli/deep-face.ts': "import { b } from '#lib/report/x';\nexport const z = b;\n",
        'cli/relative-face.ts': "import { c } from '../lib/report';\nexport const z = c;\n",
        'entrypoints/popup/deep.ts': "import { d } from '@/lib/report/x';\nexport const z = d;\n",
        'utils/deep.ts': "import { e } from '~/lib/model/types';\nexport const z = e;\n",
        'components/front.ts': "import { f } from '#lib/report';\nimport { g } from '@/utils/g';\nexport const z = [f, g];\n",
        'cli/front.ts': "import { h } from '#lib/pipeline';\nimport { i } from './i';\nexport const z = [h, i];\n",
      };
      for (const [name, text] of Object.entries(probes)) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), text);
      }
      const run = spawnSync(join(ROOT, 'node_modules/.bin/biome'), ['lint', '--vcs-enabled=false', '--reporter=json', '.'], { cwd: dir, encoding: 'utf8' });
      const report = JSON.parse(run.stdout) as { diagnostics: { category: string; location: { path: string } }[] };
      expect(report.diagnostics.map((d) => `${d.location.path} ${d.category}`).sort()).toEqual([
        'cli/deep-face.ts lint/style/noRestrictedImports',
        'cli/deep.ts lint/style/noRestrictedImports',
        'cli/relative-face.ts lint/style/noRestrictedImports',
        'entrypoints/popup/deep.ts lint/style/noRestrictedImports',
        'utils/deep.ts lint/style/noRestrictedImports',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('no lib file imports a stage’s front door: inside lib, files import files (a face re-exporting its importer is a load-order cycle)', () => {
    const inward = edges(['lib'])
      .filter((e) => /^lib\/[^/]+\/index\.ts$/.test(e.to) && stageOf(join(ROOT, e.to)) !== stageOf(join(ROOT, e.from)))
      .concat(edges(['lib']).filter((e) => e.site.specifier.startsWith('#')))
      .map((e) => `${e.from}: ${e.site.specifier}`);
    expect(inward).toEqual([]);
  });

  it('no two lib stages import each other (the pairs found are printed)', () => {
    const graph = stageGraph();
    expect(graph.size).toBeGreaterThan(10);
    const pairs = mutualPairs(graph);
    if (pairs.length) console.log(`lib stages importing each other:\n${pairs.join('\n')}`);
    expect(pairs).toEqual([]);
  });

  it('draws the house: every shell file’s arrow to each stage it uses, and the stage graph', () => {
    const text = houseDrawing();
    expect(text).toMatch(/^ {2}entrypoints_popup --> detect$/m);
    expect(text).toMatch(/^ {2}entrypoints_checker_content --> pipeline$/m);
    expect(text).toMatch(/^ {2}cli --> pipeline$/m);
    expect(text).toMatch(/^ {2}pipeline --> rules$/m);
    expect(text).toMatch(/^ {4}user_hosts\["user-hosts"\]$/m);
    // per file on request: the popup's App imports the detect stage
    expect(houseDrawing({ files: true })).toMatch(/^ {2}entrypoints_popup_App_tsx --> detect$/m);
    // the README's copy is the drawing of today's sources (npm run house -- --readme redraws it)
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readmeWithHouse(readme, text)).toBe(readme);
  });
});
