import { REQUEST_COLUMNS, REQUEST_ROW_LABELS, REVIEW_COLUMN_LABELS, REVIEW_COLUMNS, REVIEW_GROUPS } from '../../lib/model/keys';

/** Printed cell texts by canonical key: table → row → column → raw text (as the page prints it). */
export type Raw = Record<'active' | 'requests' | 'review', Record<string, Record<string, string>>>;
export type Layout = 'word' | 'trs' | 'flat';

const esc = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\u00a0/g, '&nbsp;');

/** One cell in the style of a layout: Word's <p class=MsoNormal><span>…<o:p></o:p>, a CMS's <p>, or bare text. */
function td(text: string, layout: Layout, attrs = ''): string {
  const body = text.split('\n').map(esc);
  if (layout === 'word')
    return `<td${attrs} style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class=MsoNormal align=center style="text-align:center"><span style="font-size:10.5pt;font-family:宋体">${body.join('<br>')}<o:p></o:p></span></p></td>`;
  if (layout === 'trs') return `<td${attrs}>${body.map((b) => `<p style="text-align:center">${b}</p>`).join('')}</td>`;
  return `<td${attrs}>${body.join('<br>')}</td>`;
}

const span = (layout: Layout, rows: number, cols: number) =>
  layout === 'flat' ? '' : `${rows > 1 ? ` rowspan="${rows}"` : ''}${cols > 1 ? ` colspan="${cols}"` : ''}`;

/**
 * Renders the three standard tables with the real template spans (report-format.md §3), or, for the
 * `flat` layout, without any merged cell (merged areas repeated in every cell they cover).
 */
