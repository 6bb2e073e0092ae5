import { describe, expect, it } from 'vitest';
import { batchFileName, historyFileName } from '../../../lib/export/export-names';

// 07:10 in Beijing on 1 December is still 30 November in UTC: the old names were a day early
const EARLY = new Date('2026-11-30T23:10:00Z');

describe('batchFileName', () => {
  it.each([
    ['grid', 'zh', '年报批量核查-汇总-20261201-0710.csv'],
    ['findings', 'zh', '年报批量核查-问题清单-20261201-0710.csv'],
    ['xlsx', 'zh', '年报批量核查-20261201-0710.xlsx'],
    ['json', 'zh', '年报批量核查-20261201-0710.json'],
    ['grid', 'en', 'batch-check-summary-20261201-0710.csv'],
    ['findings', 'en', 'batch-check-findings-20261201-0710.csv'],
    ['xlsx', 'en', 'batch-check-20261201-0710.xlsx'],
  ] as const)('should name the %s export (%s) with the local day', (what, lang, expected) => {
    expect(batchFileName(what, lang, EARLY, 480)).toBe(expected);
  });
  it('should follow the zone it is given', () => {
    expect(batchFileName('json', 'zh', EARLY, 0)).toBe('年报批量核查-20261130-2310.json');
  });
});

describe('historyFileName', () => {
  it('should name the history export as the other exports are named, not xxgk-audit-history-…', () => {
    expect(historyFileName('zh', EARLY, 480)).toBe('年报核查历史记录-20261201-0710.json');
    expect(historyFileName('en', EARLY, 480)).toBe('report-check-history-20261201-0710.json');
  });
});
