import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdownItems } from '../../../../lib/extract/text/markdown-items';
import { markdownParagraphs } from '../../../../lib/extract/text/markdown-paragraphs';
import { readMarkdownText } from '../../../../lib/extract/text/read-markdown-text';

const paragraphs = (text: string) => markdownParagraphs(parseMarkdownItems(text));

/**
 * Printed lines as a PDF-to-Markdown converter leaves them: 28 characters to a full line (the lines below
 * are those of 上海市人民政府办公厅 2025, tests/fixtures/markdown/shanghai-office-2025.md), a paragraph's
 * first line indented by two, its last line short.
 */
const PRINTED = [
  '2025 年上海市人民政府办公厅政府信息公开',
  '工作年度报告',
  '一、总体情况',
  '2025 年，上海市人民政府办公厅坚持以习近平新时代中国',
  '特色社会主义思想为指导，全面贯彻落实党的二十大和二十届历',
  '及市委、市政府关于新时代政务公开工作的各项要求，着力发挥',
  '— 1 —',
  '政务公开促落实、优服务、强监督作用，持续推动政务公开工作',
  '提质增效。',
  '',
  '（二）依申请公开方面',
  '市政府共受理政府信息公开申请 1295 件，办结 1191 件（含',
  '上年结转 189 件），均在法定期限内答复。其中，予以公开及部',
  '分公开 208 件（17.46%），不予公开 20 件（1.68%），因本机关',
  '主动撤回 157 件）。全年未发生因依申请公开被行政复议纠错或',
  '行政诉讼败诉情形。',
];

