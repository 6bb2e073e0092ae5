import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REQUEST_COLUMNS, REVIEW_COLUMNS } from '../../lib/model/keys';
import { checkText } from '../../lib/pipeline';
import type { PublicReport } from '../../lib/model/public-report';
import { consistentReport, type Values } from '../helpers/arbitrary-report';
import { renderRunTogether } from '../helpers/render-run-together';

/** Every cell the reader read, with what it read, and the cells it left unread. */
function compare(v: Values, report: PublicReport) {
  const wrong: string[] = [];
  const unread: string[] = [];
  let read = 0;
  for (const table of ['requests', 'review', 'active'] as const) {
    for (const [row, cols] of Object.entries(v[table])) {
      for (const [col, want] of Object.entries(cols)) {
        const got = report.tables[table]?.[row]?.[col];
        if (!got || got.value === null) unread.push(`${table}.${row}.${col}`);
        else if (got.value !== want) wrong.push(`${table}.${row}.${col}: read ${got.value}, printed ${want}`);
        else read++;
      }
    }
  }
  return { wrong, unread, read };
}

const singleDigits = (values: Record<string, number>) => Object.values(values).every((x) => x >= 0 && x <= 9);

describe('text whose table cells run together (property)', () => {
  it('should never read a cell as another number, and read every row whose digits allow one split', () => {
    fc.assert(
      fc.property(consistentReport, fc.array(fc.boolean(), { minLength: 300, maxLength: 300 }), (v, spaces) => {
        const text = renderRunTogether(v, (i) => (spaces[i % spaces.length] ? ' ' : ''));
        const { report, findings } = checkText(text, 'prop');
        const { wrong, unread } = compare(v, report);
        expect(wrong).toEqual([]);
        // rows of single-digit figures (most rows of most reports) are fixed by their digit count
        for (const [row, cols] of Object.entries(v.requests))
          if (singleDigits(cols)) for (const col of REQUEST_COLUMNS) expect(unread).not.toContain(`requests.${row}.${col}`);
        // a consistent report raises no error or warning on what was read; what was not read is listed, not checked
        expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
        const listed = findings.filter((f) => f.rule === 'cells-unread');
        expect(listed.length > 0).toBe(unread.length > 0);
      }),
      { numRuns: 120 },
    );
  });

  it('should read every cell back when each figure stands apart', () => {
    fc.assert(
      fc.property(consistentReport, (v) => {
        const { report, findings } = checkText(
          renderRunTogether(v, () => ' '),
          'prop',
        );
        expect(compare(v, report)).toMatchObject({ wrong: [], unread: [] });
        expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
        for (const group of Object.keys(v.review))
          for (const col of REVIEW_COLUMNS) expect(report.tables.review?.[group]?.[col]?.value).toBe(v.review[group]![col]);
      }),
      { numRuns: 40 },
    );
  });
});
