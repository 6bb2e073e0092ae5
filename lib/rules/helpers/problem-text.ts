import { cellLabel } from '../../model/cell-label';
import { REQUEST_COLUMN_LABELS, REVIEW_COLUMN_LABELS, REVIEW_GROUP_LABELS } from '../../model/keys';
import type { ProblemDetail, TableName, UnreadMarkdown, UnreadRun } from '../../model/types';

const TABLE_NO = { active: '表二', requests: '表三', review: '表四' } as const;
const HOW = { 'row-total': '按本行总计', columns: '按各列勾稽关系' } as const;
// a blank cell of a row as printed
const cell = (c: string) => c || '□';

function runText(r: UnreadRun): string {
  switch (r.why) {
    case 'requests-header':
      return '表头不是模板的七列（自然人……总计），各行数字均未读取';
    case 'review-no-figures':
      return '表头后未见数字';
    case 'review-header':
      return `表头不是模板的三组（行政复议、未经复议直接起诉、复议后起诉）：“${r.printed}”`;
    case 'not-figures':
      return `${r.label}：标签后的文字不是数字，未读取`;
    case 'no-figures':
      return `${r.label}：标签后没有数字（空白单元格在连写的文字中无法定位）`;
    case 'header':
      return `${r.label}“${r.run}”`;
    case 'distrusted':
      return `${r.label}“${r.run}”：按本行总计可拆为 ${r.split.join('|')}，但所在列的勾稽关系不符，未采用`;
    case 'no-split':
      return `${r.label}“${r.run}”：没有与表内勾稽关系相符的拆法`;
    case 'splits':
      return `${r.label}“${r.run}”：可拆为 ${r.splits.map((s) => s.join('|')).join(' 或 ')}${r.more ? ' 等多种' : ''}，无法确定`;
  }
}

function markdownText(m: UnreadMarkdown): string {
  switch (m.why) {
    case 'header-order':
      return '表头列序与模板不符，未读取';
    case 'row-not-found':
      return '未找到本行';
    case 'contested':
      return '此行标签在表中重复出现或顺序与模板不符，未读取';
    case 'piece-header':
      return `“${m.printed}”所在表格的表头列序与前文不符，未读取`;
    case 'positions':
      return `“${m.printed}”的数字可按 ${m.windows} 种位置对应到 ${m.width} 列（空白单元格所属不定），未读取`;
    case 'interleaved':
      return `“${m.printed}”的数字与标签交错，未读取`;
    case 'too-many':
      return `“${m.printed}”印有 ${m.count} 个数值，应为 ${m.width} 列，未读取`;
    case 'short':
      return `“${m.printed}”比所在表格的其他行少 ${m.lost} 个单元格（行尾缺失），空白单元格所属列无法确定，未读取`;
    case 'spread':
      return `“${m.printed}”的 ${m.count} 个数值之间夹有空白单元格，任取 ${m.width} 列都容不下全部数值，无法确定各列，未读取`;
    case 'too-few':
      return `“${m.printed}”只有 ${m.count} 个数值单元格，应为 ${m.width} 列，未读取`;
    case 'rows-between':
      return `${m.from ?? '表首'}与${m.to ?? '表尾'}之间印有 ${m.printed.length} 行数字（${m.printed.join('；')}），应为 ${m.slots} 行，各行与模板行的对应无法确定，未读取`;
  }
}

/**
 * An extraction problem's detail in Chinese, for the message of the rule that reports it (the English
 * messages of those rules say what kind of problem it is, without these particulars).
 * @example problemText('requests', { code: 'by-position' }) → '表头未能逐列识别，按模板列序读取'
 */
