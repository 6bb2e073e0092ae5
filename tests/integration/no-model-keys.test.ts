import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import { rowFromResult } from '../../lib/batch/batch-row';
import { evidenceHtml } from '../../lib/evidence/evidence-html';
import { batchFindingsCsv, batchGridCsv } from '../../lib/export/batch-csv';
import { batchJson } from '../../lib/export/batch-json';
import { batchXlsxSheets } from '../../lib/export/batch-xlsx';
import { toCsv, toMarkdown, toTsv } from '../../lib/export/delimited';
import { reportMatrix, tableMatrix, wideRow } from '../../lib/report/table-matrix';
import { OUTCOME_ROWS_2021, REQUEST_COLUMNS, REVIEW_COLUMNS, REVIEW_GROUPS } from '../../lib/model/keys';
import { type CheckResult, checkHtml, checkText } from '../../lib/pipeline';
import { auditText } from '../../lib/report/audit-text';
import { cellLabel } from '../../lib/model/cell-label';
import type { Finding } from '../../lib/model/finding';
import { renderFinding } from '../../lib/report/render-finding';
import type { Lang } from '../../lib/model/lang';
import { runCrossYear } from '../../lib/rules/cross-year/run-cross-year';
import { SEED_IDS, seedText } from '../helpers/seeds';
import { lastYear, thisYear } from '../unit/rules/cross-year/last-year';

const FIXTURES = path.join(__dirname, '../fixtures');
const files = (dir: string, ext: RegExp) =>
  readdirSync(path.join(FIXTURES, dir))
    .filter((f) => ext.test(f))
    .map((f) => path.join(dir, f));

/** Every fixture report: the seeds, the saved pages (the 2019 page among them), the corpus pages and texts, the real reports, converter Markdown. */
function allResults(): [string, CheckResult][] {
  const out: [string, CheckResult][] = SEED_IDS.map((id) => [`seed ${id}`, checkText(seedText(id), `https://example.gov.cn/${id}.html`)]);
  for (const f of [...files('pages', /\.html$/), ...files('corpus/html', /\.html$/), ...files('real', /\.html$/)])
    out.push([f, checkHtml(parseHtml(readFileSync(path.join(FIXTURES, f), 'utf8')), `https://example.gov.cn/${f}`)]);
  for (const f of [...files('corpus/text', /\.txt$/), ...files('real', /\.txt$/), ...files('pdf', /\.txt$/), ...files('markdown', /\.md$/)])
    out.push([f, checkText(readFileSync(path.join(FIXTURES, f), 'utf8'), `https://example.gov.cn/${f}`)]);
  return out;
}

/**
 * A model key in text meant for people: a dotted cell path (`requests.newReceived.total`), a dotted row
 * key (`denied.stateSecret`), or a bare camelCase key of the model (`totalProcessed`, `litigationDirect`).
 */
const CAMEL_KEYS = [
  ...new Set([
    ...OUTCOME_ROWS_2021.flatMap((r) => r.split('.')),
    'newReceived',
    'carriedOver',
    'totalProcessed',
    'carriedForward',
    ...REQUEST_COLUMNS,
    ...REVIEW_GROUPS,
    ...REVIEW_COLUMNS,
    'normativeDocuments',
    'otherDocuments',
    'otherServices',
    'legalSubtotal',
  ]),
].filter((k) => /[a-z][A-Z]/.test(k));
// 'other' is left out: "Table 3, other organisations column" is a label
const ROW_WORDS = ['granted', 'partial', 'denied', 'unable', 'notProcessed', ...CAMEL_KEYS];
const KEY_PATTERNS = [
  /\b(?:requests|review|active|requestSubtotals)\.[a-zA-Z]+(?:\.[a-zA-Z]+)?\b/,
  /\b(?:denied|unable|notProcessed|other)\.[a-z][a-zA-Z]+\b/,
  new RegExp(`\\b(?:${CAMEL_KEYS.join('|')})\\b`),
  // "Table 3 granted total": a row key where a label belongs
  new RegExp(`\\bTable [234],? (?:row )?"?(?:${ROW_WORDS.join('|')})\\b`),
];
/** In Chinese text any Latin word that is a key of the model is a leak ("表三denied小计"): the rule ids (kebab-case) and URLs are not. */
const ZH_WORDS = new RegExp(
  `(?<![\\w./-])(?:${[...new Set([...OUTCOME_ROWS_2021.flatMap((r) => r.split('.')), ...REQUEST_COLUMNS, ...REVIEW_GROUPS, ...REVIEW_COLUMNS, ...CAMEL_KEYS])].join('|')})(?![\\w./-])`,
);
function leaks(text: string, lang: Lang = 'en'): string[] {
  return [...KEY_PATTERNS, ...(lang === 'zh' ? [ZH_WORDS] : [])].flatMap((p) => [...text.matchAll(new RegExp(p, 'g'))].map((m) => m[0]));
}
function expectNoKeys(what: string, text: string, lang: Lang = 'en'): void {
  const found = leaks(text, lang);
  expect(
    found,
    `${what}: ${found.slice(0, 5).join(', ')} in\n${text
      .split('\n')
      .find((l) => leaks(l, lang).length > 0)
      ?.slice(0, 300)}`,
  ).toEqual([]);
}

