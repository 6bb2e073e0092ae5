import { describe, expect, it } from 'vitest';
import type { ProblemDetail, UnreadMarkdown, UnreadRun } from '../../../../lib/model/types';
import { problemText } from '../../../../lib/rules/helpers/problem-text';

/**
 * problemText: the Chinese particulars of an extraction problem in the message of the rule reporting it
 * (cells-unread, row-incomplete, table-candidates, input-capped, cells-split). Each detail below has the shape
 * and figures the readers give: seed 000's 一、本年新收 (5 1 0 0 0 0 6), the limits of lib (5,000 cells,
 * 200,000 characters), and the PDF cases of tests/unit/extract/pdf/input-capped.test.ts. The whole sentence
 * is compared: an auditor reads these words, and a lost particular (a count, a cell, a "或") would mislead.
 */
const runs = (...rows: UnreadRun[]) => problemText('requests', { code: 'run-together', rows });
const markdown = (why: UnreadMarkdown) => problemText('requests', { code: 'markdown-rows', groups: [{ slots: ['一', '二'], why }] });
const P = '一、本年新收 5 1 0 0 0 0 6';

describe('problemText: limits reached (input-capped)', () => {
  it('should say nothing without a detail', () => {
    expect(problemText('requests', undefined)).toBe('');
  });

  it('should give a table’s cells and the cap, and the narrative cap in 万字', () => {
    expect(problemText('requests', { code: 'table-cells', cells: 5001, max: 5000 })).toBe(
      '页面上一个表格有 5001 个单元格（上限 5000），不是年报表格的规模，未读取',
    );
    expect(problemText('requests', { code: 'narrative-chars', max: 200_000 })).toBe('正文超过 20 万字，只读取了前 20 万字（一份年报远少于此）');
  });

  it('should tell a PDF cut at its page cap from one cut by the time cap, and name pages of too many operators', () => {
    expect(problemText('requests', { code: 'pdf-pages', read: 60, of: 10_000, timeCapped: false })).toBe(
      'PDF 共 10000 页，只读取了前 60 页（一份年报远少于此），其后未读',
    );
    expect(problemText('requests', { code: 'pdf-pages', read: 6, of: 50, timeCapped: true })).toBe(
      'PDF 共 50 页，读取 6 页后已超过读取时间上限（一份年报远少于此），其后未读',
    );
    expect(problemText('requests', { code: 'pdf-operators', pages: [2, 5], operators: 200_001 })).toBe(
      '第 2、5 页的绘图指令过多（200001 条，超过上限），未读取其表格线，该页的表格可能未读到',
    );
  });
});

describe('problemText: copies and shapes of a table', () => {
  it('should name the table whose copies differ, by its number', () => {
    const d: ProblemDetail = { code: 'candidates', count: 2, checked: 1, other: 2 };
    expect(problemText('requests', d)).toBe('页面上有 2 份完整的表三，数字不同；按第 1 份（页面上的顺序）核对，第 2 份未核对，请确认哪一份属于本报告');
    expect(problemText('review', d)).toContain('份完整的表四，');
    expect(problemText('active', d)).toContain('份完整的表二，');
  });

  it('should list a short row as printed, a blank cell as □, and say the fixed ones', () => {
    expect(problemText('requests', { code: 'by-position' })).toBe('表头未能逐列识别，按模板列序读取');
    expect(problemText('requests', { code: 'too-few-cells', read: 6, expected: 7, printed: ['一、本年新收', '5', '', '1'] })).toBe(
      '只读到 6 个数值单元格，应为 7 个：一、本年新收 | 5 | □ | 1',
    );
    expect(problemText('requests', { code: 'too-few-cells', read: 6, expected: 7 })).toBe('只读到 6 个数值单元格，应为 7 个');
    expect(problemText('review', { code: 'review-cells', count: 14, printed: ['0', '', '1'] })).toBe('数据行有 14 个单元格，应为 15 个：0 | □ | 1');
    expect(problemText('review', { code: 'no-data-row' })).toBe('表四没有数据行');
    expect(problemText('requests', { code: 'not-mapped' })).toBe('表格已找到，但其行列未能按模板识别');
    expect(problemText('requests', { code: 'labels-missing', labels: ['（一）予以公开', '（二）部分公开'] })).toBe(
      '未在原文中找到以下各行的标签：（一）予以公开、（二）部分公开',
    );
  });
});

