import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from '@babel/parser';
import {
  type Edge,
  edges,
  importSites,
  inLib,
  LIB,
  OUTSIDE_FOLDERS,
  partOf,
  ROOT,
  resolveSpecifier,
  sourceFiles,
  STAGES,
  stageCycles,
  stageGraph,
  stageOf,
  upwardImports,
} from '../../../scripts/import-graph';
import { houseDrawing, readmeWithHouse } from '../../../scripts/house';

const STAGE_NAMES = STAGES.map((s) => s.stage);
/** lib/<stage>/index.ts: the only lib files the outside may import. */
const stageFace = (stage: string) => `lib/${stage}/index.ts`;
/** A face: a stage's, or a part's (lib/<folder>/index.ts); a deeper index.ts (lib/rules/cross-year) is a module like any. */
const isFace = (file: string) => /^lib\/[^/]+\/index\.ts$/.test(file);

describe('lib’s faces (issue 19: the outside imports #lib/<stage> only; the stages are a DAG in one order)', () => {
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

  it('the outside of lib (shells, CLI, scripts, bench) imports lib only through #lib/<stage>, and every #lib/ it names is a stage', () => {
    const outside = edges(OUTSIDE_FOLDERS).filter((e) => inLib(join(ROOT, e.to)));
    // the graph is really read: the popup, the content scripts, the CLI, a script and the benchmarks all reach lib
    expect(new Set(outside.map((e) => e.from.split('/')[0]))).toEqual(new Set(OUTSIDE_FOLDERS));
    const deep = outside
      .filter((e) => !STAGE_NAMES.some((s) => e.site.specifier === `#lib/${s}` && e.to === stageFace(s)))
      .map((e) => `${e.from}: ${e.site.specifier}`);
    expect(deep).toEqual([]);
    // an old folder face (`#lib/rules`) resolves nowhere, so it is not an edge: read the specifiers themselves
    const unknown = OUTSIDE_FOLDERS.flatMap((folder) =>
      sourceFiles(folder).flatMap((file) =>
        importSites(readFileSync(join(ROOT, file), 'utf8'))
          .filter((site) => site.specifier.startsWith('#lib') && !STAGE_NAMES.includes(site.specifier.slice(5)))
          .map((site) => `${file}: ${site.specifier}`),
      ),
    );
    expect(unknown).toEqual([]);
  });

  it('package.json maps exactly the stages, each to its face, and each face re-exports its parts whole and nothing of another stage', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { imports: Record<string, string> };
    expect(pkg.imports).toEqual(Object.fromEntries(STAGE_NAMES.map((s) => [`#lib/${s}`, `./${stageFace(s)}`])));
    // every folder and top file of lib is a part of one stage
    const parts = readdirSync(LIB).filter((name) => !name.endsWith('.d.ts'));
    expect(parts.filter((part) => stageOf(join(LIB, part, 'x.ts')).startsWith('?') && stageOf(join(LIB, part)).startsWith('?'))).toEqual([]);
    for (const { stage, parts } of STAGES) {
      const face = readFileSync(join(ROOT, stageFace(stage)), 'utf8');
      for (const part of parts.filter((p) => p !== stage && existsSync(join(LIB, p.endsWith('.ts') ? p : `${p}/index.ts`))))
        expect(face, `${stageFace(stage)} re-exports ${part}`).toContain(`export * from '../${part.replace(/\.ts$/, '')}';`);
    }
    // a face (a stage's, or a part's index.ts) re-exports files of its own stage only: one name, one face
    const faces = sourceFiles('lib').filter(isFace);
    const foreign = faces.flatMap((face) =>
      importSites(readFileSync(join(ROOT, face), 'utf8'))
        .filter((site) => site.kind === 'export')
        .map((site) => resolveSpecifier(face, site.specifier)!)
        .filter((target) => stageOf(target) !== stageOf(join(ROOT, face)))
        .map((target) => `${face} re-exports ${relative(ROOT, target)}`),
    );
    expect(foreign).toEqual([]);
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
        'cli/old-face.ts': "import { j } from '#lib/rules';\nexport const z = j;\n",
        'scripts/deep.ts': "import { k } from '../lib/pipeline';\nexport const z = k;\n",
        'bench/deep.ts': "import { l } from '#lib/check/x';\nexport const z = l;\n",
        'cli/front.ts': "import { h } from '#lib/check';\nimport { i } from './i';\nexport const z = [h, i];\n",
        'bench/front.ts': "import { m } from '#lib/page';\nexport const z = m;\n",
      };
      for (const [name, text] of Object.entries(probes)) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), text);
      }
      const run = spawnSync(join(ROOT, 'node_modules/.bin/biome'), ['lint', '--vcs-enabled=false', '--reporter=json', '.'], { cwd: dir, encoding: 'utf8' });
      const report = JSON.parse(run.stdout) as { diagnostics: { category: string; location: { path: string } }[] };
      expect(report.diagnostics.map((d) => `${d.location.path} ${d.category}`).sort()).toEqual([
        'bench/deep.ts lint/style/noRestrictedImports',
        'cli/deep-face.ts lint/style/noRestrictedImports',
        'cli/deep.ts lint/style/noRestrictedImports',
        'cli/old-face.ts lint/style/noRestrictedImports',
        'cli/relative-face.ts lint/style/noRestrictedImports',
        'entrypoints/popup/deep.ts lint/style/noRestrictedImports',
        'scripts/deep.ts lint/style/noRestrictedImports',
        'utils/deep.ts lint/style/noRestrictedImports',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('no lib file imports a face: inside lib, files import files (a face re-exporting its importer is a load-order cycle); a stage face takes its parts’ faces', () => {
    const libEdges = edges(['lib']);
    const inward = libEdges
      .filter((e) => isFace(e.to) && !(STAGE_NAMES.some((s) => e.from === stageFace(s)) && stageOf(join(ROOT, e.to)) === stageOf(join(ROOT, e.from))))
      .concat(libEdges.filter((e) => e.site.specifier.startsWith('#')))
      .map((e) => `${e.from}: ${e.site.specifier}`);
    expect(inward).toEqual([]);
  });

  it('the stages form a DAG in the order of STAGES: no lib file imports a higher stage, no loop of any length', () => {
    const graph = stageGraph();
    // the graph is really read: every stage but the lowest imports a lower one
    expect([...graph.keys()].sort()).toEqual([...STAGE_NAMES].sort());
    expect(STAGE_NAMES.slice(1).filter((s) => graph.get(s)!.size === 0)).toEqual([]);
    const upward = upwardImports();
    if (upward.length) console.log(`lib files importing a higher stage:\n${upward.join('\n')}`);
    expect(upward).toEqual([]);
    expect(stageCycles(graph)).toEqual([]);
  });

  it('probe: the same checks fail on an import up the order and on a loop of three stages', () => {
    const fake = (from: string, to: string): Edge => ({ from, to, site: importSites(`import { x } from './x';`)[0]! });
    // lib/text (model, the lowest stage) importing the page stage: up the order, and a loop model → page → model
    const up = [...edges(['lib']), fake('lib/text/plural.ts', 'lib/page/overlay.ts')];
    expect(upwardImports(up)).toEqual(['lib/text/plural.ts → lib/page/overlay.ts (model → page)']);
    // page reaches model through read, check, report and history (its messages carry a storage error's code), so all six are one loop
    expect(stageCycles(stageGraph(up))).toEqual([['check', 'history', 'model', 'page', 'read', 'report']]);
    // a loop of three with no pair in it: read → check is real, add check → report and report → read
    const three = new Map([
      ['read', new Set(['check'])],
      ['check', new Set(['report'])],
      ['report', new Set(['read'])],
    ]);
    expect(stageCycles(three)).toEqual([['check', 'read', 'report']]);
    // a folder no stage lists is its own unplaced stage, and every import of it or from it is named
    expect(stageOf(join(LIB, 'new-folder/x.ts'))).toBe('?new-folder');
    expect(upwardImports([fake('lib/new-folder/x.ts', 'lib/model/keys.ts')])).toEqual(['lib/new-folder/x.ts → lib/model/keys.ts (?new-folder → model)']);
    expect(partOf(join(LIB, 'pipeline.ts'))).toBe('pipeline.ts');
  });

  it('lib has no load-time side effects (package.json sideEffects leaves lib out): every top-level statement only declares', () => {
    const declares = new Set([
      'ImportDeclaration',
      'ExportNamedDeclaration',
      'ExportAllDeclaration',
      'VariableDeclaration',
      'FunctionDeclaration',
      'ClassDeclaration',
      'TSTypeAliasDeclaration',
      'TSInterfaceDeclaration',
      'TSEnumDeclaration',
      'TSDeclareFunction',
      'TSModuleDeclaration',
      'EmptyStatement',
    ]);
    const doings = (file: string, source: string) =>
      parse(source, { sourceType: 'module', plugins: ['typescript', ...(file.endsWith('.tsx') ? (['jsx'] as const) : [])] })
        .program.body.filter(
          (node) => !declares.has(node.type) || (node.type === 'ExportNamedDeclaration' && node.declaration && !declares.has(node.declaration.type)),
        )
        .map((node) => `${file}:${node.loc?.start.line} ${node.type}`);
    const files = sourceFiles('lib');
    expect(files.length).toBeGreaterThan(250);
    expect(files.flatMap((file) => doings(file, readFileSync(join(ROOT, file), 'utf8')))).toEqual([]);
    // probe: a registration, an assignment to a global and a loop at the top are found
    const probe = "import { a } from './a';\nexport const b = 1;\nregister(a);\nglobalThis.x = b;\nfor (const c of [a]) use(c);\nexport default a;\n";
    expect(doings('lib/probe.ts', probe)).toEqual([
      'lib/probe.ts:3 ExpressionStatement',
      'lib/probe.ts:4 ExpressionStatement',
      'lib/probe.ts:5 ForOfStatement',
      'lib/probe.ts:6 ExportDefaultDeclaration',
    ]);
  });

  it('draws the house: every shell file’s arrow to each stage it uses, and the stage graph', () => {
    const text = houseDrawing();
    expect(text).toMatch(/^ {2}entrypoints_popup --> read$/m);
    expect(text).toMatch(/^ {2}entrypoints_checker_content --> check$/m);
    expect(text).toMatch(/^ {2}cli --> check$/m);
    expect(text).toMatch(/^ {2}bench --> check$/m);
    expect(text).toMatch(/^ {2}check --> read$/m);
    expect(text).toMatch(/^ {4}page\["page"\]$/m);
    expect(text).toContain(`%% stage order, lowest first (a stage imports only those before it): ${STAGE_NAMES.join(' < ')}\n`);
    expect(text).toContain('%% imports up the stage order: none\n');
    // per file on request: the popup's App imports the read stage (detectReport)
    expect(houseDrawing({ files: true })).toMatch(/^ {2}entrypoints_popup_App_tsx --> read$/m);
    // the README's copy is the drawing of today's sources (npm run house -- --readme redraws it)
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readmeWithHouse(readme, text)).toBe(readme);
  });
});
