import { beforeAll, describe, expect } from 'vitest';
import { allFixtures } from './fixtures';
import { FORMS, type FormId, type VariantId } from './forms';
import { runVariants, type VariantResult } from './run-variants';
import { itUnlessShort } from './short-today';

/**
 * Issue 15: harmless variants change no cell and no verdict. Spaces, NBSP and U+3000 around and inside
 * figures (around a whole row where the form runs cells together: a space inside a run is a boundary),
 * full-width digits, `<span>`/`<font>` around figures, the page in GBK (read from its bytes, as the CLI
 * reads them) and inside a portal's chrome; each applied to every figure of 三 and 四 of a real fixture
 * of each form it applies to, and compared with the fixture as it stands. npm run metamorphic applies
 * them to every fixture.
 */
const FIXTURES: Record<Exclude<FormId, 'pdf' | 'pdf-lo'>, string[]> = {
  html: ['corpus/html/pingtan-shs-2023.html', 'pages/word-003.html'],
  text: ['corpus/text/pingtan-gaj-2024.txt', 'crawler/seed-003.txt'],
  flat: ['seeds/003_2b19c720d5f1c29d.txt'],
  docx: ['docx/seed-003.docx'],
  markdown: ['markdown/shuyang-gov-2025.md', 'markdown/seed-003.md'],
};

describe('harmless variants: no cell and no verdict changes', () => {
  let results: VariantResult[] = [];
  const fixtures = allFixtures([]);

  beforeAll(async () => {
    const chosen = Object.entries(FIXTURES).flatMap(([form, names]) => names.map((n) => fixtures.find((f) => f.form === form && f.name === n)!));
    results = await runVariants(chosen);
  });

  for (const [form, names] of Object.entries(FIXTURES) as [Exclude<FormId, 'pdf' | 'pdf-lo'>, string[]][])
    for (const variant of FORMS[form].variants as VariantId[]) {
      const [test, title] = itUnlessShort(`variant ${form} ${variant}`);
      test(title, () => {
        const of = results.filter((r) => r.form === form && r.variant === variant);
        // a variant that splits figures applies where a figure has two digits (pingtan-shs-2023 prints none)
        expect(of.map((r) => r.fixture)).toEqual(variant.endsWith('-inside') ? names.filter((n) => n !== 'corpus/html/pingtan-shs-2023.html') : names);
        expect(of.filter((r) => r.changes.length > 0).map((r) => [r.fixture, r.changes.slice(0, 5)])).toEqual([]);
      });
    }
});
