import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHtml } from '../../cli/parse-html';
import { REQUEST_COLUMNS, REVIEW_COLUMNS } from '../../lib/model/keys';
import { checkHtml, checkText, type CheckResult } from '../../lib/pipeline';

export const CORPUS = path.resolve(import.meta.dirname, '../fixtures/corpus');
/** Real reports found in public repositories beyond the corpus (tests/fixtures/real, expected.json read by hand). */
export const REAL = path.resolve(import.meta.dirname, '../fixtures');

/** One real report of tests/fixtures/corpus/expected.json (every cell of 三 and 四 read by hand). */
export interface CorpusEntry {
  agency: string;
  year: number;
  consistent: boolean;
  inconsistencies: string[];
  source: { published?: string; original_url?: string };
  table3: Record<string, (number | null)[]>;
  table4: Record<'review' | 'litigation_direct' | 'litigation_after_review', (number | null)[]>;
}

export const EXPECTED: Record<string, CorpusEntry> = JSON.parse(readFileSync(path.join(CORPUS, 'expected.json'), 'utf8')).files;

// expected.json's row keys in template order (its schema.row_keys_2021), mapped to output.md's
const ROWS = [
  'newReceived',
  'carriedOver',
  'granted',
  'partial',
  'denied.stateSecret',
  'denied.lawForbidden',
  'denied.threeSecurity',
  'denied.thirdParty',
  'denied.internalAffairs',
  'denied.processInfo',
  'denied.enforcementFile',
  'denied.queryMatter',
  'unable.notHeld',
  'unable.needCreate',
  'unable.unclear',
  'notProcessed.petition',
  'notProcessed.duplicate',
  'notProcessed.publication',
  'notProcessed.massive',
  'notProcessed.confirm',
  'other.overdueCorrection',
  'other.overdueFee',
  'other.other',
  'totalProcessed',
  'carriedForward',
];
const GROUPS = { review: 'reconsideration', litigation_direct: 'litigationDirect', litigation_after_review: 'litigationAfterReconsideration' } as const;

/** Every expected cell as [path, value]: a single （六） row (r22/r23 absent) is keyed `other` (output.md). */
export function expectedCells(e: CorpusEntry): [string, number | null][] {
  const single = !('r22_other2_overdue_fee' in e.table3);
  const out: [string, number | null][] = [];
  for (const [key, values] of Object.entries(e.table3)) {
    const row = single && key.startsWith('r21') ? 'other' : ROWS[Number(key.slice(1, 3)) - 1]!;
    REQUEST_COLUMNS.forEach((c, i) => out.push([`requests.${row}.${c}`, values[i]!]));
  }
  for (const [g, values] of Object.entries(e.table4))
    REVIEW_COLUMNS.forEach((c, i) => out.push([`review.${GROUPS[g as keyof typeof GROUPS]}.${c}`, values[i]!]));
  return out;
}

/** A corpus file checked as the command-line checker checks it (HTML parsed as a browser does). */
export function checkCorpusFile(file: string, dir = CORPUS): CheckResult {
  const content = readFileSync(path.join(dir, file), 'utf8');
  return file.endsWith('.html') ? checkHtml(parseHtml(content), file) : checkText(content, file);
}