describe('markdownParagraphs', () => {
  it('should join printed lines into paragraphs, over a page number, and leave title and headings on their own lines', () => {
    expect(paragraphs(PRINTED.join('\n'))).toEqual([
      '2025 年上海市人民政府办公厅政府信息公开',
      '工作年度报告',
      '一、总体情况',
      '2025 年，上海市人民政府办公厅坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大和二十届历及市委、市政府关于新时代政务公开工作的各项要求，着力发挥政务公开促落实、优服务、强监督作用，持续推动政务公开工作提质增效。',
      '（二）依申请公开方面',
      '市政府共受理政府信息公开申请 1295 件，办结 1191 件（含上年结转 189 件），均在法定期限内答复。其中，予以公开及部分公开 208 件（17.46%），不予公开 20 件（1.68%），因本机关主动撤回 157 件）。全年未发生因依申请公开被行政复议纠错或行政诉讼败诉情形。',
    ]);
  });

  it('should end a paragraph at a table, a # heading and a numbered heading or list item', () => {
    // after the lines above, so that the lines' common width is known
    const text = [
      ...PRINTED,
      ...PRINTED.slice(10, 13),
      '| 自然人 | 总计 |',
      '|---|---|',
      '| 1 | 1 |',
      PRINTED[13],
      '## 表三：收到和处理政府信息公开申请情况',
      '针对 2024 年工作中存在的主要问题，重点采取如下改进措',
      '一是进一步提升政策公开质效。以政府公报数字化改革为抓',
      '手，加大政策文件集成发布力度；持续深化政策公开“政社合作”',
      '机制探索。',
    ].join('\n');
    expect(paragraphs(text).slice(6)).toEqual([
      '（二）依申请公开方面',
      '市政府共受理政府信息公开申请 1295 件，办结 1191 件（含上年结转 189 件），均在法定期限内答复。其中，予以公开及部',
      '分公开 208 件（17.46%），不予公开 20 件（1.68%），因本机关',
      '表三：收到和处理政府信息公开申请情况',
      '针对 2024 年工作中存在的主要问题，重点采取如下改进措',
      '一是进一步提升政策公开质效。以政府公报数字化改革为抓手，加大政策文件集成发布力度；持续深化政策公开“政社合作”机制探索。',
    ]);
  });

  it('should keep a space where a Latin word is cut at a line end, and none before the CJK that runs on after a Latin word', () => {
    // PRINTED[7] and [8] are the last two lines of 一's first paragraph; a line still runs to the margin with the Latin word at its end
    const latinEnd = '政务公开促落实、优服务、强监督作用，持续推动“随申办” App';
    const joined = (next: string) => paragraphs(PRINTED.with(7, latinEnd).with(8, next).join('\n'))[3];
    expect(joined('Store 提质增效。')).toMatch(/“随申办” App Store 提质增效。$/);
    expect(joined('提质增效。')).toMatch(/“随申办” App提质增效。$/);
    // a Latin word inside the line, not at its end: the CJK at its end runs on directly
    const latinInside = '政务公开促落实、优服务、强监督作用，在“随申办” App 上持续推动';
    expect(paragraphs(PRINTED.with(7, latinInside).with(8, 'PC 端与移动端同步提质增效。').join('\n'))[3]).toMatch(/App 上持续推动PC 端与移动端同步提质增效。$/);
  });

  it('should start a paragraph at a list item numbered past ten (十一是), as at 一是', () => {
    const items = ['十是持续优化依申请公开办理流程，规范答复文书格式，提升答复', '质量。', '十一是加强政务公开队伍建设。'];
    expect(paragraphs([...PRINTED, ...items].join('\n')).slice(-2)).toEqual([
      '十是持续优化依申请公开办理流程，规范答复文书格式，提升答复质量。',
      '十一是加强政务公开队伍建设。',
    ]);
    // run on from a line to the margin, as 十是's first line does
    expect(paragraphs([...PRINTED, items[0], items[2]].join('\n')).slice(-2)).toEqual([items[0], items[2]]);
  });

  it('should start a paragraph at an item numbered with Arabic figures in brackets (（1）, (2)), as at （一）', () => {
    // PRINTED[11] runs to the margin with no sentence end: only the numeral keeps the next line off it
    for (const item of ['（1）予以公开及部分公开 208 件。', '(2)不予公开 20 件。'])
      expect(paragraphs([...PRINTED, PRINTED[11], item].join('\n')).slice(-2)).toEqual([PRINTED[11], item]);
  });

  it('should leave lines line for line when fewer than five share a width (上海市人民政府办公厅 2025 cut after its first page)', () => {
    // three lines of 28 among the five of ten characters or more: more than three in ten share it, but five lines are wanted
    const firstPage = PRINTED.slice(0, 9);
    expect(paragraphs(firstPage.join('\n'))).toEqual(firstPage.filter((l) => l !== '— 1 —'));
  });

  it('should find the width lines run to among lines of ten characters or more: a table printed a cell a line (seed 003’s 二) changes no paragraph above it', () => {
    // the cells of seed 003's table 二 (第二十条第（一）项 … 行政事业性收费), as a converter that lost the table prints them
    const cells = ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '0', '0', '0', '行政规范性文件', '37', '68', '1316'];
    cells.push('信息内容', '本年处理决定数量', '行政许可', '159972', '信息内容', '本年处理决定数量', '行政处罚', '19321', '行政强制', '850');
    cells.push('信息内容', '本年收费金额（单位：万元）', '行政事业性收费', '28983.0794');
    expect(paragraphs([...PRINTED, '二、主动公开政府信息情况', ...cells].join('\n'))).toEqual([
      ...paragraphs(PRINTED.join('\n')),
      '二、主动公开政府信息情况',
      ...cells,
    ]);
  });

  it('should not run a numbered heading as long as a line into the line after it', () => {
    const heading = '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况';
    expect(paragraphs([...PRINTED.slice(0, 15), heading, '行政复议行政诉讼'].join('\n')).slice(-2)).toEqual([heading, '行政复议行政诉讼']);
  });

  it('should leave text whose lines are paragraphs already line for line (seed 002 as converter Markdown)', () => {
    const lines = [
      '一、总体情况',
      '2023年，区商务局共收到依申请政府信息公开1件，已全部按时办结。全年主动公开政府信息105条，其中通知公告类信息23条',
      '二、主动公开政府信息情况',
      '根据《中华人民共和国政府信息公开条例》第二十条规定',
    ];
    expect(paragraphs(lines.join('\n'))).toEqual(lines);
  });
});

/**
 * The narrative of real converter Markdown (tests/fixtures/markdown, sources in tests/fixtures/README.md),
 * issue 15: the converter keeps the PDF's printed lines, so the reader joins them into paragraphs and the
 * narrative rules read each sentence whole.
 */
