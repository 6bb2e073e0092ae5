import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../../lib/pipeline';
import { crossYearItems } from '../../../../lib/rules/cross-year/cross-year-items';
import { runCrossYear } from '../../../../lib/rules/cross-year/run-cross-year';
import { CORPUS } from '../../../helpers/corpus';
import { setFigures, yearBefore } from './last-year';

/**
 * cross-year-items (2019 表二 items) on 平潭综合实验区交通与建设局 2019 (tests/fixtures/corpus/text/pingtan-jtj-2019.txt,
 * real, the 2019 template as crawler text) against "last year" = the same report with its 上一年项目数量 and
 * 本年增/减 edited. As read, 其他对外管理服务事项 and 行政强制 print 0 and 0; 行政许可, 行政处罚 and 行政事业性收费 run
 * together and are not read for sure (cells-unread).
 */
const TEXT = readFileSync(path.join(CORPUS, 'text/pingtan-jtj-2019.txt'), 'utf8');
const URL_2018 = 'https://www.pingtan.gov.cn/jtj/2018.html';

function thisYear(edits: Record<string, number | null> = {}) {
  const { report, extraction } = checkText(TEXT, 'https://www.pingtan.gov.cn/jtj/2019.html');
  setFigures(report, edits);
  return { report, narrative: extraction.lines };
}
const lastYear = (edits: Record<string, number | null> = {}) => yearBefore(thisYear().report, edits, { url: URL_2018, narrative: [] });
const items = (now: ReturnType<typeof thisYear>, previous: ReturnType<typeof lastYear>) =>
  runCrossYear(now, previous, [crossYearItems]).map((f) => [f.code, f.severity, f.cells, f.expected, f.actual]);
/** both years read in full: the cells-unread findings dropped (their cells then compare as figures) */
const readInFull = <T extends { report: { findings: { rule: string }[] } }>(r: T): T => {
  r.report.findings = r.report.findings.filter((f) => f.rule !== 'cells-unread');
  return r;
};

