/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser as LinkedomParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { checkHtml, checkText } from '../../lib/pipeline';
import type { PublicReport } from '../../lib/model/public-report';
import { SEED_IDS, seedText } from '../helpers/seeds';
import { renderFinding } from '../../lib/report/render-finding';

const PAGES = path.join(__dirname, '../fixtures/pages');
const html = (name: string) => readFileSync(path.join(PAGES, name), 'utf8');
const parsers = {
  'happy-dom': (s: string) => new DOMParser().parseFromString(s, 'text/html'),
  linkedom: (s: string) => new LinkedomParser().parseFromString(s, 'text/html') as unknown as Document,
};
const tables = (r: PublicReport) => r.tables;
const rules = (r: PublicReport) => r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}@${f.cells[0] ?? ''}`);

describe.each(Object.entries(parsers))('seed pages parsed with %s', (_, parse) => {
  describe.each(SEED_IDS)('seed %s', (id) => {
    const fromText = checkText(seedText(id), id).report;

    it.each(['word', 'trs', 'flat'])('%s layout: every cell as printed, and the same findings as the text', (layout) => {
      const result = checkHtml(parse(html(`${layout}-${id}.html`)), `${layout}-${id}`);
      expect(tables(result.report)).toEqual(tables(fromText));
      expect(rules(result.report)).toEqual(rules(fromText));
      expect(result.report.agency).toBe(fromText.agency);
      // each cell keeps the element it came from, and that element prints the cell's text
      for (const [row, cols] of Object.entries(result.extraction.tables.requests ?? {}))
        for (const [col, cell] of Object.entries(cols)) {
          const el = cell.source as Element;
          expect(el.tagName.toLowerCase(), `${row}.${col}`).toBe('td');
          expect((el.textContent ?? '').replace(/\s/g, '')).toBe(cell.raw.replace(/\s/g, ''));
        }
    });
  });
});

describe('odd pages', () => {
  const check = (name: string) => checkHtml(parsers['happy-dom'](html(name)), name);

  it('should say plainly that a report published as images has no readable table, and check nothing', () => {
    const { report } = check('images-only.html');
    expect(report).toMatchObject({ detected: true, format: 'unknown', tables: { active: null, requests: null, review: null } });
    expect(report.findings.map((f) => [f.rule, f.severity])).toEqual([['table-missing', 'warning']]);
  });

  it('should not take a 法治政府建设年度报告 for a report', () => {
    expect(check('not-report.html').report).toMatchObject({ detected: false, findings: [] });
  });

  it('should read a half table without inventing the missing rows, and say which rows are missing', () => {
    const { report } = check('half-table.html');
    expect(report.tables.requests!.totalProcessed).toBeUndefined();
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.findings[0]).toMatchObject({ rule: 'row-missing', severity: 'warning' });
    expect(renderFinding(report.findings[0]!)).toContain('（七）总计');
    expect(renderFinding(report.findings.find((f) => f.rule === 't3-balance')!)).toBe('表三·自然人列：（七）、四 在表中缺失，无法核对（若空白按 0 计则不符）');
  });

  it('should recognise a 2019-format report and check it with its own rows (single （六）其他处理, 2019 表二 columns)', () => {
    const { report } = check('format2019-illustrative.html');
    expect(report).toMatchObject({ format: '2019', year: 2019, agency: '某市人民政府办公厅' });
    expect(Object.keys(report.tables.requests!)).toHaveLength(23);
    expect(report.tables.requests!.other!.natural).toEqual({ value: 0, raw: '0' });
    expect(report.tables.requests!['other.overdueFee']).toBeUndefined();
    expect(report.tables.active!.licensing).toEqual({
      previous: { value: 20, raw: '20' },
      change: { value: 2, raw: '+2' },
      count: { value: 1036, raw: '1036' },
    });
    expect(report.tables.active!.procurement!.amount).toEqual({ value: 251000, raw: '251000元' });
    // the 总计 column is blank in 19 rows, as in Shanghai's 2019 report: a missing figure where parts are not 0
    expect(report.findings.map((f) => [f.rule, f.severity, f.cells[0]])).toEqual([
      ['total-blank', 'error', 'requests.granted.total'],
      ['total-blank', 'error', 'requests.partial.total'],
      ['total-blank', 'error', 'requests.denied.thirdParty.total'],
      ['total-blank', 'error', 'requests.unable.notHeld.total'],
      ['total-blank', 'error', 'requests.notProcessed.duplicate.total'],
      ['blank-cells', 'warning', 'requests.newReceived.total'],
      ['blank-cells', 'info', 'requests.granted.total'],
    ]);
  });

  it('should survive a hostile page (nested tables, absurd spans, 5000 cells)', () => {
    expect(check('hostile.html').report).toMatchObject({ detected: false, findings: [] });
  });
});
