import { describe, expect, it } from 'vitest';
import { rowIncomplete } from '../../../lib/rules/row-incomplete';
import { seedText } from '../../helpers/seeds';
import { findingsOn } from './seed-form';
import { SEED } from './seed-table';
import { problemKinds, WITH_PROBLEMS } from './other-problems';

/** row-incomplete (§3) on seed 004 (real: seven figures under every 表三 row, one a line), figures dropped. */
const lines = seedText(SEED).split('\n');
/** seed 004 with `n` of the figures under the row labelled `label` dropped */
const dropFigures = (label: string, n: number) => {
  const i = lines.findIndex((l) => l.trim() === label);
  if (i < 0) throw new Error(`${label} not found`);
  return [...lines.slice(0, i + 1), ...lines.slice(i + 1 + n)].join('\n');
};
const incomplete = (text: string) => findingsOn('row-incomplete', text);

describe('row-incomplete on seed 004', () => {
  it('should find nothing in the report as printed', () => {
    expect(incomplete(seedText(SEED))).toEqual([]);
  });

  it('should name a row read with six figures of seven, and what was printed', () => {
    expect(incomplete(dropFigures('2.重复申请', 1))).toEqual([
      [
        'incomplete',
        'warning',
        {
          table: 'requests',
          row: 'notProcessed.duplicate',
          detail: { code: 'too-few-cells', read: 6, expected: 7, printed: ['', '', '2.重复申请', '0', '0', '0', '0', '0', '0'] },
        },
        null,
      ],
    ]);
  });

  it('should be a warning of clause §3 under its own id', () => {
    expect([rowIncomplete.id, rowIncomplete.severity, rowIncomplete.clause]).toEqual(['row-incomplete', 'warning', '§3']);
  });

  it('should say nothing of the other problems of real reports', () => {
    for (const text of Object.values(WITH_PROBLEMS)) {
      expect(problemKinds(text)).not.toEqual([]);
      expect(incomplete(text)).toEqual([]);
    }
  });
});