export function renderTables(raw: Raw, layout: Layout): string {
  const rep = (text: string, n: number) =>
    layout === 'flat' ? Array.from({ length: n }, () => td(text, layout)).join('') : td(text, layout, span(layout, 1, n));
  const a = raw.active;
  const t2 = [
    `<tr>${rep('第二十条第（一）项', 4)}</tr>`,
    `<tr>${td('信息内容', layout)}${td('本年制发件数', layout)}${td('本年废止件数', layout)}${td('现行有效件数', layout)}</tr>`,
    ...[
      ['regulations', '规章'],
      ['normativeDocuments', '行政规范性文件'],
    ].map(([k, l]) => `<tr>${td(l!, layout)}${['issued', 'repealed', 'effective'].map((c) => td(a[k!]![c]!, layout)).join('')}</tr>`),
    `<tr>${rep('第二十条第（五）项', 4)}</tr>`,
    `<tr>${td('信息内容', layout)}${rep('本年处理决定数量', 3)}</tr>`,
    `<tr>${td('行政许可', layout)}${rep(a.licensing!.count!, 3)}</tr>`,
    `<tr>${rep('第二十条第（六）项', 4)}</tr>`,
    `<tr>${td('信息内容', layout)}${rep('本年处理决定数量', 3)}</tr>`,
    `<tr>${td('行政处罚', layout)}${rep(a.punishment!.count!, 3)}</tr>`,
    `<tr>${td('行政强制', layout)}${rep(a.enforcement!.count!, 3)}</tr>`,
    `<tr>${rep('第二十条第（八）项', 4)}</tr>`,
    `<tr>${td('信息内容', layout)}${rep('本年收费金额（单位：万元）', 3)}</tr>`,
    `<tr>${td('行政事业性收费', layout)}${rep(a.fees!.amount!, 3)}</tr>`,
  ];
  const r = raw.requests;
  const vals = (k: string) => REQUEST_COLUMNS.map((c) => td(r[k]![c]!, layout)).join('');
  const note = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
  const flatNote = (n: number) => Array.from({ length: n }, () => td(note, layout)).join('');
  const t3: string[] =
    layout === 'flat'
      ? [
          `<tr>${flatNote(3)}${rep('申请人情况', 7)}</tr>`,
          `<tr>${flatNote(3)}${td('自然人', layout)}${rep('法人或其他组织', 5)}${td('总计', layout)}</tr>`,
          `<tr>${flatNote(3)}${td('自然人', layout)}${['商业\n企业', '科研\n机构', '社会公益组织', '法律服务机构', '其他'].map((x) => td(x, layout)).join('')}${td('总计', layout)}</tr>`,
        ]
      : [
          `<tr>${td(note, layout, span(layout, 3, 3))}${td('申请人情况', layout, span(layout, 1, 7))}</tr>`,
          `<tr>${td('自然人', layout, span(layout, 2, 1))}${td('法人或其他组织', layout, span(layout, 1, 5))}${td('总计', layout, span(layout, 2, 1))}</tr>`,
          `<tr>${['商业\n企业', '科研\n机构', '社会公益组织', '法律服务机构', '其他'].map((x) => td(x, layout)).join('')}</tr>`,
        ];
  const cats: Record<string, [string, number]> = {
    'denied.stateSecret': ['（三）不予公开', 8],
    'unable.notHeld': ['（四）无法提供', 3],
    'notProcessed.petition': ['（五）不予处理', 5],
    'other.overdueCorrection': ['（六）其他处理', 3],
  };
  let category = '';
  for (const key of Object.keys(REQUEST_ROW_LABELS)) {
    if (key === 'other') continue;
    const label = REQUEST_ROW_LABELS[key as keyof typeof REQUEST_ROW_LABELS].replace(/^（[三四五六]）(?=\d)/, '');
    if (key === 'newReceived' || key === 'carriedOver' || key === 'carriedForward') {
      t3.push(`<tr>${rep(label, 3)}${vals(key)}</tr>`);
      continue;
    }
    const head =
      key === 'granted' && layout !== 'flat'
        ? td('三、本年度办理结果', layout, span(layout, 22, 1))
        : layout === 'flat'
          ? td('三、本年度办理结果', layout)
          : '';
    if (key === 'granted' || key === 'partial' || key === 'totalProcessed') {
      const full = key === 'partial' ? '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' : label;
      t3.push(`<tr>${head}${layout === 'flat' ? td(full, layout) + td(full, layout) : td(full, layout, span(layout, 1, 2))}${vals(key)}</tr>`);
      continue;
    }
    const cat = cats[key];
    if (cat) category = cat[0];
    const catCell = layout === 'flat' ? td(category, layout) : cat ? td(cat[0], layout, span(layout, cat[1], 1)) : '';
    t3.push(`<tr>${layout === 'flat' ? head : ''}${catCell}${td(label, layout)}${vals(key)}</tr>`);
  }
  const v = raw.review;
  const cols = REVIEW_COLUMNS.map((c) => REVIEW_COLUMN_LABELS[c]);
  const t4 =
    layout === 'flat'
      ? [
          `<tr>${rep('行政复议', 5)}${rep('行政诉讼', 10)}</tr>`,
          `<tr>${cols.map((c) => td(c, layout)).join('')}${rep('未经复议直接起诉', 5)}${rep('复议后起诉', 5)}</tr>`,
          `<tr>${cols.map((c) => td(c, layout)).join('')}${[...cols, ...cols].map((c) => td(c, layout)).join('')}</tr>`,
        ]
      : [
          `<tr>${td('行政复议', layout, span(layout, 1, 5))}${td('行政诉讼', layout, span(layout, 1, 10))}</tr>`,
          `<tr>${cols.map((c) => td(c, layout, span(layout, 2, 1))).join('')}${td('未经复议直接起诉', layout, span(layout, 1, 5))}${td('复议后起诉', layout, span(layout, 1, 5))}</tr>`,
          `<tr>${[...cols, ...cols].map((c) => td(c, layout)).join('')}</tr>`,
        ];
  t4.push(`<tr>${REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((c) => td(v[g]![c]!, layout))).join('')}</tr>`);
  const table = (rows: string[]) =>
    layout === 'word'
      ? `<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">${rows.join('\n')}</table>`
      : `<table border="1">${rows.join('\n')}</table>`;
  return [
    `<p>二、主动公开政府信息情况</p>`,
    table(t2),
    `<p>三、收到和处理政府信息公开申请情况</p>`,
    table(t3),
    `<p>四、政府信息公开行政复议、行政诉讼情况</p>`,
    table(t4),
  ].join('\n');
}

/** A whole page: narrative lines before and after the tables, in a layout's page chrome. */
export function renderPage(raw: Raw, layout: Layout, page: { title: string; before: string[]; after: string[]; published?: string }): string {
  const p = (l: string) => `<p>${esc(l)}</p>`;
  const article = `${page.before.map(p).join('\n')}\n${renderTables(raw, layout)}\n${page.after.map(p).join('\n')}`;
  if (layout === 'trs')
    return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(page.title)}_某区人民政府</title>
<meta name="SiteName" content="某区人民政府"><meta name="ColumnName" content="政府信息公开年报"><meta name="ArticleTitle" content="${esc(page.title)}">${page.published ? `<meta name="PubDate" content="${page.published} 09:30">` : ''}
</head><body><div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="crumb">首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div><div class="sidebar"><table><tr><td><a href="/zfxxgknb/">年报</a></td></tr></table></div>
<h1 class="title">${esc(page.title)}</h1><div class="TRS_Editor">${article}</div>
<div class="footer">网站标识码：1100000000 京ICP备00000000号</div><script>window.__stats = 1;</script></body></html>`;
  if (layout === 'word')
    return `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><title>${esc(page.title)}</title><style>p.MsoNormal{margin:0cm;font-size:10.5pt}</style></head><body lang=ZH-CN><div class=WordSection1><p class=MsoNormal align=center><b><span style="font-size:22pt">${esc(page.title)}<o:p></o:p></span></b></p>${article}</div></body></html>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(page.title)}</title></head><body><article><h1>${esc(page.title)}</h1>${article}</article></body></html>`;
}
