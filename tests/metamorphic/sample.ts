import type { FormId } from './forms';

/**
 * The sample npm test runs (npm run metamorphic runs everything): for each form a real fixture and a
 * seed-derived one where the form has both, a few dozen mutants each spread evenly over the figures (PDFs:
 * one mutant per figure, fewer figures), and the mutants that once showed a number not printed.
 */
export const SAMPLE: Record<FormId, { fixtures: string[]; perFixture: number }> = {
  html: { fixtures: ['corpus/html/pingtan-shs-2023.html', 'pages/word-003.html'], perFixture: 30 },
  text: { fixtures: ['corpus/text/pingtan-shs-2023.txt', 'real/pingtan-czj-2024.txt', 'crawler/seed-003.txt'], perFixture: 30 },
  flat: { fixtures: ['seeds/003_2b19c720d5f1c29d.txt'], perFixture: 40 },
  docx: { fixtures: ['docx/seed-004.docx'], perFixture: 24 },
  markdown: { fixtures: ['markdown/shuyang-gov-2025.md', 'markdown/seed-003.md'], perFixture: 30 },
  pdf: { fixtures: ['corpus/html/pingtan-shs-2023.html', 'pages/trs-003.html'], perFixture: 6 },
  'pdf-lo': { fixtures: ['docx/seed-003.docx'], perFixture: 6 },
};

/** Mutants that showed a number not printed (npm run metamorphic, 2026-12-06): always in the sample. */
export const ALWAYS = [{ fixture: 'crawler/seed-003.txt', path: 'requests.totalProcessed.research', to: 7 }];
