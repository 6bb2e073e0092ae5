import { describe, expect, it } from 'vitest';
import { renderTables, wideMatrix } from '../../cli/render-tables';
import { checkText } from '../../lib/pipeline';
import type { PublicReport } from '../../lib/model/public-report';
import { seedText } from '../helpers/seeds';

const report = (id: string) => checkText(seedText(id), `seed-${id}`).report;
const empty = (format: PublicReport['format']): PublicReport => ({
  schemaVersion: 1,
  source: `empty-${format}`,
  detected: true,
  format,
  title: null,
  agency: null,
  year: null,
  tables: { active: null, requests: null, review: null },
  findings: [],
});

describe('wideMatrix', () => {
  it('should give every report as many values as the header, even across templates', () => {
    const m = wideMatrix([empty('2021'), empty('2019')]);
    expect(m.map((r) => r.length)).toEqual([m[0]!.length, m[0]!.length, m[0]!.length]);
    expect(m[0]).toContain('表三·（六）其他处理·总计'); // the 2019 single row joins the 2021 header
  });

  it('should put the seed values in their named columns', () => {
    const [header = [], row = []] = wideMatrix([report('002')]);
    expect(row[header.indexOf('表三·（七）总计·自然人')]).toBe('10');
    expect(row[header.indexOf('机关')]).toBe('北京市密云区商务局');
  });
});

describe('renderTables', () => {
  it('should write CSV with a BOM and one header for the row layout', () => {
    const csv = renderTables([report('000'), report('003')], 'csv', 'row');
    expect(csv.startsWith('\ufeff机关,年度,')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(3);
  });

  it('should give two reports the same TSV shape in the tables layout', () => {
    const shape = (id: string) =>
      renderTables([report(id)], 'tsv', 'tables')
        .split('\r\n')
        .map((l) => l.split('\t').length);
    expect(shape('000')).toEqual(shape('003'));
  });

  it('should render Markdown with one heading per table', () => {
    const md = renderTables([report('000')], 'md', 'tables');
    expect(md.match(/^### /gm)).toHaveLength(3);
    expect(md).toContain('| 项目 | 自然人 |');
  });
});