describe('cross-year-items on 平潭交通与建设局 2019 against a last year built from it', () => {
  it('should read the report as the 2019 template and find nothing against itself', () => {
    expect(thisYear().report.format).toBe('2019');
    expect(items(thisYear(), lastYear())).toEqual([]);
  });

  it('should take last year’s count plus its change: 3 + 2 = 5, and a change of 1 or 3 is off by one', () => {
    const now = thisYear({ 'active.otherServices.previous': 5 });
    const last = (change: number) => lastYear({ 'active.otherServices.previous': 3, 'active.otherServices.change': change });
    expect(items(now, last(2))).toEqual([]);
    expect(items(now, last(1))).toEqual([['previous-year', 'info', ['active.otherServices.previous'], 4, 5]]);
    expect(items(now, last(3))).toEqual([['previous-year', 'info', ['active.otherServices.previous'], 6, 5]]);
    // a fall: 7 − 2 = 5
    expect(items(now, lastYear({ 'active.otherServices.previous': 7, 'active.otherServices.change': -2 }))).toEqual([]);
  });

  it.each(['licensing', 'otherServices', 'punishment', 'enforcement', 'fees'])('should check the row %s', (row) => {
    const now = readInFull(thisYear({ [`active.${row}.previous`]: 5 }));
    const previous = readInFull(lastYear({ [`active.${row}.previous`]: 3, [`active.${row}.change`]: 1 }));
    const found = items(now, previous);
    expect(found).toEqual([['previous-year', 'info', [`active.${row}.previous`], 4, 5]]);
  });

  it('should carry last year’s two figures and this year’s in the finding', () => {
    const [f] = runCrossYear(thisYear({ 'active.enforcement.previous': 5 }), lastYear({ 'active.enforcement.previous': 3, 'active.enforcement.change': 1 }), [
      crossYearItems,
    ]);
    if (f?.detail.kind !== 'previous-year') throw new Error(f?.detail.kind);
    expect(f.stated).toEqual(['active.enforcement.previous']);
    expect(f.detail.terms.map((t) => [t.value, t.sign, t.lastYear])).toEqual([
      [3, 1, true],
      [1, 1, true],
    ]);
    expect([f.detail.stated.path, f.detail.stated.value]).toEqual(['active.enforcement.previous', 5]);
    expect(f.detail.previous).toEqual({ url: URL_2018, title: '平潭综合实验区交通与建设局2018年度政府信息公开工作年度报告' });
    expect(f.detail.subject).toEqual({ zh: '表二行政强制项目数量', en: 'Table 2 enforcement, items' });
    expect(f.rule).toBe('cross-year-items');
    expect(f.detail.terms.map((t) => t.label)).toEqual([
      { zh: '上一年项目数量', en: 'items of the year before' },
      { zh: '本年增/减', en: 'change' },
    ]);
    expect(f.detail.stated.label).toEqual({ zh: '本年上一年项目数量', en: "this year's items of last year" });
  });

  it('should compare nothing on a figure not read for sure (行政许可 as printed)', () => {
    const edits = { 'active.licensing.previous': 5 };
    const last = { 'active.licensing.previous': 3, 'active.licensing.change': 1 };
    expect(items(thisYear(edits), lastYear(last))).toEqual([]);
    // this year's 上一年项目数量 alone unread, or last year's 本年增/减 alone
    const previousUnread = thisYear(edits);
    previousUnread.report.findings = previousUnread.report.findings.map((f) =>
      f.rule === 'cells-unread' ? { ...f, cells: ['active.licensing.previous'] } : f,
    );
    expect(items(previousUnread, readInFull(lastYear(last)))).toEqual([]);
    const changeUnread = lastYear(last);
    changeUnread.report.findings = changeUnread.report.findings.map((f) => (f.rule === 'cells-unread' ? { ...f, cells: ['active.licensing.change'] } : f));
    expect(items(readInFull(thisYear(edits)), changeUnread)).toEqual([]);
  });

  it('should compare nothing on a blank', () => {
    const now = thisYear({ 'active.otherServices.previous': 5 });
    expect(items(now, lastYear({ 'active.otherServices.previous': null, 'active.otherServices.change': 1 }))).toEqual([]);
    expect(items(now, lastYear({ 'active.otherServices.previous': 3, 'active.otherServices.change': null }))).toEqual([]);
    expect(items(thisYear({ 'active.otherServices.previous': null }), lastYear({ 'active.otherServices.previous': 3 }))).toEqual([]);
  });

  it('should compare only two reports of the 2019 template that both have 表二', () => {
    const now = thisYear({ 'active.otherServices.previous': 5 });
    const previous2021 = lastYear({ 'active.otherServices.previous': 3 });
    previous2021.report.format = '2021';
    expect(items(now, previous2021)).toEqual([]);
    const now2021 = thisYear({ 'active.otherServices.previous': 5 });
    now2021.report.format = '2021';
    expect(items(now2021, lastYear({ 'active.otherServices.previous': 3 }))).toEqual([]);
    const noTable = lastYear({ 'active.otherServices.previous': 3 });
    noTable.report.tables.active = null;
    expect(items(now, noTable)).toEqual([]);
    const noTableNow = thisYear();
    noTableNow.report.tables.active = null;
    expect(items(noTableNow, lastYear({ 'active.otherServices.previous': 3 }))).toEqual([]);
    // a row either year lacks
    const noRow = lastYear({ 'active.otherServices.previous': 3 });
    delete noRow.report.tables.active!.otherServices;
    expect(items(now, noRow)).toEqual([]);
    const noRowNow = thisYear();
    delete noRowNow.report.tables.active!.otherServices;
    expect(items(noRowNow, lastYear({ 'active.otherServices.previous': 3 }))).toEqual([]);
  });

  it('should compare nothing on a row that lacks one of its three cells', () => {
    for (const [year, col] of [
      ['now', 'previous'],
      ['last', 'previous'],
      ['last', 'change'],
    ] as const) {
      const now = thisYear({ 'active.otherServices.previous': 5 });
      const last = lastYear({ 'active.otherServices.previous': 3 });
      delete (year === 'now' ? now : last).report.tables.active!.otherServices![col];
      expect(items(now, last)).toEqual([]);
    }
  });

  it('should be declared an info of its own id', () => {
    expect([crossYearItems.id, crossYearItems.severity, crossYearItems.clause]).toEqual(['cross-year-items', 'info', 'X-2 (2019 表二 items)']);
  });
});
