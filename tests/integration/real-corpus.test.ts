import { describe, expect, it } from 'vitest';
import { readState } from '../../lib/model/read-state';
import { checkCorpusFile, EXPECTED, expectedCells } from '../helpers/corpus';
import { renderFinding } from '../../lib/report/render-finding';

/**
 * The real reports of ../shared/corpus (copies in tests/fixtures/corpus): two whole TRS portal pages
 * and four crawler texts whose table cells run together, each with every cell of 三 and 四 read by hand
 * (expected.json, independent of our readers). PDFs: tests/integration/pdf-corpus.test.ts.
 */
const FILES = Object.keys(EXPECTED).filter((f) => !f.startsWith('pdf/'));

describe.each(FILES)('real report %s', (file) => {
  const e = EXPECTED[file]!;
  const { report, findings, extraction } = checkCorpusFile(file);
  const cell = (path: string) => {
    const [table, ...rest] = path.split('.');
    const col = rest.pop()!;
    return report.tables[table as 'requests' | 'review']?.[rest.join('.')]?.[col];
  };

  it('should read every cell of 三 and 四 as printed (none wrong, none left unread)', () => {
    const got = expectedCells(e).map(([path, want]) => [path, cell(path)?.value ?? 'not read', want]);
    expect(got.filter(([, value, want]) => value !== want)).toEqual([]);
    // the crawler texts run table 二's cells together too, and some of its rows have no arithmetic to
    // decide a split (行政规范性文件 "2120"): those, and only those, are left unread and listed
    const unread = report.findings.filter((f) => f.rule === 'cells-unread').map((f) => renderFinding(f));
    expect(unread.every((m) => m.startsWith('表二（主动公开）'))).toBe(true);
    expect(readState(report)).toBe(unread.length > 0 ? 'partial' : 'full');
    if (file.endsWith('.html')) expect(unread).toEqual([]);
  });

  it('should read the title, agency, year and publication date', () => {
    expect(report.agency).toBe(e.agency.replace(/（.*$/, ''));
    expect(report.year).toBe(e.year);
    expect(report.title).toMatch(new RegExp(`^${report.agency}${e.year}年度?政府信息公开工作年度报告$`));
    expect(extraction.published).toBe(e.source.published?.slice(0, 10) ?? null);
  });

  it(e.consistent ? 'should raise no error and no warning on this consistent report' : 'should flag the inconsistency on the right cells', () => {
    const errors = findings.filter((f) => f.severity === 'error');
    if (e.consistent) expect(findings.filter((f) => f.severity !== 'info').map((f) => f.rule)).toEqual([]);
    else {
      // expected.json: "review: 总计=0 != 维持+纠正+其他+尚未审结=1"
      expect(errors.map((f) => [f.rule, f.stated, f.expected, f.actual])).toEqual([['t4-group-total', ['review.reconsideration.total'], 1, 0]]);
    }
  });
});

describe('the same report as a page and as crawler text', () => {
  it.each([
    ['html/pingtan-shs-2023.html', 'text/pingtan-shs-2023.txt'],
    ['html/pingtan-hzs-2024.html', 'text/pingtan-hzs-2024.txt'],
  ])('should give the same tables and errors for %s and %s', (page, text) => {
    const a = checkCorpusFile(page).report;
    const b = checkCorpusFile(text).report;
    expect(b.tables.requests).toEqual(a.tables.requests);
    expect(b.tables.review).toEqual(a.tables.review);
    expect(b.findings.filter((f) => f.severity === 'error')).toEqual(a.findings.filter((f) => f.severity === 'error'));
  });
});
