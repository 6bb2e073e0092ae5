import { describe, expect, it } from 'vitest';
import type { OcrMark } from '../../../lib/model/types';
import { checkText } from '../../../lib/pipeline';
import { renderFinding } from '../../../lib/report/render-finding';
import { t2EffectiveBound } from '../../../lib/rules/t2-effective-bound';
import { SEED_IDS, seedText } from '../../helpers/seeds';
import { editFigures } from './seed-table';

/**
 * t2-effective-bound (X-2 within one report) on seed 001 (北京市东城区政府办 2023, real: 表二 规章 0 / 0 / 0,
 * 行政规范性文件 本年制发 12, 本年废止 0, 现行有效 64) with its 表二 figures edited, and seed 003 (real: 37
 * issued, 68 repealed, 1316 in force: more repealed than issued). Findings as [code, severity, data, cells,
 * expected, actual], from the whole pipeline's report.
 */
const URL = 'https://www.bjdch.gov.cn/zfxxgk/2023.html';
const BLOCK = '第二十条第（一）项';
/** Seed 001 with the 本年制发, 本年废止, 现行有效 figures of `row` (规章 or 行政规范性文件) replaced; undefined keeps one. */
const edited = (row: '规章' | '行政规范性文件', figures: (string | undefined)[]) => editFigures(row, figures, BLOCK, seedText('001'));
const docs = (issued?: string, repealed?: string, effective?: string) => edited('行政规范性文件', [issued, repealed, effective]);
const findings = (text: string) => checkText(text, URL).report.findings.filter((f) => f.rule === 't2-effective-bound');
const bound = (text: string) => findings(text).map((f) => [f.code, f.severity, f.detail.kind === 'note' ? f.detail.data : null, f.cells, f.expected, f.actual]);
const DOC_CELLS = ['active.normativeDocuments.effective', 'active.normativeDocuments.issued', 'active.normativeDocuments.repealed'];
const under = (issued: number, repealed: number, effective: number, row = 'normativeDocuments', cells = DOC_CELLS) => [
  'under',
  'warning',
  { row, issued, repealed, effective },
  cells,
  issued - repealed,
  effective,
];

describe('t2-effective-bound on real reports as printed', () => {
  it('should find nothing in any of the five seeds (seed 003 repeals more than it issues)', () => {
    expect(seedText('001')).toContain('\t12\n\t0\n\t64\n');
    expect(seedText('003')).toContain('\t37\n\t68\n\t1316\n');
    for (const id of SEED_IDS) expect([id, bound(seedText(id))]).toEqual([id, []]);
  });
});

describe('t2-effective-bound on seed 001, its 表二 edited', () => {
  it('should warn when fewer are in force than were issued this year: 11 of 12, not 12', () => {
    expect(bound(docs(undefined, undefined, '12'))).toEqual([]);
    expect(bound(docs(undefined, undefined, '11'))).toEqual([under(12, 0, 11)]);
    expect(bound(docs(undefined, undefined, '0'))).toEqual([under(12, 0, 0)]);
  });

  it('should count off the documents repealed: 12 issued, 3 repealed, 9 in force is possible, 8 is not', () => {
    expect(bound(docs('12', '3', '9'))).toEqual([]);
    expect(bound(docs('12', '3', '8'))).toEqual([under(12, 3, 8)]);
    // more repealed than issued bounds nothing (older documents were repealed)
    expect(bound(docs('12', '13', '0'))).toEqual([]);
  });

  it('should check 规章 the same way, each row on its own', () => {
    const cells = ['active.regulations.effective', 'active.regulations.issued', 'active.regulations.repealed'];
    expect(bound(edited('规章', ['2', '0', '2']))).toEqual([]);
    expect(bound(edited('规章', ['2', '0', '1']))).toEqual([under(2, 0, 1, 'regulations', cells)]);
    expect(bound(edited('行政规范性文件', ['2', '0', '1']))).toEqual([under(2, 0, 1)]);
  });

  it('should judge nothing with a "/" or "-" among the three (not assessable: a row of "/" is how units without 规章 print it)', () => {
    expect(bound(docs(undefined, undefined, '/'))).toEqual([]);
    expect(bound(docs('/', undefined, '0'))).toEqual([]);
    expect(bound(docs(undefined, '-', '0'))).toEqual([]);
    expect(bound(edited('规章', ['/', '/', '/']))).toEqual([]);
  });

  it('should say it in both languages, with the row’s name, the figures and the exception', () => {
    const [f] = findings(docs('12', '3', '8'));
    expect(renderFinding(f!, 'zh')).toContain('表二行政规范性文件：现行有效件数 8，少于本年制发 12 − 本年废止 3 = 9');
    expect(renderFinding(f!, 'zh')).toContain('除非已到期失效');
    expect(renderFinding(f!, 'en')).toContain('Table 2, normative documents: 8 in force, fewer than 12 issued this year − 3 repealed = 9');
    const [regulations] = findings(edited('规章', ['2', '0', '1']));
    expect(renderFinding(regulations!, 'zh')).toContain('表二规章：现行有效件数 1，少于本年制发 2 − 本年废止 0 = 2');
    expect(renderFinding(regulations!, 'en')).toContain('Table 2, regulations: 1 in force, fewer than 2 issued this year − 0 repealed = 2');
  });
});

describe('t2-effective-bound on figures not read for sure', () => {
  const ex = () => checkText(docs(undefined, undefined, '11'), URL).extraction;
  const check = (edit: (cell: { note?: string; ocr?: OcrMark; value: number | null }) => void) => {
    const e = ex();
    edit(e.tables.active!.normativeDocuments!.effective!);
    return t2EffectiveBound.check({ ex: e, text: e.lines.join('\n') }).map((f) => f.code);
  };
  const ocr = (status: OcrMark['status']): OcrMark => ({
    confidence: 0.9,
    alternatives: [{ text: '11', p: 0.9 }],
    read: '11',
    status,
    page: 1,
    box: { x: 0, y: 0, w: 1, h: 1 },
  });

  it('should leave a figure the reader could not read for sure, or an OCR figure no equation proved, to their own notes', () => {
    expect(check(() => {})).toEqual(['under']);
    expect(check((c) => (c.note = 'unread'))).toEqual([]);
    expect(check((c) => (c.ocr = ocr('unproven')))).toEqual([]);
    expect(check((c) => (c.ocr = ocr('proven')))).toEqual(['under']);
  });
});
