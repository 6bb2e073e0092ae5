import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corruptRun, corruptRunInput, corruptRunViolations } from '../../helpers/corrupt-scan';

// A random consistent report (tests/helpers/arbitrary-report.ts) in Word's layout, printed by Chromium, one
// digit of 三 or 四 damaged on the page (an ink blot, half rubbed out, another digit struck over it, or cleanly
// replaced), then scanned by make-scans' recipe and read by OCR. OCR takes ~50–85 s a run on a busy 2-core
// machine and CI has ten minutes for everything, so the default suite makes one run at 150 dpi from a fixed
// seed; npm run test:scans makes 12 random runs at both resolutions.
// A random seed in CI (59035663, 2026-12-06) found the counterexample below: a bug still open (issue 16).
const SEED = 1;

describe('OCR of a scan with one digit damaged (property)', () => {
  it('should read the damaged figure as printed or leave it unread, never as another number, and raise no false error', async () => {
    await fc.assert(
      fc.asyncProperty(corruptRunInput([150]), async (input) => {
        const r = await corruptRun(input);
        expect(r).not.toBeNull();
        expect(corruptRunViolations(r!, input.values)).toEqual([]);
      }),
      // shrinking would re-run OCR dozens of times: the failing input is printed as found
      { numRuns: 1, seed: SEED, endOnFailure: true },
    );
  }, 1_200_000);

  // Found by a random seed in CI (2026-12-06): the 3 of 表三（一）予以公开·法律服务机构 36 with its lower half rubbed out
  // was read 26 and left "unproven", and t3-row-total reported 89 ≠ 99 on it, an error on a figure nobody printed.
  // Since, a figure no equation proved counts as unread in the rules, its readings tried (readingIndex), and
  // accept-figures leaves unread a figure that one of its own readings would make hold.
  it('a rubbed-out 3 read as 2 raises no error and is not read as 26 (seed 59035663)', async () => {
    await fc.assert(
      fc.asyncProperty(corruptRunInput([150]), async (input) => {
        const r = await corruptRun(input);
        expect(r).not.toBeNull();
        expect(corruptRunViolations(r!, input.values)).toEqual([]);
      }),
      { numRuns: 1, seed: 59035663, endOnFailure: true },
    );
  }, 1_200_000);
});
