import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { checkHtml } from '../../../lib/pipeline';
import { tableCandidates } from '../../../lib/rules/table-candidates';
import { checkText } from '../../../lib/pipeline';
import { problemKinds, WITH_PROBLEMS } from './other-problems';

/**
 * table-candidates (§3 which table) on the page of seed 004 (tests/fixtures/pages/trs-004.html, a TRS-style page of
 * the real report) with its 表三 printed twice: the same copy, and a copy with 一、本年新收 自然人 33 → 34.
 */
const PAGE = readFileSync(path.join(import.meta.dirname, '../../fixtures/pages/trs-004.html'), 'utf8');
const T3 = (PAGE.match(/<table[\s\S]*?<\/table>/g) ?? []).find((t) => t.includes('本年新收')) ?? '';
const NEW_33 = '本年新收政府信息公开申请数量</p></td><td><p style="text-align:center">&nbsp;33</p>';
const candidates = (html: string) =>
  checkHtml(parseHtml(html), 'https://www.bjtzh.gov.cn/004.html')
    .report.findings.filter((f) => f.rule === 'table-candidates')
    .map((f) => [f.code, f.severity, f.detail.kind === 'note' ? f.detail.data : f.detail.kind]);
const twice = (copy: string) => PAGE.replace(T3, `${T3}${copy}`);

describe('table-candidates on the page of seed 004', () => {
  it('should find nothing on the page as published, nor with 表三 printed twice alike', () => {
    expect(T3).toContain(NEW_33);
    expect(candidates(PAGE)).toEqual([]);
    expect(candidates(twice(T3))).toEqual([]);
  });

  it('should say which of two complete 表三 that differ in one figure was checked', () => {
    expect(candidates(twice(T3.replace(NEW_33, NEW_33.replace('&nbsp;33', '&nbsp;34'))))).toEqual([
      ['candidates', 'info', { table: 'requests', detail: { code: 'candidates', count: 2, checked: 1, other: 2 } }],
    ]);
  });

  it('should be an info of clause §3 (which table) under its own id', () => {
    expect([tableCandidates.id, tableCandidates.severity, tableCandidates.clause]).toEqual(['table-candidates', 'info', '§3 (which table)']);
  });

  it('should say nothing of the other problems of real reports', () => {
    for (const text of Object.values(WITH_PROBLEMS)) {
      expect(problemKinds(text)).not.toEqual([]);
      expect(checkText(text, 'report.txt').report.findings.filter((f) => f.rule === 'table-candidates')).toEqual([]);
    }
  });
});