/** The visible text of an HTML file: tags and the embedded canonical JSON (which keeps keys by design) removed. */
function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ');
}

const results = allResults();
// the cross-year rules name cells of two reports: a carry-over that differs, documents in force that do not add up
const crossYear: Finding[] = runCrossYear(
  thisYear(),
  lastYear({
    'requests.carriedForward.natural': 3,
    'requests.carriedForward.total': 3,
    'active.regulations.effective': 9,
    'active.normativeDocuments.effective': null,
  }),
);

describe('no model key in text for people', () => {
  it('should check every fixture, with findings to render', () => {
    expect(results.length).toBeGreaterThanOrEqual(39);
    expect(results.reduce((n, [, r]) => n + r.findings.length, 0) + crossYear.length).toBeGreaterThan(100);
    expect(crossYear.map((f) => f.rule)).toContain('cross-year-carry-over');
  });

  it.each(['zh', 'en'] as Lang[])('should name cells by their labels in every cell label (%s)', (lang) => {
    const paths = new Set(results.flatMap(([, r]) => r.findings.flatMap((f) => f.cells)));
    expect(paths.size).toBeGreaterThan(50);
    for (const p of paths) expectNoKeys(p, cellLabel(p, lang), lang);
  });

  it.each(['zh', 'en'] as Lang[])('should render every finding message without a key (%s)', (lang) => {
    for (const [name, r] of results) for (const f of r.findings) expectNoKeys(`${name} ${f.rule}`, renderFinding(f, lang), lang);
    for (const f of crossYear) expectNoKeys(`cross-year ${f.rule}`, renderFinding(f, lang), lang);
  });

  it.each(['zh', 'en'] as Lang[])('should write the audit text (复制核查结论) without a key (%s)', (lang) => {
    for (const [name, r] of results) expectNoKeys(name, auditText(r.report, r.findings, '2026-12-01T17:50:18+08:00', lang), lang);
    expectNoKeys('cross-year', auditText(thisYear().report, crossYear, '2026-12-01T17:50:18+08:00', lang), lang);
  });

  it.each(['zh', 'en'] as Lang[])('should export the tables (TSV, CSV, Markdown, wide row) without a key (%s)', (lang) => {
    for (const [name, r] of results) {
      if (!r.report.detected) continue;
      const m = reportMatrix(r.report, undefined, lang);
      expectNoKeys(name, toTsv(m) + toCsv(m) + toMarkdown(m) + toMarkdown(tableMatrix(r.report, 'active', lang)), lang);
      expectNoKeys(name, wideRow(r.report).header.join('\n'), 'zh');
    }
  });

  it.each(['zh', 'en'] as Lang[])('should export the batch (grid CSV, findings CSV, XLSX, JSON messages) without a key (%s)', (lang) => {
    const rows = results.map(([name, r]) => rowFromResult({ url: `https://example.gov.cn/${name}`, linkText: name }, r));
    expectNoKeys('grid', batchGridCsv(rows, lang), lang);
    expectNoKeys('findings', batchFindingsCsv(rows, undefined, lang), lang);
    for (const sheet of batchXlsxSheets(rows, undefined, lang))
      for (const line of sheet.data)
        for (const cell of line) if (typeof cell?.value === 'string' && cell.type !== 'Formula') expectNoKeys(sheet.sheet, cell.value, lang);
    const json = JSON.parse(batchJson(rows, new Date(0))) as { reports: { report: { findings: { message: string }[] } | null }[] };
    for (const r of json.reports) for (const f of r.report?.findings ?? []) expectNoKeys('json message', f.message, 'zh');
  });

  it.each(['zh', 'en'] as Lang[])('should write the evidence file without a key in its visible text (%s)', (lang) => {
    for (const [name, r] of results) {
      if (!r.report.detected) continue;
      const html = evidenceHtml({
        report: r.report,
        findings: r.findings,
        url: `https://example.gov.cn/${name}`,
        retrievedAt: '2026-12-01T17:50:18+08:00',
        hash: 'ab'.repeat(32),
        hashOf: 'page-text',
        screenshots: [{ dataUrl: 'data:image/png;base64,', caption: r.findings[0] ? renderFinding(r.findings[0], lang) : '' }],
        reviews: {},
        tool: 'xxgk-audit 0.0.0',
        lang,
      });
      expectNoKeys(name, visibleText(html), lang);
      // the canonical JSON keeps its keys
      expect(html).toMatch(/<script type="application\/json" id="report-json">[\s\S]*"requests"/);
    }
  });
});
