import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../lib/pipeline';
import { cellsSplit } from '../../../lib/rules/cells-split';
import { CORPUS } from '../../helpers/corpus';
import { seedText } from '../../helpers/seeds';
import { findingsOn } from './seed-form';
import { SEED } from './seed-table';

/**
 * cells-split (§3 text forms) on 平潭交通与建设局 2019 (tests/fixtures/corpus/text/pingtan-jtj-2019.txt, real crawler
 * text whose table cells run together: 23 figures of 表三, 4 of 表二 and 3 of 表四 split by their digits) and
 * on seed 004 (real, one figure a line).
 */
const split = (text: string) =>
  checkText(text, 'https://www.pingtan.gov.cn/jtj/2019.html')
    .report.findings.filter((f) => f.rule === 'cells-split')
    .map((f) => [f.code, f.severity, f.cells, f.detail.kind === 'note' ? f.detail.data : f.detail.kind]);

describe('cells-split', () => {
  it('should find nothing in seed 004, one figure a line', () => {
    expect(split(seedText(SEED))).toEqual([]);
  });

  it('should note once, table by table, how many figures were split by their digits', () => {
    expect(split(readFileSync(path.join(CORPUS, 'text/pingtan-jtj-2019.txt'), 'utf8'))).toEqual([
      [
        'split',
        'info',
        [],
        {
          tables: [
            { table: 'requests', detail: { code: 'split', byDigits: 23, rows: [] } },
            { table: 'active', detail: { code: 'split', byDigits: 4, rows: [] } },
            { table: 'review', detail: { code: 'split', byDigits: 3, rows: [] } },
          ],
        },
      ],
    ]);
  });

  it('should be an info of clause §3 (text forms) under its own id', () => {
    expect([cellsSplit.id, cellsSplit.severity, cellsSplit.clause]).toEqual(['cells-split', 'info', '§3 (text forms)']);
  });

  it('should return no finding at all when no figures ran together (the rule alone, seed 004)', () => {
    expect(findingsOn('cells-split', seedText(SEED))).toEqual([]);
  });
});
