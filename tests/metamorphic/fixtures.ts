import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CorpusEntry } from '../helpers/corpus';
import type { FormId } from './forms';
import { isConsistent } from './template-checks';
import { seedTruth, truthFromEntry, truthValues, type Truth } from './truth';

export const FIXTURES_DIR = path.resolve(import.meta.dirname, '../fixtures');

/** One real report in one form, with the cells it prints read by hand (or by the seeds' own oracle). */
export interface Fixture {
  form: FormId;
  /** path under tests/fixtures of the file mutated (for a PDF: the page it is printed from) */
  name: string;
  truth: Truth;
  /** every template identity holds on the truth: only such reports are mutated */
  consistent: boolean;
}

function entries(file: string): Record<string, Pick<CorpusEntry, 'table3' | 'table4'> & { consistent?: boolean }> {
  return JSON.parse(readFileSync(path.join(FIXTURES_DIR, file), 'utf8')).files;
}

/** A fixture whose truth is checked against the expected.json's own word on consistency. */
function fixture(form: FormId, name: string, truth: Truth, said?: boolean): Fixture {
  const consistent = isConsistent(truthValues(truth));
  if (said !== undefined && said !== consistent) throw new Error(`${name}: expected.json says consistent=${said}, its cells say ${consistent}`);
  return { form, name, truth, consistent };
}

/** The five seeds (copies of ../shared/seeds); tests/helpers/seeds.ts needs vitest's __dirname, the runner runs under tsx. */
export const SEED_IDS = ['000', '001', '002', '003', '004'] as const;
const seedFile = (id: string) => readdirSync(path.join(FIXTURES_DIR, 'seeds')).find((f) => f.startsWith(id))!;
const seedTruths = new Map(SEED_IDS.map((id) => [id, seedTruth(readFileSync(path.join(FIXTURES_DIR, 'seeds', seedFile(id)), 'utf8'))]));

/** PDFs are printed from these pages by default (the real portal page and each seed as a TRS portal page). */
export const PDF_SOURCES = ['corpus/html/pingtan-shs-2023.html', ...SEED_IDS.map((id) => `pages/trs-${id}.html`)];

/**
 * Every real report of tests/fixtures in every form the suite measures, consistent or not (the runner
 * mutates only consistent ones and lists the others): real pages and crawler texts (corpus/, real/),
 * the seeds flattened from Word, as three page layouts, as crawler text, as .docx and as converter
 * Markdown, PDFs printed from pages (`pdfSources`, default PDF_SOURCES) and the .docx exported as PDF by
 * LibreOffice.
 */
export function allFixtures(pdfSources: readonly string[] = PDF_SOURCES): Fixture[] {
  const corpus = entries('corpus/expected.json');
  const real = entries('real/expected.json');
  const markdown = entries('markdown/expected.json');
  const out: Fixture[] = [];
  for (const [key, e] of Object.entries(corpus)) {
    const form: FormId | null = key.startsWith('html/') ? 'html' : key.startsWith('text/') ? 'text' : null;
    if (form) out.push(fixture(form, `corpus/${key}`, truthFromEntry(e), e.consistent));
  }
  for (const [key, e] of Object.entries(real)) out.push(fixture(key.endsWith('.html') ? 'html' : 'text', key, truthFromEntry(e), e.consistent));
  for (const id of SEED_IDS) {
    const truth = seedTruths.get(id)!;
    for (const layout of ['trs', 'word', 'flat']) out.push(fixture('html', `pages/${layout}-${id}.html`, truth));
    out.push(fixture('flat', `seeds/${seedFile(id)}`, truth));
    out.push(fixture('text', `crawler/seed-${id}.txt`, truth));
    out.push(fixture('docx', `docx/seed-${id}.docx`, truth));
  }
  for (const [key, e] of Object.entries(markdown)) out.push(fixture('markdown', `markdown/${key}`, truthFromEntry(e), e.consistent));
  for (const id of ['002', '003'] as const) out.push(fixture('markdown', `markdown/seed-${id}.md`, seedTruths.get(id)!));
  for (const f of out.filter((x) => x.form === 'docx')) out.push({ ...f, form: 'pdf-lo' });
  for (const name of pdfSources) {
    const source = out.find((f) => f.form === 'html' && f.name === name);
    if (!source) throw new Error(`no HTML fixture ${name} to print as PDF`);
    out.push({ ...source, form: 'pdf' });
  }
  return out;
}
