/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { cellText } from '../../../../lib/extract/html/cell-text';
import { expandSpans } from '../../../../lib/extract/html/expand-spans';
import { narrativeLines } from '../../../../lib/extract/html/narrative-lines';
import { readHtml } from '../../../../lib/extract/html/read-html';
import { normaliseDate } from '../../../../lib/text/normalise-date';

const table = (html: string) => new DOMParser().parseFromString(`<table>${html}</table>`, 'text/html').querySelector('table')!;
const layout = (html: string) =>
  expandSpans(table(html)).map((row) =>
    row.map((c) => `${c.text}@${c.row},${c.col}${c.rowSpan > 1 ? `r${c.rowSpan}` : ''}${c.colSpan > 1 ? `c${c.colSpan}` : ''}`),
  );

describe('expandSpans', () => {
  it('should place cells after the columns held by rowspans from above, as a browser does', () => {
    expect(layout('<tr><td rowspan="2">a</td><td colspan="2">b</td></tr><tr><td>c</td><td>d</td></tr>')).toEqual([
      ['a@0,0r2', 'b@0,1c2'],
      ['c@1,1', 'd@1,2'],
    ]);
  });

  it('should lay out the table 三 shape: rowspan=22 on 三、本年度办理结果 and rowspan=8 on （三）', () => {
    const rows = [
      '<tr><td rowspan="22">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>1</td></tr>',
      '<tr><td colspan="2">（二）部分公开</td><td>2</td></tr>',
      '<tr><td rowspan="8">（三）不予公开</td><td>1.属于国家秘密</td><td>3</td></tr>',
    ];
    for (let i = 2; i <= 8; i++) rows.push(`<tr><td>${i}.x</td><td>0</td></tr>`);
    const grid = expandSpans(table(rows.join('')));
    expect(grid[2]!.map((c) => c.col)).toEqual([1, 2, 3]);
    expect(grid[9]!.map((c) => [c.text, c.col])).toEqual([
      ['8.x', 2],
      ['0', 3],
    ]);
  });

  it('should clamp absurd spans and read rowspan="0" as "to the end"', () => {
    expect(layout('<tr><td rowspan="0" colspan="9999">a</td></tr><tr><td>b</td></tr>')).toEqual([['a@0,0r2c100'], ['b@1,100']]);
    expect(layout('<tr><td rowspan="-3" colspan="x">a</td><td>b</td></tr>')).toEqual([['a@0,0', 'b@0,1']]);
  });

  it('should not read the rows of a nested table as its own', () => {
    expect(layout('<tr><td><table><tr><td>inner</td></tr></table></td><td>b</td></tr>').map((r) => r.length)).toEqual([2]);
  });

  it('should keep each cell’s element', () => {
    const t = table('<tr><td id="x">1</td></tr>');
    expect(expandSpans(t)[0]![0]!.source).toBe(t.querySelector('#x'));
  });
});

describe('cellText', () => {
  it.each([
    ['<p class="MsoNormal"><span>商业<o:p></o:p></span></p><p><span>企业</span></p>', '商业\n企业'],
    ['结果<br>纠正', '结果\n纠正'],
    ['&nbsp;1&nbsp;0', '\u00a01\u00a00'],
    ['<script>x()</script>5', '5'],
  ])('should read %j as %j', (html, text) => {
    expect(cellText(table(`<tr><td>${html}</td></tr>`).querySelector('td')!)).toBe(text);
  });
});

describe('readHtml', () => {
  it('should take the ArticleTitle, the PubDate and the article lines, not the site chrome', () => {
    const doc = new DOMParser().parseFromString(
      '<html><head><title>网站首页</title><meta name="ArticleTitle" content="某局2023年政府信息公开工作年度报告"><meta name="PubDate" content="2024/1/9 10:00"></head><body><div class="nav">首页</div><div class="TRS_Editor"><p>一、总体情况</p><p>正文。</p></div></body></html>',
      'text/html',
    );
    expect(readHtml(doc)).toMatchObject({
      title: '某局2023年政府信息公开工作年度报告',
      lines: ['一、总体情况', '正文。'],
      tables: [],
      meta: { published: '2024-01-09' },
    });
  });

  it.each([
    ['2024年1月9日', '2024-01-09'],
    ['2024-01-31 09:30', '2024-01-31'],
    ['发布时间', null],
  ])('should normalise the date %j to %j', (text, date) => expect(normaliseDate(text)).toBe(date));

  it('should give one line per block and per <br>, without the tables', () => {
    const el = new DOMParser()
      .parseFromString('<div><p>一、总体情况</p>甲<br>乙<table><tr><td>9</td></tr></table><h3>二、主动公开政府信息情况</h3></div>', 'text/html')
      .querySelector('div')!;
    expect(narrativeLines(el)).toEqual(['一、总体情况', '甲', '乙', '二、主动公开政府信息情况']);
  });
});
