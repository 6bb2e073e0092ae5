import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from 'linkedom';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { readDocxHtml } from '../../../../lib/extract/docx/read-docx-html';
import { checkSource, checkText } from '../../../../lib/pipeline';
import type { PublicReport } from '../../../../lib/model/public-report';
import { SEED_IDS, seedText } from '../../../helpers/seeds';

const DOCX = path.join(__dirname, '../../../fixtures/docx');
const parse = (s: string) => new DOMParser().parseFromString(s, 'text/html') as unknown as Document;
const docxHtml = async (id: string) => (await mammoth.convertToHtml({ buffer: readFileSync(path.join(DOCX, `seed-${id}.docx`)) })).value;
const findings = (r: PublicReport) => r.findings.map((f) => ({ rule: f.rule, severity: f.severity, cells: f.cells, expected: f.expected, actual: f.actual }));

describe('readDocxHtml: the seed reports as Word documents (tests/fixtures/docx, through mammoth)', () => {
  it.each(SEED_IDS)('seed %s: every cell (value and raw) and every finding as from the seed text', async (id) => {
    const fromText = checkText(seedText(id), id).report;
    const html = await docxHtml(id);
    // the template's merges survive as real spans, not as a flat grid
    expect(html).toContain('rowspan="22"');
    const { report } = checkSource(readDocxHtml(html, parse), id, true);
    expect(report.tables).toEqual(fromText.tables);
    expect(findings(report)).toEqual(findings(fromText));
    expect([report.title, report.agency, report.year, report.format]).toEqual([fromText.title, fromText.agency, fromText.year, fromText.format]);
  });

  it('seed 002 keeps its known error: （七）总计 10 for the natural-person column whose items sum to 8', async () => {
    const { report } = checkSource(readDocxHtml(await docxHtml('002'), parse), 'seed-002.docx', true);
    expect(report.findings.find((f) => f.rule === 't3-outcome-total' && f.cells[0] === 'requests.totalProcessed.natural')).toMatchObject({
      severity: 'error',
      expected: 8,
      actual: 10,
    });
  });
});

describe('readDocxHtml: the title of a Word document', () => {
  const table = '<table><tr><td>一、本年新收政府信息公开申请数量</td><td>1</td></tr></table>';

  it('should take a title set as bold Normal paragraphs broken over two lines (no <h1> in mammoth output)', () => {
    const html = `<p><strong>北京市某区某局2024年</strong></p><p><strong>政府信息公开工作年度报告</strong></p><p>依据《中华人民共和国政府信息公开条例》第五十条规定，编制本报告。</p>${table}`;
    expect(readDocxHtml(html, parse).title).toBe('北京市某区某局2024年政府信息公开工作年度报告');
  });

  it('should prefer a heading that reads as a report title over the first lines', () => {
    const html = `<p>附件1</p><h2>北京市某区某局2024年政府信息公开工作年度报告</h2><p>一、总体情况</p>${table}`;
    expect(readDocxHtml(html, parse).title).toBe('北京市某区某局2024年政府信息公开工作年度报告');
  });

  it('should keep the first line as the title of a document that is not a report, and never throw on an empty one', () => {
    expect(readDocxHtml('<p>关于做好2024年安全生产工作的通知</p><p>各科室：</p>', parse).title).toBe('关于做好2024年安全生产工作的通知');
    expect(readDocxHtml('', parse)).toEqual({ title: null, lines: [], tables: [], meta: { published: null, column: null } });
  });
});