export function problemText(table: TableName, d: ProblemDetail | undefined): string {
  if (!d) return '';
  switch (d.code) {
    case 'table-cells':
      return `页面上一个表格有 ${d.cells} 个单元格（上限 ${d.max}），不是年报表格的规模，未读取`;
    case 'narrative-chars':
      return `正文超过 ${d.max / 10_000} 万字，只读取了前 ${d.max / 10_000} 万字（一份年报远少于此）`;
    case 'pdf-pages':
      return `PDF 共 ${d.of} 页，${d.timeCapped ? `读取 ${d.read} 页后已超过读取时间上限` : `只读取了前 ${d.read} 页`}（一份年报远少于此），其后未读`;
    case 'pdf-operators':
      return `第 ${d.pages.join('、')} 页的绘图指令过多（${d.operators} 条，超过上限），未读取其表格线，该页的表格可能未读到`;
    case 'candidates':
      return `页面上有 ${d.count} 份完整的${TABLE_NO[table]}，数字不同；按第 ${d.checked} 份（页面上的顺序）核对，第 ${d.other} 份未核对，请确认哪一份属于本报告`;
    case 'by-position':
      return '表头未能逐列识别，按模板列序读取';
    case 'too-few-cells':
      return `只读到 ${d.read} 个数值单元格，应为 ${d.expected} 个${d.printed ? `：${d.printed.map(cell).join(' | ')}` : ''}`;
    case 'review-cells':
      return `数据行有 ${d.count} 个单元格，应为 15 个：${d.printed.map(cell).join(' | ')}`;
    case 'row-cells':
      return `此行印有 ${d.count} 个数值，表头只有 ${d.expected} 列，无法确定哪一个不属于本表，未读取：${d.printed.map(cell).join(' | ')}`;
    case 'no-data-row':
      return '表四没有数据行';
    case 'not-mapped':
      return '表格已找到，但其行列未能按模板识别';
    case 'run-together':
      return d.rows.map(runText).join('；');
    case 'labels-missing':
      return `未在原文中找到以下各行的标签：${d.labels.join('、')}`;
    case 'markdown-columns':
      return `表头所列各列（${d.names.join('、')}）与模板列序不符，各行数字均未读取`;
    case 'markdown-rows':
      return d.groups.map((g) => `${g.slots.join('、')}：${markdownText(g.why)}`).join('；');
    case 'markdown-review':
      return `表四的数字（${d.printed.join('；') || '无'}）无法唯一对应到三组各五列，未读取`;
    case 'cut-request-columns':
      return `表头只完整印出${d.printed.map((k) => REQUEST_COLUMN_LABELS[k]).join('、')}列；${d.missing.map((k) => REQUEST_COLUMN_LABELS[k]).join('、')}列不在表中（表格可能在页边被截断），这些单元格未读取、未核对`;
    case 'cut-review-columns': {
      const names = d.missing.map((m) => `${REVIEW_GROUP_LABELS[m.group]}的${m.cols.map((c) => REVIEW_COLUMN_LABELS[c]).join('、')}`);
      return `表头只完整印出 ${d.printed} 列；${names.join('，')}列不在表中（表格可能在页边被截断），这些单元格未读取、未核对`;
    }
    case 'cut-labels':
      return `行标签在页边被截断，无法确定各行是哪一行，各行数字均未读取：${d.printed.join('；')}`;
    case 'misaligned':
      return `数字与表头各列对不齐，未读取：${d.printed}`;
    case 'ocr-unproven': {
      const cells = d.cells.map(
        (c) => `${cellLabel(c.path)}识别为“${c.read}”${c.alternatives.length > 0 ? `（或${c.alternatives.map((a) => `“${a}”`).join('、')}）` : ''}`,
      );
      return `扫描件识别（OCR）未能由表内勾稽关系确定：${cells.join('；')}，请对照原件图像`;
    }
    case 'ocr-no-narrative':
      return '扫描件只识别了表格，正文未识别（OCR 不读正文）';
    case 'ocr-pictures':
      return '表格由网页上的图片识别（OCR）；网页正文的各项核对不在这次识别之内';
    case 'split': {
      const byDigits = d.byDigits > 0 ? `${d.byDigits} ${table === 'review' ? '组' : '行'}按位数只有一种拆法` : '';
      const listed = d.rows.map((r) => `${r.label}“${r.run}”拆为 ${r.cells.join('|')}（${HOW[r.how]}，只有这一种拆法相符）`);
      return `${byDigits}${byDigits && listed.length > 0 ? '；' : ''}${listed.join('；')}`;
    }
  }
}
