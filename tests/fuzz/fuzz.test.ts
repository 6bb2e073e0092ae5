import fc from 'fast-check';
import { describe, it } from 'vitest';
import { PROPERTIES } from './properties';

// a few seconds in the suite; `npm run fuzz` runs the same properties for long (scripts/fuzz.ts)
const RUNS = 150;

describe('fuzz (fast-check, bounded)', () => {
  it.each(Object.keys(PROPERTIES))('%s', (name) => {
    fc.assert(PROPERTIES[name]! as fc.IProperty<unknown[]>, { numRuns: RUNS });
  });
});