describe('problemText: figures run together in a text (run-together)', () => {
  it('should word each reason, rows joined by ；', () => {
    expect(runs({ why: 'requests-header' }, { why: 'review-no-figures' })).toBe('表头不是模板的七列（自然人……总计），各行数字均未读取；表头后未见数字');
    expect(runs({ why: 'review-header', printed: '行政复议 行政诉讼' })).toBe(
      '表头不是模板的三组（行政复议、未经复议直接起诉、复议后起诉）：“行政复议 行政诉讼”',
    );
    expect(runs({ why: 'not-figures', label: '一' })).toBe('一：标签后的文字不是数字，未读取');
    expect(runs({ why: 'no-figures', label: '一' })).toBe('一：标签后没有数字（空白单元格在连写的文字中无法定位）');
    expect(runs({ why: 'header', label: '一', run: '510000' })).toBe('一“510000”');
  });

  it('should give the splits tried, with 或 between them and 等多种 when more were not listed', () => {
    expect(runs({ why: 'distrusted', label: '一', run: '5100006', split: ['5', '1', '0', '0', '0', '0', '6'] })).toBe(
      '一“5100006”：按本行总计可拆为 5|1|0|0|0|0|6，但所在列的勾稽关系不符，未采用',
    );
    expect(runs({ why: 'no-split', label: '一', run: '5100007' })).toBe('一“5100007”：没有与表内勾稽关系相符的拆法');
    const splits = [
      ['12', '3'],
      ['1', '23'],
    ];
    expect(runs({ why: 'splits', label: '一', run: '123', splits })).toBe('一“123”：可拆为 12|3 或 1|23，无法确定');
    expect(runs({ why: 'splits', label: '一', run: '123', splits, more: true })).toBe('一“123”：可拆为 12|3 或 1|23 等多种，无法确定');
  });
});

describe('problemText: a converter’s Markdown table', () => {
  it('should word each reason after the rows it concerns', () => {
    expect(markdown({ why: 'header-order' })).toBe('一、二：表头列序与模板不符，未读取');
    expect(markdown({ why: 'row-not-found' })).toBe('一、二：未找到本行');
    expect(markdown({ why: 'contested' })).toBe('一、二：此行标签在表中重复出现或顺序与模板不符，未读取');
    expect(markdown({ why: 'piece-header', printed: P })).toBe(`一、二：“${P}”所在表格的表头列序与前文不符，未读取`);
    expect(markdown({ why: 'positions', printed: P, windows: 3, width: 7 })).toBe(`一、二：“${P}”的数字可按 3 种位置对应到 7 列（空白单元格所属不定），未读取`);
    expect(markdown({ why: 'interleaved', printed: P })).toBe(`一、二：“${P}”的数字与标签交错，未读取`);
    expect(markdown({ why: 'too-many', printed: P, count: 8, width: 7 })).toBe(`一、二：“${P}”印有 8 个数值，应为 7 列，未读取`);
    expect(markdown({ why: 'too-few', printed: P, count: 6, width: 7 })).toBe(`一、二：“${P}”只有 6 个数值单元格，应为 7 列，未读取`);
  });

  it('should name the rows between which figures stand, the table’s start or end when there is none', () => {
    expect(markdown({ why: 'rows-between', from: '一', to: null, printed: ['5 1', '0 6'], slots: 1 })).toBe(
      '一、二：一与表尾之间印有 2 行数字（5 1；0 6），应为 1 行，各行与模板行的对应无法确定，未读取',
    );
    expect(markdown({ why: 'rows-between', from: null, to: '二', printed: ['5 1'], slots: 2 })).toBe(
      '一、二：表首与二之间印有 1 行数字（5 1），应为 2 行，各行与模板行的对应无法确定，未读取',
    );
    const two = problemText('requests', {
      code: 'markdown-rows',
      groups: [
        { slots: ['一'], why: { why: 'row-not-found' } },
        { slots: ['二'], why: { why: 'contested' } },
      ],
    });
    expect(two).toBe('一：未找到本行；二：此行标签在表中重复出现或顺序与模板不符，未读取');
  });

  it('should list the columns and figures it could not place', () => {
    expect(problemText('requests', { code: 'markdown-columns', names: ['自然人', '总计'] })).toBe(
      '表头所列各列（自然人、总计）与模板列序不符，各行数字均未读取',
    );
    expect(problemText('review', { code: 'markdown-review', printed: ['0 0 1', '1'] })).toBe('表四的数字（0 0 1；1）无法唯一对应到三组各五列，未读取');
    expect(problemText('review', { code: 'markdown-review', printed: [] })).toBe('表四的数字（无）无法唯一对应到三组各五列，未读取');
  });
});

