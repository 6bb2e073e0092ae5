import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { batchVerdictOf, rowFromResult } from '../../../lib/batch/batch-row';
import { buildRecord, recordInputFromCheck } from '../../../lib/history/build-record';
import type { BatchVerdict, Verdict } from '../../../lib/model/verdict';
import { verdictOf } from '../../../lib/history/verdict-of';
import { checkHtml, checkText } from '../../../lib/pipeline';
import { severityCounts } from '../../../lib/report/severity-counts';
import { seedText } from '../../helpers/seeds';

const PAGES = path.join(import.meta.dirname, '../../fixtures/pages');
const page = (file: string) =>
  checkHtml(new DOMParser().parseFromString(readFileSync(path.join(PAGES, file), 'utf8'), 'text/html') as unknown as Document, `http://www.x.gov.cn/${file}`);
const item = { url: 'http://www.x.gov.cn/r.html', linkText: 'r' };

describe('one verdict and one count for the history and the batch', () => {
  it('should count findings by severity once, as both the history record and the batch row show them', () => {
    expect(severityCounts([{ severity: 'error' }, { severity: 'info' }, { severity: 'error' }])).toEqual({ error: 2, warning: 0, info: 1 });
    expect(severityCounts([])).toEqual({ error: 0, warning: 0, info: 0 });
    const result = checkText(seedText('002'), 'seed-002.txt');
    const row = rowFromResult(item, result);
    const record = buildRecord(recordInputFromCheck(result, item.url, '2026-11-23T08:00:00.000Z'));
    expect(row.counts).toEqual({ error: 5, warning: 3, info: 4 });
    expect(record.counts).toEqual(row.counts);
  });

  it('should give a report the history verdict, and only a page that is not a report the batch’s own', () => {
    for (const file of ['trs-002.html', 'word-000.html', 'images-only.html']) {
      const { report } = page(file);
      expect(batchVerdictOf(report)).toBe(verdictOf(report));
    }
    expect(['trs-002.html', 'word-000.html', 'images-only.html'].map((f) => batchVerdictOf(page(f).report))).toEqual(['error', 'ok', 'unreadable']);
    const notReport = page('not-report.html');
    expect(batchVerdictOf(notReport.report)).toBe('not-a-report');
    expect(rowFromResult(item, notReport)).toMatchObject({ verdict: 'not-a-report', counts: { error: 0, warning: 0, info: 0 } });
    // the batch verdict is the history's plus 'not-a-report', nothing else
    expectTypeOf<Exclude<BatchVerdict, 'not-a-report'>>().toEqualTypeOf<Verdict>();
  });
});
