import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkText } from '../../../lib/pipeline';
import type { ExtractionProblem } from '../../../lib/model/types';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

/**
 * Two real reports whose reading leaves problems of other kinds, for the rules that each word one kind of
 * extraction problem (a rule must say its own kind and no other): 平潭综合实验区行政审批局 2024 as crawler text
 * (tests/fixtures/corpus/text/pingtan-hzs-2024.txt: cells split and cells unread) and 上海市科委 2024 as
 * converter Markdown (tests/fixtures/markdown/shanghai-stcsm-2024.md: rows missing from 表二, 表三 and 表四
 * read by position).
 */
export const WITH_PROBLEMS = {
  hzs: readFileSync(path.join(FIXTURES, 'corpus/text/pingtan-hzs-2024.txt'), 'utf8'),
  stcsm: readFileSync(path.join(FIXTURES, 'markdown/shanghai-stcsm-2024.md'), 'utf8'),
} as const;

/** The kinds of problem, with their table, that reading `text` leaves: [kind, table]. */
export function problemKinds(text: string): [ExtractionProblem['kind'], string][] {
  return checkText(text, 'report.txt').extraction.problems.map((p) => [p.kind, p.table]);
}