describe('problemText: a table cut at the page’s edge', () => {
  it('should name the columns printed whole and those not in the table, by their labels', () => {
    expect(problemText('requests', { code: 'cut-request-columns', printed: ['natural', 'commercial'], missing: ['legal', 'total'] })).toBe(
      '表头只完整印出自然人、商业企业列；法律服务机构、总计列不在表中（表格可能在页边被截断），这些单元格未读取、未核对',
    );
    expect(
      problemText('review', {
        code: 'cut-review-columns',
        printed: 11,
        missing: [
          { group: 'litigationDirect', cols: ['total'] },
          { group: 'litigationAfterReconsideration', cols: ['pending', 'total'] },
        ],
      }),
    ).toBe(
      '表头只完整印出 11 列；行政诉讼·未经复议直接起诉的总计，行政诉讼·复议后起诉的尚未审结、总计列不在表中（表格可能在页边被截断），这些单元格未读取、未核对',
    );
  });

  it('should give cut labels and misaligned figures as printed', () => {
    expect(problemText('requests', { code: 'cut-labels', printed: ['本年新收 5 1', '上年结转 0'] })).toBe(
      '行标签在页边被截断，无法确定各行是哪一行，各行数字均未读取：本年新收 5 1；上年结转 0',
    );
    expect(problemText('requests', { code: 'misaligned', printed: '（一）予以公开 | 4 | 0' })).toBe('数字与表头各列对不齐，未读取：（一）予以公开 | 4 | 0');
  });
});

describe('problemText: scans and splits', () => {
  it('should name each unproven cell by its label, with its other readings only when there are some', () => {
    const d: ProblemDetail = {
      code: 'ocr-unproven',
      cells: [
        { path: 'requests.newReceived.natural', read: '5', alternatives: ['6', '3'] },
        { path: 'requests.newReceived.total', read: '6', alternatives: [] },
      ],
    };
    expect(problemText('requests', d)).toBe(
      '扫描件识别（OCR）未能由表内勾稽关系确定：表三“一、本年新收政府信息公开申请数量”·自然人识别为“5”（或“6”、“3”）；表三“一、本年新收政府信息公开申请数量”·总计识别为“6”，请对照原件图像',
    );
    expect(problemText('requests', { code: 'ocr-no-narrative' })).toBe('扫描件只识别了表格，正文未识别（OCR 不读正文）');
    expect(problemText('requests', { code: 'ocr-pictures' })).toBe('表格由网页上的图片识别（OCR）；网页正文的各项核对不在这次识别之内');
  });

  it('should count rows (表四: groups) split by their digits and list each row split, saying how', () => {
    const row = { label: '一', run: '5100006', cells: ['5', '1', '0', '0', '0', '0', '6'], how: 'row-total' as const };
    expect(problemText('requests', { code: 'split', byDigits: 2, rows: [row] })).toBe(
      '2 行按位数只有一种拆法；一“5100006”拆为 5|1|0|0|0|0|6（按本行总计，只有这一种拆法相符）',
    );
    expect(problemText('review', { code: 'split', byDigits: 1, rows: [] })).toBe('1 组按位数只有一种拆法');
    expect(problemText('requests', { code: 'split', byDigits: 0, rows: [row, { ...row, label: '二', run: '00', cells: ['0', '0'], how: 'columns' }] })).toBe(
      '一“5100006”拆为 5|1|0|0|0|0|6（按本行总计，只有这一种拆法相符）；二“00”拆为 0|0（按各列勾稽关系，只有这一种拆法相符）',
    );
  });
});
