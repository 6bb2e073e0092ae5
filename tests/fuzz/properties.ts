import fc from 'fast-check';
import { parseHtml } from '../../cli/parse-html';
import { defuse, toCsv, toTsv } from '../../lib/export/delimited';
import { reportMatrix } from '../../lib/report/table-matrix';
import { importHistory } from '../../lib/history/history-json';
import { checkHtml, checkText } from '../../lib/pipeline';

/**
 * Fuzz properties over the readers, the rules, the exports and the history import: hostile or random
 * input never throws, never yields a number that is not printed, and never plants a live formula in a
 * spreadsheet. The test suite runs them briefly (tests/fuzz/fuzz.test.ts); `npm run fuzz` runs them long.
 */

// pieces real pages are made of, so random input reaches deep into the readers
const LABELS = [
  '本列数据的勾稽关系',
  '一、本年新收政府信息公开申请数量',
  '二、上年结转政府信息公开申请数量',
  '（一）予以公开',
  '（三）不予公开',
  '1.属于国家秘密',
  '（七）总计',
  '四、结转下年度继续办理',
  '行政复议',
  '行政诉讼',
  '结果维持',
  '总计',
  '未经复议直接起诉',
  '复议后起诉',
  '第二十条第（一）项',
  '规章',
  '行政许可',
  '自然人',
  '商业企业',
  '2023年',
  '政府信息公开工作年度报告',
  '=HYPERLINK("x")',
];
const TAGS = [
  '<table>',
  '</table>',
  '<tr>',
  '</tr>',
  '<td>',
  '</td>',
  '<td rowspan="0">',
  '<td colspan="9999">',
  '<td rowspan="-3">',
  '<th>',
  '<p>',
  '</p>',
  '<div>',
  '</div>',
  '<br>',
  '<o:p>',
  '</o:p>',
  '<span>',
  '<script>',
  '</script>',
  '<!--',
  '-->',
  '<title>',
  '<h1>',
  '&nbsp;',
  '<meta name="ArticleTitle" content="某局2023年政府信息公开工作年度报告">',
];
const FIGURES = ['0', '1', '10', '1 0', '９', '-', '/', '—', '99999999999999999999', '1,234', '28983.0794', '\u00a0', '\u3000', '\t', '\n', ' '];

const piece = fc.oneof(fc.constantFrom(...LABELS), fc.constantFrom(...TAGS), fc.constantFrom(...FIGURES), fc.string({ maxLength: 6 }));
const cellAttrs = fc.constantFrom('', ' rowspan="2"', ' colspan="3"', ' rowspan="22"', ' colspan="7"', ' rowspan="0"', ' colspan="9999"', ' rowspan="x"');
const tableCell = fc
  .tuple(cellAttrs, fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...FIGURES) }, fc.constantFrom(...LABELS), piece))
  .map(([a, t]) => `<td${a}>${t}</td>`);
/** Tables shaped like the template's (label cells, figures, spans), so that random input reaches the mapping and the rules. */
const table = fc
  .array(
    fc.array(tableCell, { minLength: 1, maxLength: 9 }).map((cells) => `<tr>${cells.join('')}</tr>`),
    { minLength: 1, maxLength: 30 },
  )
  .map((rows) => `<table>${rows.join('')}</table>`);
export const markup = fc.array(fc.oneof({ weight: 3, arbitrary: piece }, table), { maxLength: 60 }).map((p) => p.join(''));
export const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...LABELS),
      fc.constantFrom(...FIGURES),
      fc.constantFrom('==== 正文 ====', '标题: ', '| ', ' |', '| --- |', '#'),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 150 },
  )
  .map((p) => p.join(''));

/** Every number in a report's tables appears in what the source printed (digits of its raw text). */
function printedOnly(report: ReturnType<typeof checkText>['report'], source: string): boolean {
  const digits = source.normalize('NFKC').replace(/[^\d.]/g, '');
  for (const table of Object.values(report.tables))
    for (const row of Object.values(table ?? {}))
      for (const cell of Object.values(row)) {
        if (cell.value === null) continue;
        const shown = String(Math.abs(cell.value)).replace(/^0\./, '.');
        if (!digits.includes(shown.replace(/^\./, '')) && !digits.includes(shown)) return false;
      }
  return true;
}

/** No cell as written to a spreadsheet starts a formula (a leading apostrophe defuses it); a number or a lone mark is no formula. */
function defusedCell(cell: string): boolean {
  const out = defuse(cell);
  const start = out.replace(/^[\s\u00a0\u3000\ufeff\u200b]+/, '');
  return out.startsWith("'") || !/^[=+\-@＝＋－＠]/.test(start) || /^[+-]?\d+(\.\d+)?%?$/.test(out) || /^[+-]$/.test(start);
}

export const PROPERTIES: Record<string, fc.IPropertyWithHooks<never> | fc.IAsyncPropertyWithHooks<never> | fc.IProperty<unknown[]>> = {
  'a random page is read and checked without throwing, and shows only printed numbers': fc.property(markup, (html) => {
    const { report } = checkHtml(parseHtml(html), 'fuzz.html');
    return printedOnly(report, html);
  }),
  'a random text is read and checked without throwing, and shows only printed numbers': fc.property(text, (t) => {
    const { report } = checkText(t, 'fuzz.txt');
    return printedOnly(report, t);
  }),
  'the exports of a random report never carry a live formula': fc.property(
    fc.oneof(
      markup.map((h) => checkHtml(parseHtml(h), 'x').report),
      text.map((t) => checkText(t, 'x').report),
    ),
    (report) => {
      const m = reportMatrix(report);
      toCsv(m);
      toTsv(m);
      return m.every((row) => row.every(defusedCell));
    },
  ),
  'a random history import never throws and keeps only valid records': fc.property(fc.oneof(fc.json(), fc.string()), (json) => {
    const { records } = importHistory(json);
    return records.every((r) => typeof r.id === 'string');
  }),
};
