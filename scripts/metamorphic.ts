/**
 * npm run metamorphic [-- options]: the metamorphic suite of issue 15, in full. Every printed figure of 表三
 * and 表四 of every consistent real fixture, in every form, changed by one (+1, −1, a digit; the same length
 * where a form runs figures together), read and checked as `xxgk-audit check` does; then the harmless
 * variants. Prints the figures by form, the misses grouped by cause, each fixture's unchanged reading and
 * the variants that changed something. tests/metamorphic/metamorphic.test.ts runs a sample in npm test.
 *
 *   --forms html,text,flat,docx,pdf,pdf-lo,markdown   the forms measured (default: all)
 *   --fixture TEXT      only fixtures whose name contains TEXT
 *   --per-fixture N     N mutants per fixture, evenly spread (default: all)
 *   --pdf-per-fixture N PDFs (Chromium's print of a page, LibreOffice's export of a .docx): one mutant per
 *                       figure, the kind turning, N of them spread over the figures (default 60; 0: every
 *                       figure). A PDF mutant costs a print or an export and a pdf.js read, about a second.
 *   --pdf-every-kind    all three mutants of each figure in PDFs too
 *   --pdf-all           print every HTML fixture as PDF (default: the real page and the seeds' TRS pages)
 *   --no-variants       skip the harmless variants
 *   --json FILE         also write every result as JSON
 *   --strict            exit 1 when a form is short of the thresholds or a variant changed a reading
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formFigures } from '../tests/metamorphic/figures';
import { allFixtures, PDF_SOURCES } from '../tests/metamorphic/fixtures';
import { FORM_IDS, type FormId } from '../tests/metamorphic/forms';
import { LibreOfficePdf } from '../tests/metamorphic/libreoffice-pdf';
import { PdfPrinter } from '../tests/metamorphic/pdf-printer';
import { renderBaselines, renderFigures, renderMisses, renderVariants } from '../tests/metamorphic/render-suite';
import { runMutants } from '../tests/metamorphic/run-mutants';
import { runVariants } from '../tests/metamorphic/run-variants';

const { values } = parseArgs({
  options: {
    forms: { type: 'string', default: FORM_IDS.join(',') },
    fixture: { type: 'string' },
    'per-fixture': { type: 'string' },
    'pdf-all': { type: 'boolean', default: false },
    'pdf-every-kind': { type: 'boolean', default: false },
    'pdf-per-fixture': { type: 'string', default: '60' },
    'no-variants': { type: 'boolean', default: false },
    json: { type: 'string' },
    strict: { type: 'boolean', default: false },
  },
});

const forms = values.forms.split(',').map((f) => f.trim()) as FormId[];
const unknown = forms.filter((f) => !FORM_IDS.includes(f));
if (unknown.length > 0) throw new Error(`unknown form(s) ${unknown.join(', ')}; known: ${FORM_IDS.join(', ')}`);
const everyPage = allFixtures([]).filter((f) => f.form === 'html' && f.consistent);
const fixtures = allFixtures(values['pdf-all'] ? everyPage.map((f) => f.name) : PDF_SOURCES).filter(
  (f) => forms.includes(f.form) && (!values.fixture || f.name.includes(values.fixture)),
);
const perFixture = values['per-fixture'] ? Number(values['per-fixture']) : undefined;

const pdfCap = Number(values['pdf-per-fixture']) || Infinity;
const producers = {
  printer: fixtures.some((f) => f.form === 'pdf') ? await PdfPrinter.launch() : null,
  office: fixtures.some((f) => f.form === 'pdf-lo') ? new LibreOfficePdf() : null,
};
let result: Awaited<ReturnType<typeof runMutants>>;
try {
  result = await runMutants(fixtures, {
    perFixture,
    oncePerFigure: values['pdf-every-kind'] ? [] : ['pdf', 'pdf-lo'],
    capPerForm: { pdf: pdfCap, 'pdf-lo': pdfCap },
    producers,
    progress: (f, done, total) => process.stderr.write(`[${done}/${total}] ${f.form} ${f.name}\n`),
  });
} finally {
  await producers.printer?.close();
  producers.office?.close();
}
const variants = values['no-variants'] ? [] : await runVariants(fixtures);

const section = (title: string, lines: string[]) => console.log(`\n${title}\n${'-'.repeat(title.length)}\n${lines.join('\n')}`);
section('Mutants by form (caught = an error naming the changed cell)', renderFigures(result));
section('Misses by cause', renderMisses(result));
section('Fixtures as read unchanged', renderBaselines(result));
if (!values['no-variants']) section('Harmless variants (no cell and no verdict may change)', renderVariants(variants));
if (values.json) writeFileSync(values.json, `${JSON.stringify({ ...result, variants }, null, 1)}\n`);

const short = formFigures(result.mutants).filter((f) => !f.meets);
const changed = variants.filter((v) => v.changes.length > 0);
console.log(
  `\n${short.length === 0 ? 'every form meets the thresholds' : `short of the thresholds: ${short.map((f) => f.form).join(', ')}`}; ${changed.length} variant(s) changed a reading`,
);
process.exit(values.strict && (short.length > 0 || changed.length > 0) ? 1 : 0);
