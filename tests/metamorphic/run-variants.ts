import { fixtureSource } from './fixture-source';
import type { Fixture } from './fixtures';
import { FORMS, type FormId, type VariantId } from './forms';
import { differences, readingOf } from './reading';
import { formBytes, NO_PRODUCERS, readReport } from './read-report';
import { figuresOf } from './run-mutants';
import { applyVariant } from './variants';

/** A harmless variant of one fixture, and what it changed for the user (nothing, if the readers are right). */
export interface VariantResult {
  form: FormId;
  fixture: string;
  variant: VariantId;
  changes: string[];
}

/**
 * Applies each harmless variant of its form to every fixture whose figures can be located (consistent or
 * not: a variant must keep an inconsistent report's errors too) and compares the reading with the unchanged
 * fixture's. PDFs have no variants (the page's variants print the same glyphs).
 */
export async function runVariants(fixtures: readonly Fixture[], only?: readonly VariantId[]): Promise<VariantResult[]> {
  const out: VariantResult[] = [];
  for (const f of fixtures) {
    const variants = FORMS[f.form].variants.filter((v) => !only || only.includes(v));
    if (variants.length === 0) continue;
    const source = fixtureSource(f);
    const figures = figuresOf(f, source);
    if (typeof figures === 'string') continue;
    const read = async (s: string | Uint8Array) => readingOf(await readReport(f, (await formBytes(f, [s], NO_PRODUCERS))[0]!));
    const unchanged = await read(source);
    for (const variant of variants) {
      const changed = applyVariant(f, source, figures, variant);
      if (changed === null) continue;
      const reading = await read(changed);
      out.push({ form: f.form, fixture: f.name, variant, changes: differences(unchanged, reading) });
    }
  }
  return out;
}
