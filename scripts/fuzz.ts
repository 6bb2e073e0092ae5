/**
 * npm run fuzz [-- seconds]: runs the fuzz properties of tests/fuzz/properties.ts for a while each
 * (default 20 s) and prints the inputs tried and any failure with its counterexample. Exit 1 on a failure.
 */
import fc from 'fast-check';
import { PROPERTIES } from '../tests/fuzz/properties';

const seconds = Number(process.argv[2] ?? 20);
let failed = 0;
for (const [name, property] of Object.entries(PROPERTIES)) {
  const until = Date.now() + seconds * 1000;
  let tried = 0;
  let failure: string | null = null;
  while (Date.now() < until && !failure) {
    const out = fc.check(property as fc.IProperty<unknown[]>, { numRuns: 500, seed: Date.now() ^ tried });
    tried += out.numRuns;
    if (out.failed)
      failure = `${'errorInstance' in out && out.errorInstance ? String(out.errorInstance) : 'property false'}; counterexample: ${JSON.stringify(out.counterexample)?.slice(0, 400)}`;
  }
  console.log(`${failure ? 'FAIL' : 'ok  '}  ${name}: ${tried} inputs tried${failure ? `\n      ${failure}` : ''}`);
  if (failure) failed++;
}
console.log(`${Object.keys(PROPERTIES).length - failed} properties held, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