const DIR = path.join(import.meta.dirname, '../../../fixtures/markdown');
const read = (file: string) => readFileSync(path.join(DIR, file), 'utf8');
/** The narrative the Markdown reader gives the rules. */
const lines = (text: string) => readMarkdownText(text)?.lines ?? [];
const OFFICE = 'shanghai-office-2025.md';
const STCSM = 'shanghai-stcsm-2024.md';

describe('converter Markdown narrative in paragraphs', () => {
  it.each([
    [OFFICE, '全年未发生因依申请公开被行政复议纠错或行政诉讼败诉情形。'],
    [
      STCSM,
      '所有办结的信息公开申请中同意公开答复 9 件，部分公开答复 0 件，不予公开答复 2件，无法提供的 10 件，不予处理 0 件，其他处理 14 件，转下一年度办理答复的有 1 件。',
    ],
    [STCSM, '2024 年市科委有 1 件涉及政府信息公开工作的行政复议，该行政复议件未被复议审查机关纠错。'],
  ])('%s: the sentence printed over two or three lines reaches the rules whole: %s', (file, sentence) => {
    expect(lines(read(file)).some((l) => l.includes(sentence))).toBe(true);
  });

  const toFullWidth = (t: string) => t.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  it.each([
    ['NBSP', (t: string) => t.replace(/ /g, '\u00a0')],
    ['U+3000', (t: string) => t.replace(/ /g, '\u3000')],
    ['full-width digits', toFullWidth],
  ])('%s in place of spaces or digits join the same lines (上海市人民政府办公厅 2025, 上海市科委 2024)', (_, variant) => {
    for (const file of [OFFICE, STCSM]) {
      const text = read(file);
      // outside the pipe tables only: the variant is of the narrative
      const changed = text
        .split('\n')
        .map((l) => (l.trimStart().startsWith('|') ? l : variant(l)))
        .join('\n');
      expect(changed).not.toBe(text);
      expect(markdownParagraphs(parseMarkdownItems(changed))).toEqual(markdownParagraphs(parseMarkdownItems(text)).map(variant));
    }
  });

  it.each(['shuyang-gov-2025.md', 'seed-002.md', 'seed-003.md'])('%s: lines that are paragraphs already stay as they are', (file) => {
    const items = parseMarkdownItems(read(file));
    const printed = items.flatMap((it) => (it.kind === 'text' && !it.filler ? [it.text] : []));
    expect(markdownParagraphs(items)).toEqual(printed);
  });
});

describe('labels the converter moved out of a table are no narrative', () => {
  it.each([
    [OFFICE, ['（四）无', '理结果', '（六）其'], ['三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况']],
    [STCSM, ['（四）无2.没有现成信息需要另', '予公开', '1'], ['二、收到和处理政府信息公开申请情况', '三、政府信息公开行政复议、行政诉讼情况']],
  ])('%s: %j are not narrative lines, the section headings above the tables are', (file, labels, headings) => {
    expect(read(file).split('\n')).toEqual(expect.arrayContaining([...labels, ...headings]));
    for (const label of labels) expect(lines(read(file))).not.toContain(label);
    expect(lines(read(file))).toEqual(expect.arrayContaining(headings));
  });
});

describe('markdownParagraphs: how short of the common width a line may stop and still run on (上海市科委 2024)', () => {
  // a real line of 25 characters against the 28 most of the file's lines share, and the line printed after it
  const LINE = '市科委及时发布本部门最新版本的政府信息公开指南并标';
  const NEXT = '注更新日期，加强公文公开属性审查和信息发布审查管，根据要';
  const paragraphOf = (line: string) => {
    const text = read(STCSM);
    expect(text).toContain(`${LINE}\n${NEXT}`);
    return lines(text.replace(LINE, line)).find((l) => l.includes(line));
  };

  it('should run a line four characters short (24 of 28) on into the next', () => {
    expect(paragraphOf(LINE.replace('本部门', '部门'))).toContain(`${LINE.replace('本部门', '部门')}${NEXT}`);
  });

  it('should end the paragraph at a line five characters short (23 of 28)', () => {
    expect(paragraphOf(LINE.replace('本部门', '门'))?.endsWith(LINE.replace('本部门', '门'))).toBe(true);
  });
});
