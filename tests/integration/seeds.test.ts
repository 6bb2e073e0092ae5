import { describe, expect, it } from 'vitest';
import { checkText } from '../../lib/pipeline';
import { renderFinding } from '../../lib/report/render-finding';
import { SEED_IDS, seedText } from '../helpers/seeds';

const check = (id: string) => checkText(seedText(id), `seed-${id}`);
const cells = (t: Record<string, Record<string, unknown>> | null) => Object.values(t ?? {}).reduce((n, r) => n + Object.keys(r).length, 0);

describe('the five seed reports (report-format.md §8)', () => {
  it.each(SEED_IDS)('seed %s: all 10 + 175 + 15 cells read, 2021 format', (id) => {
    const { report } = check(id);
    expect([report.detected, report.format, cells(report.tables.active), cells(report.tables.requests), cells(report.tables.review)]).toEqual([
      true,
      '2021',
      10,
      175,
      15,
    ]);
  });

  it.each([
    ['000', '北京市通州区国资委', 2023],
    ['001', '北京市东城区人民政府办公室', 2023],
    ['002', '北京市密云区商务局', 2023],
    ['003', '北京市通州区', 2024],
    ['004', '北京市通州区漷县镇人民政府', 2023],
  ])('seed %s: agency %s, year %i from the (split) title', (id, agency, year) => {
    expect(check(id).report).toMatchObject({ agency, year });
  });

  it.each(['000', '004'])('seed %s is clean: no finding at all', (id) => {
    expect(check(id).report.findings).toEqual([]);
  });

  it('seed 001 has no error or warning, only the info on 规范性文件 10 vs 12 (N-7)', () => {
    expect(check('001').report.findings.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([['narrative-documents', 'info', 12, 10]]);
  });

  it('seed 002: 5 errors (3 × T3-A, 2 × T3-C), the narrative "1件" against 8, the missing 六, the copy-paste traces', () => {
    const { report, findings } = check('002');
    expect(report.findings.map((f) => [f.rule, f.severity, f.cells[0], f.expected, f.actual])).toEqual([
      ['t3-balance', 'error', 'requests.newReceived.natural', 7, 10],
      ['t3-balance', 'error', 'requests.newReceived.commercial', 1, 0],
      ['t3-balance', 'error', 'requests.newReceived.total', 8, 10],
      ['t3-outcome-total', 'error', 'requests.totalProcessed.natural', 8, 10],
      ['t3-outcome-total', 'error', 'requests.totalProcessed.total', 8, 10],
      ['narrative-received', 'warning', 'requests.newReceived.total', 8, 1],
      ['fee-paragraph', 'warning', undefined, null, null],
      ['sections', 'warning', undefined, null, null],
      ['title-form', 'info', undefined, null, null],
      ['copy-paste-traces', 'info', undefined, null, null],
      ['copy-paste-traces', 'info', undefined, null, null],
      ['number-spacing', 'info', 'requests.totalProcessed.natural', null, 10],
    ]);
    expect(renderFinding(report.findings[3]!)).toBe('表三（七）总计·自然人：2+0+0+0+0+0+3+0+0+0+2+0+0+0+0+0+0+0+0+0+1 = 8，报告为 10，差 2');
    expect(renderFinding(report.findings[0]!)).toBe('表三·自然人列：一+二 = 7+0 = 7，（七）+四 = 10+0 = 10，差 3');
    expect(renderFinding(findings[3]!, 'en')).toBe(
      'Table 3 total processed, natural persons: 2+0+0+0+0+0+3+0+0+0+2+0+0+0+0+0+0+0+0+0+1 = 8, reported 10, off by 2',
    );
    expect(report.tables.requests!.totalProcessed!.natural).toEqual({ value: 10, raw: '1\u00a00' });
    expect(report.tables.review!.reconsideration).toMatchObject({ upheld: { value: 1 }, total: { value: 1 } });
  });

  it('seed 003: tables consistent, narrative 2333 against 2331 (N-1), unpaid fee notices not in （六）2 (F-5)', () => {
    const { report } = check('003');
    expect(report.findings.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([
      ['narrative-received', 'warning', 2331, 2333],
      ['fee-unpaid', 'warning', null, 0],
    ]);
    const t = report.tables.requests!;
    expect([t.newReceived!.total!.value, t.carriedOver!.total!.value, t.totalProcessed!.total!.value, t.carriedForward!.total!.value]).toEqual([
      2331, 132, 2337, 126,
    ]);
    const r = report.tables.review!;
    expect([r.reconsideration!.total!.value, r.litigationDirect!.total!.value, r.litigationAfterReconsideration!.total!.value]).toEqual([92, 16, 14]);
    expect(report.tables.active!.fees!.amount).toEqual({ value: 28983.0794, raw: '28983.0794' });
  });

  it('seed 004: 总计 38 + 0 = 34 + 4 and 未经复议直接起诉 其他 1 = 总计 1, as printed', () => {
    const { report } = check('004');
    const t = report.tables.requests!;
    expect([t.newReceived!.total!.value, t.carriedOver!.total!.value, t.totalProcessed!.total!.value, t.carriedForward!.total!.value]).toEqual([38, 0, 34, 4]);
    expect(report.tables.review!.litigationDirect).toMatchObject({ other: { value: 1 }, total: { value: 1 } });
  });
});
