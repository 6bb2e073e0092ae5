import { describe, expect, it } from 'vitest';
import { cellPath, parseCellPath, tableOfPath } from '../../../lib/model/cell-ref';
import { checkText } from '../../../lib/pipeline';
import { eachCell } from '../../../lib/rules/helpers/each-cell';
import { seedText } from '../../helpers/seeds';

describe('a cell path and its CellRef', () => {
  it('should take a row key with dots whole, the table before the first dot and the column after the last', () => {
    expect(parseCellPath('requests.denied.stateSecret.natural')).toEqual({ table: 'requests', row: 'denied.stateSecret', col: 'natural' });
    expect(parseCellPath('requestSubtotals.denied.total')).toEqual({ table: 'requestSubtotals', row: 'denied', col: 'total' });
    expect(cellPath('review', 'litigationDirect', 'pending')).toBe('review.litigationDirect.pending');
  });

  it('should go to and from the path of every cell of a real report unchanged', () => {
    // seed 001 (a real Beijing 2023 report): 表二, 表三 with its dotted rows, 表四
    const { extraction } = checkText(seedText('001'), 'seed-001.txt');
    const cells = eachCell(extraction.tables);
    expect(cells.length).toBeGreaterThan(190);
    expect(cells.map((c) => c.path)).toContain('requests.denied.stateSecret.natural');
    for (const c of cells) {
      expect(cellPath(c.table, c.row, c.col)).toBe(c.path);
      expect(parseCellPath(c.path)).toEqual({ table: c.table, row: c.row, col: c.col });
    }
  });

  it('should name no cell for a path of another table, with a part missing, or empty', () => {
    for (const p of ['', 'requests', 'requests.granted', 'requests..natural', 'requests.granted.', '.granted.natural', 'narrative.x.y'])
      expect(parseCellPath(p)).toBeNull();
    expect(tableOfPath(undefined)).toBeNull();
    expect(tableOfPath('active.regulations.issued')).toBe('active');
  });
});
