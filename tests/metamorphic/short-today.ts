import { it } from 'vitest';

/**
 * What falls short of issue 15's bar on main today (measured 2026-12-06 with npm run metamorphic; the
 * README's figures), each with the branch expected to lift it. An entry turns its assertion into `it.fails`:
 * once the fix is merged the assertion holds, the test fails and says to delete the entry. Nothing else in
 * the suite changes when a form comes up to the bar.
 */
export const SHORT_TODAY: Readonly<Record<string, string>> = {
  // rows run together that a changed figure leaves with no split (or several) are dropped, no error (item 1);
  // a split fitting only its row's 总计 is taken and shows numbers not printed (crawler/seed-003 (七))
  'mutants text: caught': 'uncertain',
  'mutants text: no wrong number': 'uncertain',
  // converter Markdown: 表三 per-group tables and placeholder headers not read (item 3)
  'mutants markdown: caught': 'markdown',
  // Chromium's print of a page: 一、本年新收 lost beside the header, 表三 across pages (item 4)
  'mutants pdf: caught': 'pdf',
  'mutants all forms: caught': 'uncertain, markdown, pdf',
  'mutants all forms: no wrong number': 'uncertain',
  // full-width digits inside a run dropped (item 2); in Markdown the wrapped label row of （五）5 is lost
  'variant text fullwidth': 'uncertain',
  'variant markdown fullwidth': 'markdown',
  // part 7. Crawler text: 表二's run-together figures have no arithmetic to split them (2120, 37681316), so the
  // badge is ? where the page's is ✓ or a count; seed 002's (七) "1 00000 10" is dropped and its 5 errors with it
  'one report pingtan-shs-2023: text:corpus/text/pingtan-shs-2023.txt': 'uncertain',
  'one report seed 001: text:crawler/seed-001.txt': 'uncertain',
  'one report seed 002: text:crawler/seed-002.txt': 'uncertain',
  'one report seed 003: text:crawler/seed-003.txt': 'uncertain',
  // the page printed by Chromium: 一、本年新收 not read (row-missing, row-incomplete), a sections warning
  'one report pingtan-shs-2023: pdf:corpus/html/pingtan-shs-2023.html': 'pdf',
  'one report pingtan-hzs-2024: pdf:corpus/html/pingtan-hzs-2024.html': 'pdf',
  'one report seed 000: pdf:pages/trs-000.html': 'pdf',
  'one report seed 001: pdf:pages/trs-001.html': 'pdf',
  'one report seed 003: pdf:pages/trs-003.html': 'pdf',
  'one report seed 004: pdf:pages/trs-004.html': 'pdf',
  // the .docx exported by LibreOffice: rows under merged cells lost (row-missing)
  'one report seed 000: pdf-lo:docx/seed-000.docx': 'pdf',
  'one report seed 001: pdf-lo:docx/seed-001.docx': 'pdf',
  'one report seed 002: pdf-lo:docx/seed-002.docx': 'pdf',
  'one report seed 003: pdf-lo:docx/seed-003.docx': 'pdf',
};

/**
 * `it` for an assertion that holds today, `it.fails` for one listed short (its title then names the branch):
 * the listed ones still run, and start failing the day they are fixed.
 */
export function itUnlessShort(key: string): [typeof it | typeof it.fails, string] {
  const branch = SHORT_TODAY[key];
  return branch ? [it.fails, `${key} — short today, to be lifted on branch ${branch}: delete its SHORT_TODAY entry when this fails`] : [it, key];
}
