// @ts-check
import { readFileSync } from 'node:fs';
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';

/**
 * A Stryker ignorer for `npm run mutation:sample` (scripts/mutation-sample.ts): with the `mutate` ranges set to
 * the sampled mutants' locations, a range also takes in every mutant nested inside it. This ignorer cuts those:
 * it ignores a node (and so its subtree) when no sampled mutant of its file lies inside it. What still comes along
 * (the other mutators' mutants on a sampled node, nodes between two nested sampled ones) is counted by the script
 * and left out of the score. The sample file is named by the `STRYKER_SAMPLE` environment variable.
 */

/** @typedef {{ line: number, column: number }} Position  Babel's: line 1-based, column 0-based */
/** @typedef {{ start: Position, end: Position }} Range */

/** @type {Map<string, Range[]> | undefined} */
let sampledByFile;

/** @returns {Map<string, Range[]>} the sampled mutants' locations per absolute file name */
function sampled() {
  if (sampledByFile) return sampledByFile;
  const file = process.env.STRYKER_SAMPLE;
  if (!file) throw new Error('the "sample" ignorer needs STRYKER_SAMPLE (run it through npm run mutation:sample)');
  /** @type {{ mutants: { fileName: string, location: { start: Position, end: Position } }[] }} */
  const sample = JSON.parse(readFileSync(file, 'utf8'));
  sampledByFile = new Map();
  for (const { fileName, location } of sample.mutants) {
    // the sample holds Stryker's API locations (line 0-based); Babel's lines are 1-based
    const range = {
      start: { line: location.start.line + 1, column: location.start.column },
      end: { line: location.end.line + 1, column: location.end.column },
    };
    sampledByFile.set(fileName, [...(sampledByFile.get(fileName) ?? []), range]);
  }
  return sampledByFile;
}

/** @param {Position} a @param {Position} b */
const before = (a, b) => a.line < b.line || (a.line === b.line && a.column <= b.column);

/** @param {any} path a Babel NodePath */
function shouldIgnore(path) {
  const loc = path.node.loc;
  const fileName = path.hub?.file?.opts?.filename;
  if (!loc || typeof fileName !== 'string') return undefined;
  const ranges = sampled().get(fileName) ?? [];
  const holdsSampled = ranges.some((r) => before(loc.start, r.start) && before(r.end, loc.end));
  return holdsSampled ? undefined : 'not in the sample (npm run mutation:sample)';
}

export const strykerPlugins = [declareValuePlugin(PluginKind.Ignore, 'sample', { shouldIgnore })];
