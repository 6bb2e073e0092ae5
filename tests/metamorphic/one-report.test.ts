import { afterAll, beforeAll, describe, expect } from 'vitest';
import { docxWith, fixtureSource } from './fixture-source';
import { allFixtures, SEED_IDS, type Fixture } from './fixtures';
import { LibreOfficePdf } from './libreoffice-pdf';
import { PdfPrinter } from './pdf-printer';
import { differences, onlyActiveUnread, readingOf, type Reading } from './reading';
import { formBytes, readReport, type Producers } from './read-report';
import { itUnlessShort } from './short-today';

/**
 * Issue 15 part 7, one report, one verdict: the same report as a page, its crawler text, its PDF and its
 * Word file gives the same cells of 三 and 四, the same errors and warnings and the same badge, or says
 * plainly why a form could not be read (or, for 表二's run-together figures, why they were not: onlyActiveUnread). Over every report the fixtures hold in several forms: the two
 * Pingtan reports (page, crawler text, the page printed as PDF) and the five seeds (the flattened Word text
 * they came as, .docx, three page layouts, crawler text, converter Markdown where made, the TRS page as PDF).
 */
const REPORTS: [string, string[]][] = [
  ['pingtan-shs-2023', ['html:corpus/html/pingtan-shs-2023.html', 'text:corpus/text/pingtan-shs-2023.txt', 'pdf:corpus/html/pingtan-shs-2023.html']],
  ['pingtan-hzs-2024', ['html:corpus/html/pingtan-hzs-2024.html', 'text:corpus/text/pingtan-hzs-2024.txt', 'pdf:corpus/html/pingtan-hzs-2024.html']],
  ...SEED_IDS.map((id): [string, string[]] => [
    `seed ${id}`,
    [
      `flat:seeds/${id}`,
      `docx:docx/seed-${id}.docx`,
      ...['trs', 'word', 'flat'].map((l) => `html:pages/${l}-${id}.html`),
      `text:crawler/seed-${id}.txt`,
      ...(id === '002' || id === '003' ? [`markdown:markdown/seed-${id}.md`] : []),
      `pdf:pages/trs-${id}.html`,
      `pdf-lo:docx/seed-${id}.docx`,
    ],
  ]),
];

describe('one report, one verdict: every form of a report reads as the first form listed', () => {
  const fixtures = allFixtures(['corpus/html/pingtan-shs-2023.html', 'corpus/html/pingtan-hzs-2024.html', ...SEED_IDS.map((id) => `pages/trs-${id}.html`)]);
  const find = (spec: string): Fixture => {
    const [form, name] = spec.split(':') as [Fixture['form'], string];
    // a seed's flattened text is named by its prefix (seeds/003_2b19c720d5f1c29d.txt)
    return fixtures.find((f) => f.form === form && (f.name === name || (name.startsWith('seeds/') && f.name.startsWith(name))))!;
  };
  const readings = new Map<string, Reading>();
  let producers: Producers = { printer: null, office: null };

  beforeAll(async () => {
    producers = { printer: await PdfPrinter.launch(), office: new LibreOfficePdf() };
    const specs = REPORTS.flatMap(([report, forms]) => forms.map((spec) => [report, spec, find(spec)] as const));
    // LibreOffice exports the five .docx in one run
    const exports = specs.filter(([, , f]) => f.form === 'pdf-lo');
    const pdfs = await producers.office!.exportAll(exports.map(([, , f]) => docxWith(f, fixtureSource(f))));
    for (const [report, spec, f] of specs) {
      const at = exports.findIndex(([r, s]) => r === report && s === spec);
      const bytes = at >= 0 ? pdfs[at]! : (await formBytes(f, [fixtureSource(f)], producers))[0]!;
      readings.set(`${report} ${spec}`, readingOf(await readReport(f, bytes)));
    }
  });
  afterAll(async () => {
    await producers.printer?.close();
    producers.office?.close();
  });

  for (const [report, [first, ...others]] of REPORTS)
    for (const spec of others) {
      const [test, title] = itUnlessShort(`one report ${report}: ${spec}`);
      test(title, () => {
        const reference = readings.get(`${report} ${first}`)!;
        const reading = readings.get(`${report} ${spec}`)!;
        expect(reference.unreadable).toBeNull();
        // a form that cannot be read must say why, in words
        if (reading.unreadable !== null) expect(reading.unreadable).toMatch(/\p{L}{3}/u);
        // or the form holds figures of 表二 it cannot split, and its badge says ? with cells-unread naming them
        else if (!onlyActiveUnread(reference, reading)) {
          expect(differences(reference, reading)).toEqual([]);
        }
      });
    }
});
