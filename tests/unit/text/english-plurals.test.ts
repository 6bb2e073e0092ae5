import { describe, expect, it } from 'vitest';
import { STRINGS as POPUP } from '../../../components/strings';
import { STRINGS as BATCH } from '../../../entrypoints/batch/strings';
import { STRINGS as HISTORY } from '../../../entrypoints/reports/strings';
import { VIEWER_STRINGS } from '../../../entrypoints/viewer/strings';
import { verdictCounts, verdictTitle } from '../../../lib/report/verdict-words';

/** "1 warnings" was issue 9's: every English count of the interface says one thing in the singular. */
describe('English interface counts', () => {
  it.each([
    [
      verdictCounts({ kind: 'error', errors: 1, warnings: 1, notes: 1, unchecked: 1, dismissed: 1 }, 'en'),
      '1 error; 1 warning, 1 note; 1 not checked; 1 dismissed',
    ],
    [verdictCounts({ kind: 'warning', errors: 0, warnings: 2, notes: 3, unchecked: 0, dismissed: 0 }, 'en'), 'no errors; 2 warnings, 3 notes'],
    [verdictTitle({ kind: 'partial', errors: 0, warnings: 0, notes: 0, unchecked: 1, dismissed: 0 }, 'en'), 'Consistent where checkable (1 not checked)'],
    [POPUP.en.reviewsPruned(1), 'The decisions were over their size limit: those on the report decided longest ago were removed.'],
    [BATCH.en.fromPage(1, 'List'), '1 report link found on “List”.'],
    [BATCH.en.pagesRead(1, 2), '1 list page read, 2 report links in all.'],
    [HISTORY.en.imported(1, 1), '1 record imported, 1 invalid one skipped.'],
    [HISTORY.en.dropped(1), 'Over the size limit: the oldest record was removed.'],
    [HISTORY.en.storage('1 kB', '50 MB', 1), '1 kB used of 50 MB (1 record); the oldest records are removed beyond the limit.'],
    [VIEWER_STRINGS.en.outlined(1), '1 cell outlined'],
    [VIEWER_STRINGS.en.onPage(3, 2), '2 cells outlined on page 3'],
  ])('should write %s', (got, expected) => {
    expect(got).toBe(expected);
  });
});
