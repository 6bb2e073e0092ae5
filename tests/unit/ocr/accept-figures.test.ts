import { describe, expect, it } from 'vitest';
import { acceptFigures } from '../../../lib/ocr/accept-figures';
import type { FigureReading } from '../../../lib/ocr/allowed-reading';
import { templateEquations } from '../../../lib/ocr/template-equations';
import { cellPath } from '../../../lib/model/cell-ref';
import { REQUEST_COLUMNS, REVIEW_COLUMNS } from '../../../lib/model/keys';

const EQUATIONS = templateEquations('2021');
const ROWS = [
  ...new Set(
    EQUATIONS.flatMap((e) => e.terms.map((t) => t.path))
      .filter((p) => p.startsWith('requests.'))
      .map((p) => p.split('.').slice(1, -1).join('.')),
  ),
];

/** A consistent 表三/表四: every figure 0 except row 一 and （一）, plus the given review group. */
function table(): Map<string, number> {
  const v = new Map<string, number>();
  for (const row of ROWS) for (const c of REQUEST_COLUMNS) v.set(cellPath('requests', row, c), 0);
  const set = (row: string, vals: number[]) => vals.forEach((x, i) => v.set(cellPath('requests', row, REQUEST_COLUMNS[i]!), x));
  set('newReceived', [12, 3, 0, 0, 1, 0, 16]);
  set('granted', [7, 3, 0, 0, 1, 0, 11]);
  set('unable.notHeld', [5, 0, 0, 0, 0, 0, 5]);
  set('totalProcessed', [12, 3, 0, 0, 1, 0, 16]);
  for (const [g, vals] of [['reconsideration', [2, 1, 0, 0, 3]]] as const) vals.forEach((x, i) => v.set(cellPath('review', g, REVIEW_COLUMNS[i]!), x));
  return v;
}

/** Every figure read as printed, sure of itself; `change` overrides some readings. */
function readings(v: Map<string, number>, change: Record<string, FigureReading> = {}): Map<string, FigureReading> {
  const out = new Map<string, FigureReading>();
  for (const [p, x] of v) out.set(p, change[p] ?? { value: x, blank: false, alternatives: [{ text: String(x), p: 0.99 }] });
  return out;
}

describe('acceptFigures', () => {
  it('should prove every figure of a consistent table read right', () => {
    const { decisions, errors } = acceptFigures(readings(table()), new Map(), EQUATIONS);
    expect(errors).toEqual([]);
    expect([...decisions.values()].every((d) => d.status === 'proven')).toBe(true);
  });

  it('should correct a misread where a failed row and column cross, to the cell’s own alternative', () => {
    const p = cellPath('requests', 'granted', 'natural');
    const { decisions, errors } = acceptFigures(
      readings(table(), {
        [p]: {
          value: 1,
          blank: false,
          alternatives: [
            { text: '1', p: 0.8 },
            { text: '7', p: 0.15 },
          ],
        },
      }),
      new Map(),
      EQUATIONS,
    );
    expect(errors).toEqual([]);
    expect(decisions.get(p)).toEqual({ status: 'corrected', value: 7 });
  });

  it('should leave a misread unread when the value the sums ask for is not one the picture allows', () => {
    const p = cellPath('requests', 'granted', 'natural');
    const { decisions, errors } = acceptFigures(
      readings(table(), {
        [p]: {
          value: 4,
          blank: false,
          alternatives: [
            { text: '4', p: 0.9 },
            { text: '1', p: 0.05 },
          ],
        },
      }),
      new Map(),
      EQUATIONS,
    );
    // 7 is asked for; the picture says 4 or 1: never another number
    expect(decisions.get(p)?.status).not.toBe('corrected');
    expect(decisions.get(p)?.value).toBeUndefined();
    expect(decisions.get(p)?.status === 'unread' || errors.length > 0).toBe(true);
  });

  it('should call a group total that fails under every alternative a report error, its figures kept', () => {
    const p = cellPath('review', 'reconsideration', 'total');
    const { decisions, errors } = acceptFigures(
      readings(table(), {
        [p]: {
          value: 0,
          blank: false,
          alternatives: [
            { text: '0', p: 0.99 },
            { text: '8', p: 0.005 },
          ],
        },
      }),
      new Map(),
      EQUATIONS,
    );
    expect(errors).toEqual(['t4-group-total:reconsideration']);
    expect(decisions.get(p)?.status).toBe('unproven');
  });

  it('should leave unread, not call an error, a figure whose own unlikely alternative makes its row hold (seed 59035663: a 3 half rubbed out read 26)', () => {
    // 36 read 26 at 0.99, 36 only at 0.002; the column cannot locate it (a row of it not read): the row
    // fails as read, but one of the picture's own readings makes it hold
    const p = cellPath('requests', 'granted', 'natural');
    const v = table();
    const r = readings(v, {
      [p]: {
        value: 6,
        blank: false,
        alternatives: [
          { text: '6', p: 0.99 },
          { text: '5', p: 0.004 },
          { text: '7', p: 0.002 },
        ],
      },
      [cellPath('requests', 'unable.notHeld', 'natural')]: { value: undefined, blank: false, alternatives: [] },
    });
    const { decisions, errors } = acceptFigures(r, new Map(), EQUATIONS);
    expect(errors).toEqual([]);
    expect(decisions.get(p)).toEqual({ status: 'unread' });
    // only the figure a reading changes is in doubt (and the one not read at all): the row's others stay as read
    const unread = [...decisions].filter(([, d]) => d.status === 'unread').map(([path]) => path);
    expect(unread.sort()).toEqual([p, cellPath('requests', 'unable.notHeld', 'natural')].sort());
  });

  it('should still call an error where only two unlikely misreads at once would make it hold', () => {
    // 0 + 1 ≠ 3 in 表四's 行政复议: reading both 0→1 and 1→2 at 1 in 1000 each is no reading of the page
    const v = table();
    const at = (c: string) => cellPath('review', 'reconsideration', c);
    const r = readings(v, {
      [at('corrected')]: {
        value: 0,
        blank: false,
        alternatives: [
          { text: '0', p: 0.99 },
          { text: '1', p: 0.001 },
        ],
      },
      [at('other')]: { value: 0, blank: false, alternatives: [{ text: '0', p: 0.99 }] },
      [at('upheld')]: {
        value: 1,
        blank: false,
        alternatives: [
          { text: '1', p: 0.99 },
          { text: '2', p: 0.001 },
        ],
      },
    });
    const { errors } = acceptFigures(r, new Map(), EQUATIONS);
    expect(errors).toEqual(['t4-group-total:reconsideration']);
  });

  it('should never correct a 表四 figure: one equation locates nothing', () => {
    const p = cellPath('review', 'reconsideration', 'upheld');
    const { decisions } = acceptFigures(
      readings(table(), {
        [p]: {
          value: 7,
          blank: false,
          alternatives: [
            { text: '7', p: 0.6 },
            { text: '2', p: 0.3 },
          ],
        },
      }),
      new Map(),
      EQUATIONS,
    );
    expect(decisions.get(p)).toEqual({ status: 'unread' });
  });
});
