import { afterAll, beforeAll, describe, expect } from 'vitest';
import { formFigures, THRESHOLDS, type FormFigures } from './figures';
import { allFixtures } from './fixtures';
import { FORM_IDS } from './forms';
import { LibreOfficePdf } from './libreoffice-pdf';
import { PdfPrinter } from './pdf-printer';
import type { Producers } from './read-report';
import { renderMisses } from './render-suite';
import { runMutants, type SuiteResult } from './run-mutants';
import { ALWAYS, SAMPLE } from './sample';
import { itUnlessShort } from './short-today';

/**
 * Issue 15's metamorphic suite on a sample (npm run metamorphic: in full). Each printed figure of 表三 and
 * 表四 of a consistent real report changed by one, in every form, read and checked as `xxgk-audit check`
 * does: at least 95% of each form's mutants, and 97% of all, must give an error naming the changed cell,
 * and no cell may ever show a number that is not printed. Forms short of that today are listed, with the
 * branch expected to lift them, in short-today.ts.
 */
describe('metamorphic suite (sample): one figure changed, an error naming its cell', () => {
  let result: SuiteResult;
  let producers: Producers = { printer: null, office: null };
  const figures = new Map<string, FormFigures>();

  beforeAll(async () => {
    const fixtures = allFixtures(SAMPLE.pdf.fixtures);
    const chosen = FORM_IDS.flatMap((form) => SAMPLE[form].fixtures.map((name) => fixtures.find((f) => f.form === form && f.name === name)!));
    producers = { printer: await PdfPrinter.launch(), office: new LibreOfficePdf() };
    result = { baselines: [], mutants: [], excluded: [] };
    for (const f of chosen) {
      const one = await runMutants([f], { perFixture: SAMPLE[f.form].perFixture, oncePerFigure: ['pdf', 'pdf-lo'], always: ALWAYS, producers });
      result.baselines.push(...one.baselines);
      result.mutants.push(...one.mutants);
      result.excluded.push(...one.excluded);
    }
    for (const f of formFigures(result.mutants)) figures.set(f.form, f);
  });
  afterAll(async () => {
    await producers.printer?.close();
    producers.office?.close();
  });

  const misses = (form: string) => renderMisses({ ...result, mutants: result.mutants.filter((m) => form === 'all' || m.form === form) }).join('\n');

  for (const form of [...FORM_IDS, 'all'] as const) {
    const name = form === 'all' ? 'all forms' : form;
    const floor = form === 'all' ? THRESHOLDS.overall : THRESHOLDS.perForm;
    const [caughtTest, caughtTitle] = itUnlessShort(`mutants ${name}: caught`);
    caughtTest(caughtTitle, () => {
      const f = figures.get(form)!;
      expect(f.mutants).toBeGreaterThan(0);
      expect(f.caught, `${form}: ${f.counts.caught}/${f.mutants} caught\n${misses(form)}`).toBeGreaterThanOrEqual(floor);
    });
    const [wrongTest, wrongTitle] = itUnlessShort(`mutants ${name}: no wrong number`);
    wrongTest(wrongTitle, () => {
      expect(
        result.mutants
          .filter((m) => m.outcome === 'wrong' && (form === 'all' || m.form === form))
          .map((m) => `${m.fixture} ${m.path} ${m.from}→${m.to}: ${m.wrong.join(', ')}`),
      ).toEqual([]);
    });
  }

  const [baseTest, baseTitle] = itUnlessShort('mutants: every sampled fixture read unchanged with no wrong cell and no false error');
  baseTest(baseTitle, () => {
    expect(result.excluded).toEqual([]);
    expect(result.baselines.filter((b) => b.wrong.length > 0 || b.errors.length > 0 || b.unreadable)).toEqual([]);
  });
});
