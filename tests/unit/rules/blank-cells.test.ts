import { describe, expect, it } from 'vitest';
import { requestRows } from '../../../lib/model/keys';
import { parseNumber } from '../../../lib/parse/parse-number';
import { renderFinding } from '../../../lib/report/render-finding';
import { runRules } from '../../../lib/rules/run-rules';
import { checkText } from '../../../lib/pipeline';
import { makeExtraction } from '../../helpers/make-extraction';
import { seedText } from '../../helpers/seeds';

/**
 * blank-cells (D-5): each blank or "/" cell of 表三 and 表四 is counted (info, per table, with the marks as
 * printed and every cell named); a 表三 总计 column blank in more than half its rows is a warning.
 */
const blankCells = (ex: ReturnType<typeof makeExtraction>) => runRules(ex).filter((f) => f.rule === 'blank-cells');
const cell = (raw: string) => {
  const p = parseNumber(raw);
  return { value: p.value, raw, ...(p.note ? { note: p.note } : {}) };
};

describe('blank-cells', () => {
  it('should find nothing on the real seeds, whose tables are filled', () => {
    for (const id of ['000', '003']) {
      const found = checkText(seedText(id), `https://www.bjtzh.gov.cn/${id}.html`).report.findings.filter((f) => f.rule === 'blank-cells');
      expect(found).toEqual([]);
    }
  });

  it('should count the blank and "/" cells of each table apart, naming each cell and each mark once', () => {
    const ex = makeExtraction();
    ex.tables.requests!.granted!.natural = cell('');
    ex.tables.requests!.granted!.legal = cell(' / ');
    ex.tables.requests!.partial!.natural = cell('/');
    ex.tables.review!.reconsideration!.upheld = cell('—');
    const found = blankCells(ex);
    expect(found.map((f) => [f.code, f.severity, f.cells, f.stated, f.actual])).toEqual([
      ['blank', 'info', ['requests.granted.natural', 'requests.granted.legal', 'requests.partial.natural'], [], 3],
      ['blank', 'info', ['review.reconsideration.upheld'], [], 1],
    ]);
    // the marks as printed, trimmed and each once: '' (blank) and "/"
    expect(renderFinding(found[0]!)).toContain('表三有 3 个单元格未填数字（空白、“/”）');
    expect(renderFinding(found[1]!)).toContain('表四有 1 个单元格未填数字（“—”）');
  });

  it('should leave unread and unreadable cells to the rules that name them', () => {
    const ex = makeExtraction();
    ex.tables.requests!.granted!.natural = { value: null, raw: '1 2', note: 'unread' };
    ex.tables.requests!.granted!.legal = { value: null, raw: 'x', note: 'unreadable' };
    expect(blankCells(ex)).toEqual([]);
  });

  it('should warn when more than half of the 总计 column is blank, naming the whole column', () => {
    const rows = requestRows('2021');
    const ex = makeExtraction({ requests: Object.fromEntries(rows.slice(0, 13).map((r) => [r, { total: '' }])) });
    const warning = blankCells(ex).filter((f) => f.severity === 'warning');
    expect(warning.map((f) => [f.code, f.stated, f.actual])).toEqual([['blank-totals', [], 13]]);
    expect(warning[0]!.cells).toEqual(rows.map((r) => `requests.${r}.total`));
    expect(renderFinding(warning[0]!)).toContain('表三总计列 25 行中有 13 行空白');
  });

  it('should not count an unread 总计 towards the blank column', () => {
    const rows = requestRows('2021');
    const ex = makeExtraction({ requests: Object.fromEntries(rows.slice(0, 12).map((r) => [r, { total: '' }])) });
    ex.tables.requests![rows[12]!]!.total = { value: null, raw: '1 0', note: 'unread' };
    expect(blankCells(ex).filter((f) => f.severity === 'warning')).toEqual([]);
  });

  it('should say nothing of a report with no 表三', () => {
    const ex = makeExtraction();
    ex.tables.requests = null;
    ex.tables.review = null;
    expect(blankCells(ex)).toEqual([]);
  });
});
