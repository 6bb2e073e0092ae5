import type { Syntax } from './text-stream';

/**
 * The published forms of a report the suite measures. Each is read by the project's own reader, as the
 * command-line checker reads it (cli/read-input fromBytes, then cli/check-input checkInput).
 */
export const FORM_IDS = ['html', 'text', 'flat', 'docx', 'pdf', 'pdf-lo', 'markdown'] as const;
export type FormId = (typeof FORM_IDS)[number];

/** A harmless variant: it changes how figures are written, never what they are. */
export const VARIANT_IDS = [
  'space-around',
  'nbsp-around',
  'ideographic-around',
  'space-inside',
  'nbsp-inside',
  'ideographic-inside',
  'fullwidth',
  'span',
  'font',
  'gbk',
  'chrome',
] as const;
export type VariantId = (typeof VARIANT_IDS)[number];

export interface Form {
  id: FormId;
  title: string;
  /** how the mutated source is written (what the figure locator skips) */
  syntax: Syntax;
  /** the form prints a row's figures with no separator: a mutant keeps each figure's length */
  runTogether: boolean;
  /** what cli/read-input's fromBytes is told the input is (null: sniffed from the bytes, as for .docx) */
  kind: 'html' | 'text' | 'pdf' | null;
  /** the file name extension the report is given */
  extension: string;
  variants: readonly VariantId[];
}

const BLANK_VARIANTS = ['space-around', 'nbsp-around', 'ideographic-around', 'space-inside', 'nbsp-inside', 'ideographic-inside', 'fullwidth'] as const;

export const FORMS: Record<FormId, Form> = {
  html: {
    id: 'html',
    title: 'HTML page',
    syntax: 'markup',
    runTogether: false,
    kind: 'html',
    extension: '.html',
    variants: [...BLANK_VARIANTS, 'span', 'font', 'gbk', 'chrome'],
  },
  // a space inside a run-together row is a cell boundary, not padding: only blanks around the row's run are harmless
  text: {
    id: 'text',
    title: 'crawler text, cells run together',
    syntax: 'text',
    runTogether: true,
    kind: 'text',
    extension: '.txt',
    variants: ['space-around', 'nbsp-around', 'ideographic-around', 'fullwidth'],
  },
  flat: { id: 'flat', title: 'flattened Word text', syntax: 'text', runTogether: false, kind: 'text', extension: '.txt', variants: BLANK_VARIANTS },
  docx: { id: 'docx', title: 'Word .docx', syntax: 'markup', runTogether: false, kind: null, extension: '.docx', variants: BLANK_VARIANTS },
  // a PDF is printed from the page: the page's variants would print the same glyphs
  pdf: { id: 'pdf', title: 'PDF (page printed by Chromium)', syntax: 'markup', runTogether: false, kind: 'pdf', extension: '.pdf', variants: [] },
  // the .docx's document.xml is changed, then the document exported by LibreOffice
  'pdf-lo': { id: 'pdf-lo', title: 'PDF (.docx exported by LibreOffice)', syntax: 'markup', runTogether: false, kind: 'pdf', extension: '.pdf', variants: [] },
  markdown: { id: 'markdown', title: 'converter Markdown', syntax: 'markdown', runTogether: false, kind: 'text', extension: '.md', variants: BLANK_VARIANTS },
};
