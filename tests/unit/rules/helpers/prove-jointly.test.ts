import { describe, expect, it } from 'vitest';
import type { JointCheck, Relation, Term } from '../../../../lib/model/finding';
import type { CellReading } from '../../../../lib/model/types';
import { proveJointlyViolated } from '../../../../lib/rules/helpers/prove-jointly';
import type { ReadingIndex } from '../../../../lib/rules/helpers/reading-index';

const unread = (path: string): Term => ({ path, value: null, label: { zh: path, en: path }, unread: true });

/** The index of one reading over `cells` (each cell at its place in them). */
const indexOf = (reading: CellReading): ReadingIndex => new Map(reading.cells.map((path, at) => [path, { reading, at }]));

const GROUPS = ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'];
const CELLS = GROUPS.flatMap((g) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `review.${g}.${c}`));
const RUN = '12345671234567123456712345671';
/** A split of RUN into 表四's 15 cells that breaks 复议 (1+2+3+4 ≠ 5), as the reader's search samples it. */
const BREAKS = [1, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4, 5, 671, 2345671, 2345671];

/**
 * 表四 run together with splits too many to list, whose search on the three group totals found none that adds
 * up (CellReading.unbalanced), with `samples` to show.
 */
const table4 = (samples: (number | null)[][]): CellReading => ({
  cells: CELLS,
  options: null,
  printed: RUN,
  unbalanced: {
    sums: [0, 5, 10].map((g) => ({ of: [g, g + 1, g + 2, g + 3], total: g + 4 })),
    samples,
  },
});

/** Each group's four parts against its 总计, under `relation`. */
const groupChecks = (relation: Relation): JointCheck[] =>
  [0, 5, 10].map((g) => ({
    subject: { zh: CELLS[g + 4]!, en: CELLS[g + 4]! },
    relation,
    left: CELLS.slice(g, g + 4).map(unread),
    right: [unread(CELLS[g + 4]!)],
  }));

describe('proveJointlyViolated over splits too many to list (the run’s own totals)', () => {
  it('should prove the three group totals jointly violated from the search, listing only samples that break one', () => {
    // a sample that adds up in every group names no check it breaks: it is no case to show
    const v = proveJointlyViolated(groupChecks('sum'), indexOf(table4([BREAKS, [1, 1, 1, 1, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]])));
    expect(v).toMatchObject({ kind: 'jointly', count: null, printed: [{ text: RUN }] });
    expect(v?.cases).toEqual([
      {
        split: [BREAKS],
        failed: 0,
        values: [
          { left: [1, 2, 3, 4], right: [5] },
          { left: [6, 7, 1, 2], right: [3] },
          { left: [4, 5, 671, 2345671], right: [2345671] },
        ],
      },
    ]);
  });

  it('should prove nothing when a check is not one of the totals searched, though the checks are as many as those totals', () => {
    // 复议后起诉's four parts against 直接起诉's 总计 (cell 9; their own is cell 14): the search never tried that sum,
    // so some split may satisfy all three checks
    const [reconsideration, direct] = groupChecks('sum');
    const other: JointCheck = {
      subject: { zh: 'x', en: 'x' },
      relation: 'sum',
      left: CELLS.slice(10, 14).map(unread),
      right: [unread(CELLS[9]!)],
    };
    expect(proveJointlyViolated([reconsideration!, direct!, other], indexOf(table4([BREAKS])))).toBeNull();
  });

  it('should prove nothing for three checks when the search tried two of their totals, and prove those two', () => {
    // the search pruned on 复议's and 直接起诉's totals only: it says nothing of 复议后起诉's own check
    const two: CellReading = {
      ...table4([BREAKS]),
      unbalanced: { sums: [0, 5].map((g) => ({ of: [g, g + 1, g + 2, g + 3], total: g + 4 })), samples: [BREAKS] },
    };
    const [reconsideration, direct] = groupChecks('sum');
    expect(proveJointlyViolated(groupChecks('sum'), indexOf(two))).toBeNull();
    expect(proveJointlyViolated([reconsideration!, direct!], indexOf(two))).toMatchObject({ kind: 'jointly' });
  });

  it('should prove no bound from totals that never add up: parts ≤ 总计 may hold where parts = 总计 never does', () => {
    expect(proveJointlyViolated(groupChecks('at-most'), indexOf(table4([BREAKS])))).toBeNull();
  });

  it('should prove nothing for a check with a second figure on its right (一 + 二 = （七） + 四), though its first is the total searched', () => {
    // the search found 1 + 2 + 3 + 4 ≠ 5 under every split; that says nothing of 1 + 2 + 3 + 4 against 5 + a sixth cell
    const cells = ['a', 'b', 'c', 'd', 'e', 'f'].map((c) => `requests.granted.${c}`);
    const reading: CellReading = {
      cells,
      options: null,
      printed: '1234567',
      unbalanced: { sums: [{ of: [0, 1, 2, 3], total: 4 }], samples: [[1, 2, 3, 4, 5, 67]] },
    };
    const check: JointCheck = {
      subject: { zh: 'x', en: 'x' },
      relation: 'sum',
      left: cells.slice(0, 4).map(unread),
      right: [unread(cells[4]!), unread(cells[5]!)],
    };
    expect(proveJointlyViolated([check], indexOf(reading))).toBeNull();
  });
});

describe('proveJointlyViolated with every figure read', () => {
  it('should prove nothing when no figure is unread, though a check plainly fails (checkSum says that one)', () => {
    // 表四's three groups read in full, 复议's 1 + 2 + 3 + 4 printed against 11: a plain error, no reading to weigh
    const read = (path: string, value: number): Term => ({ path, value, label: { zh: path, en: path } });
    const checks: JointCheck[] = [0, 5, 10].map((g) => ({
      subject: { zh: CELLS[g + 4]!, en: CELLS[g + 4]! },
      relation: 'sum',
      left: CELLS.slice(g, g + 4).map((p, i) => read(p, i + 1)),
      right: [read(CELLS[g + 4]!, g === 0 ? 11 : 10)],
    }));
    expect(proveJointlyViolated(checks, new Map())).toBeNull();
  });
});
