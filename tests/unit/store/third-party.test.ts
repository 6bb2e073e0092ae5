import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_PACKAGES, describePackage, EXTENSION_PACKAGES, INSIDE_JSZIP, NOTICES, noticesText } from '../../../scripts/third-party';

const README = readFileSync(path.join(import.meta.dirname, '../../../README.md'), 'utf8');
const ALL = [...new Set([...EXTENSION_PACKAGES, ...INSIDE_JSZIP, ...CLI_PACKAGES])];

/** Licences whose terms let the packages be distributed with the Apache-2.0 project (MPL-2.0: file-level, shipped unchanged). */
const COMPATIBLE = /^\(?(MIT|ISC|BSD-2-Clause|BSD-3-Clause|Apache-2\.0|MPL-2\.0|Zlib)( (AND|OR) (MIT|ISC|Zlib|GPL-3\.0-or-later))?\)?$/;

describe('the third-party code in the packages', () => {
  it('should have its licence texts in public/THIRD-PARTY-NOTICES.txt as node_modules has them now (npx tsx scripts/third-party.ts)', () => {
    expect(readFileSync(NOTICES, 'utf8')).toBe(noticesText());
  });

  it.each(ALL)('should list %s in the README with its version, licence and source, under a licence the project may ship', (folder) => {
    const p = describePackage(folder);
    expect(p.license).toMatch(COMPATIBLE);
    // a package bundled in more than one version (entities) has a row for each
    const row = README.split('\n').find((l) => l.startsWith(`| [${p.name}](`) && l.includes(` ${p.version} `));
    expect(row, `README row for ${p.name} ${p.version}`).toBeDefined();
    expect(row).toContain(`](${p.source})`);
    expect(row).toContain(p.license);
  });
});
