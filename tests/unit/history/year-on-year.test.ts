import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildRecord, recordInputFromCheck } from '../../../lib/history/build-record';
import { filterRecords } from '../../../lib/history/filter-records';
import type { HistoryRecord } from '../../../lib/history/history-record';
import type { Verdict } from '../../../lib/model/verdict';
import { recordVerdict } from '../../../lib/review/decided-verdict';
import { yearOnYear } from '../../../lib/history/year-on-year';
import { checkHtml } from '../../../lib/pipeline';
import { renderFinding } from '../../../lib/report/render-finding';

const PAGES = path.join(__dirname, '../../fixtures/pages');

/** The history fixture pages (seed 000 as 2023, and the 2022 derived from it) checked as the extension checks them. */
function record(file: string, checkedAt: string) {
  const { document } = parseHTML(readFileSync(path.join(PAGES, file), 'utf8'));
  const url = `http://www.bjtzh.gov.cn/${file}`;
  return buildRecord(recordInputFromCheck(checkHtml(document, url), url, checkedAt));
}

describe('year on year, on the two history fixture pages', () => {
  const y2022 = record('history-tongzhou-gzw-2022.html', '2026-11-23T08:00:00.000Z');
  const y2023 = record('history-tongzhou-gzw-2023.html', '2026-11-23T08:05:00.000Z');
  const other = record('trs-002.html', '2026-11-23T08:10:00.000Z');

  it('should put the years side by side with the X-1 carry-over mismatch between them, and note the narrative 2023 reused', () => {
    const { years, steps } = yearOnYear([other, y2023, y2022], '北京市通州区 国资委');
    expect(years.map((r) => r.year)).toEqual([2022, 2023]);
    expect(steps).toHaveLength(1);
    expect(steps[0]!.findings.map((f) => [f.rule, f.cells[0], f.expected, f.actual])).toEqual([
      ['cross-year-carry-over', 'requests.carriedOver.natural', 2, 0],
      ['cross-year-carry-over', 'requests.carriedOver.total', 2, 0],
      // the 2022 page's narrative is seed 000's with the years and one sentence changed: 6 of 7 lines repeat
      ['cross-year-same-narrative', undefined, null, 86],
    ]);
    expect(renderFinding(steps[0]!.findings[0]!, 'en')).toBe(
      "Table 3, natural persons column, carried over: last year's report (北京市通州区国资委2022年政府信息公开工作年度报告): carried forward, natural persons 2 ≠ this year's carried over, natural persons 0",
    );
  });

  it('should take the newest check of a year, and leave a gap year without a step', () => {
    const again = { ...y2022, checkedAt: '2026-11-23T09:00:00.000Z', id: `${y2022.id}x` };
    expect(yearOnYear([y2022, again, y2023], '北京市通州区国资委').years[0]!.id).toBe(again.id);
    const y2021 = { ...y2023, year: 2021, id: 'y2021' };
    expect(yearOnYear([y2021, y2023], '北京市通州区国资委').steps).toEqual([]);
  });

  it('should filter by agency text, year and verdict', () => {
    const all = [y2023, y2022, other];
    const ids = (f: Parameters<typeof filterRecords>[1]) => filterRecords(all, f).map((r) => `${r.agency} ${r.year}`);
    expect(ids({ agency: '通州区 国资委', year: null, verdict: null })).toEqual(['北京市通州区国资委 2023', '北京市通州区国资委 2022']);
    expect(ids({ agency: '', year: 2022, verdict: null })).toEqual(['北京市通州区国资委 2022']);
    expect(ids({ agency: '', year: null, verdict: 'error' })).toEqual(['北京市密云区商务局 2023']);
    expect(ids({ agency: '密云', year: 2022, verdict: null })).toEqual([]);
  });

  it('should filter by the verdict after the auditor’s decisions when the page gives it (every error of trs-002 dismissed)', () => {
    const errors = other.report.findings.flatMap((f, i) => (f.severity === 'error' ? [i] : []));
    const reviews = Object.fromEntries(
      errors.map((i) => {
        const f = other.report.findings[i]!;
        return [
          `${f.rule}|${f.cells.join(',')}|${f.expected ?? ''}|${f.actual ?? ''}|`,
          { status: 'dismissed' as const, note: '', at: '2026-12-06T00:00:00Z' },
        ];
      }),
    );
    const decided = (r: HistoryRecord) => recordVerdict(r.report, r === other ? reviews : undefined).kind;
    const ids = (verdict: Verdict) => filterRecords([y2023, y2022, other], { agency: '', year: null, verdict }, decided).map((r) => r.year);
    expect(errors).toHaveLength(5);
    expect(ids('error')).toEqual([]);
    expect(ids('warning')).toEqual([2023]);
    expect(other.verdict).toBe('error');
  });
});
