import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../lib/pipeline';
import { renderFinding } from '../../lib/report/render-finding';

/**
 * The narrative of real converter Markdown (tests/fixtures/markdown, sources in tests/fixtures/README.md),
 * issue 15: the converter keeps the PDF's printed lines, so the reader joins them into paragraphs and the
 * narrative rules read each sentence whole and as what it says. Each edit of a real file is checked to
 * have taken place. How the lines are joined into paragraphs, and which are no narrative, is held in
 * tests/unit/extract/text/markdown-paragraphs.test.ts (there Stryker's test set reaches it).
 */
const DIR = path.join(import.meta.dirname, '../fixtures/markdown');
const read = (file: string) => readFileSync(path.join(DIR, file), 'utf8');
const edit = (text: string, from: string, to: string) => {
  expect(text).toContain(from);
  return text.replace(from, to);
};
const check = (text: string, file: string) => checkText(text, file);
/** The warnings and errors of a report as the CLI prints them, of one rule or all. */
const warnings = (text: string, file: string, rule?: string) =>
  check(text, file)
    .report.findings.filter((f) => f.severity !== 'info' && (!rule || f.rule === rule))
    .map((f) => [f.rule, renderFinding(f)]);

const OFFICE = 'shanghai-office-2025.md';
const STCSM = 'shanghai-stcsm-2024.md';
/** 上海市人民政府办公厅 2025's 表四 row: 行政复议 40 维持, 0 纠正, 10 其他, 5 尚未审结, 55; then the two kinds of suit. */
const OFFICE_REVIEW = '| 40 | 0 | 10 | 5 | 55 | 2 | 0 | 4 | 6 | 12 | 6 | 0 | 9 | 7 | 22 |';

describe('labels the converter moved out of a table', () => {
  it('should not take a moved label (（四）无) for a heading numbered out of turn', () => {
    expect(check(read(OFFICE), OFFICE).findings.filter((f) => f.rule === 'heading-numbering')).toEqual([]);
  });
});

describe('上海市人民政府办公厅 2025 (consistent): no false warning', () => {
  it('should raise no warning at all', () => {
    expect(warnings(read(OFFICE), OFFICE)).toEqual([]);
  });

  it('should read 未发生…被行政复议纠错或行政诉讼败诉 as no 结果纠正, not as no review: a 纠正 in the table is flagged', () => {
    // one reconsideration moved from 维持 to 纠正, the table still adding up
    const text = edit(read(OFFICE), OFFICE_REVIEW, OFFICE_REVIEW.replace('| 40 | 0 |', '| 39 | 1 |'));
    const review = check(text, OFFICE).findings.filter((f) => f.rule === 'narrative-review');
    expect(review.map((f) => [f.severity, f.cells, f.expected])).toEqual([['warning', ['review.reconsideration.corrected'], 0]]);
    expect(check(text, OFFICE).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('should flag a lawsuit lost (诉讼 结果纠正) against the same sentence', () => {
    const text = edit(read(OFFICE), OFFICE_REVIEW, OFFICE_REVIEW.replace('| 6 | 0 | 9 | 7 | 22 |', '| 5 | 1 | 9 | 7 | 22 |'));
    const review = check(text, OFFICE).findings.filter((f) => f.rule === 'narrative-review');
    expect(review.map((f) => f.cells)).toEqual([['review.litigationAfterReconsideration.corrected']]);
  });

  it('should still call a truly missing section 五 missing (its sub-headings and text taken out)', () => {
    const text = read(OFFICE);
    const cut = text.slice(0, text.indexOf('（一）2024 年工作中存在问题的改进情况')) + text.slice(text.indexOf('六、其他需要报告的事项'));
    expect(cut.length).toBeLessThan(text.length - 500);
    expect(warnings(cut, OFFICE, 'sections')).toEqual([['sections', '缺少部分：五、存在的主要问题及改进情况']]);
  });
});

describe('上海市科委 2024 (inconsistent: a blank 总计): only what is wrong', () => {
  const { findings } = check(read(STCSM), STCSM);

  it('should not compare the parts of the completed requests (同意公开答复 9 件, …答复的有 1 件) with （七）总计', () => {
    expect(findings.filter((f) => f.rule === 'narrative-processed' && f.severity !== 'info')).toEqual([]);
  });

  it('should read 转下一年度办理答复的有 1 件 as the number carried forward, against a blank 总计', () => {
    const carried = findings.filter((f) => f.rule === 'narrative-processed');
    // an info, not a warning: the 总计 is blank (if blanks were 0 it would be 1, as said)
    expect(carried.map((f) => [f.severity, f.cells, f.actual])).toEqual([['info', ['requests.carriedForward.total'], 1]]);
  });

  it('should find all six sections: numbered after its own six, 五 by （一）主要问题 /（二）改进情况 where the converter lost its heading', () => {
    expect(findings.filter((f) => f.rule === 'sections')).toEqual([]);
  });

  it('should keep its real error', () => {
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['total-blank']);
  });
});

describe('seed 002 as converter Markdown: a section truly missing', () => {
  it('should warn that 六 is missing', () => {
    expect(warnings(read('seed-002.md'), 'seed-002.md', 'sections')).toEqual([['sections', '缺少部分：六、其他需要报告的事项']]);
  });
});
