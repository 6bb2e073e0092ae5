import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRunTogetherTables } from '../../../../lib/extract/text/run-together-tables';
import { readText } from '../../../../lib/extract/text/read-text';
import { REQUEST_COLUMNS } from '../../../../lib/model/keys';
import { checkText } from '../../../../lib/pipeline';

/**
 * Run-together text (a crawler's copy of a page, every table cell glued to the next) on seed 000 as a crawler
 * saves it (tests/fixtures/crawler/seed-000.txt), with one named edit per case.
 */
const CRAWLED = readFileSync(path.join(import.meta.dirname, '../../../fixtures/crawler/seed-000.txt'), 'utf8');
const edit = (from: string, to: string) => {
  if (!CRAWLED.includes(from)) throw new Error(`${from} not in seed-000.txt`);
  return CRAWLED.replace(from, to);
};

describe('readRunTogetherTables: table 二', () => {
  it('should leave a row of table 二 with no figures printed unread, and read the rows around it', () => {
    // 规章000 → 规章: the label stands with nothing after it before the next label
    const text = edit('规章000行政规范性文件000', '规章行政规范性文件000');
    const tables = readRunTogetherTables(text);
    const unread = tables.problems.filter((p) => p.kind === 'cells-unread' && p.table === 'active');
    expect(unread.flatMap((p) => ('cells' in p ? (p.cells ?? []) : []))).toEqual([
      'active.regulations.issued',
      'active.regulations.repealed',
      'active.regulations.effective',
    ]);
    const { report } = checkText(text, 'https://www.bjtzh.gov.cn/000.html');
    expect(report.tables.active?.normativeDocuments?.effective?.value).toBe(0);
    expect(report.tables.active?.regulations?.issued?.value).toBeNull();
  });
  it('should say a row of table 二 with nothing after its label is unread for want of figures', () => {
    // 规章000 → 规章: the problem names why (no figures printed), which the report shows the reader
    const tables = readRunTogetherTables(edit('规章000行政规范性文件000', '规章行政规范性文件000'));
    const details = tables.problems.flatMap((p) => (p.kind === 'cells-unread' && p.table === 'active' ? [p.detail] : []));
    expect(details).toEqual([{ code: 'run-together', rows: [{ why: 'no-figures', label: '规章' }] }]);
  });
});

describe('readRunTogetherTables: 表二’s last row, where narrative follows its figures', () => {
  const fees = (text: string) => {
    const found = readRunTogetherTables(text);
    const row = found.tables[1]?.rows.at(-1);
    const unread = found.problems.flatMap((p) => (p.kind === 'cells-unread' && p.table === 'active' ? [p.detail] : []));
    return { cells: row?.map((c) => (c.unread ? null : c.text)), unread };
  };

  it.each(['2023年本机关未收取费用。', '2023 年本机关未收取费用。', '61条信息。'])('should read no figure where the fee label is followed by %s', (after) => {
    expect(fees(edit('行政事业性收费0三、收到', `行政事业性收费${after}三、收到`))).toEqual({
      cells: ['行政事业性收费', null],
      unread: [{ code: 'run-together', rows: [{ why: 'not-figures', label: '行政事业性收费' }] }],
    });
  });

  it('should read the amount before its unit or a paragraph that follows it', () => {
    expect(fees(edit('行政事业性收费0三、收到', '行政事业性收费1.5万元三、收到'))).toEqual({ cells: ['行政事业性收费', '1.5万元'], unread: [] });
    expect(fees(edit('行政事业性收费0三、收到', '行政事业性收费1.5 本机关依法收取。三、收到'))).toEqual({ cells: ['行政事业性收费', '1.5'], unread: [] });
  });

  it('should say the fee row has no figures where a space and words follow its label (本机关2023年未收取费用)', () => {
    // the space before the words is no figure: what stands before them is nothing once trimmed
    expect(fees(edit('行政事业性收费0三、收到', '行政事业性收费 本机关2023年未收取费用。三、收到'))).toEqual({
      cells: ['行政事业性收费', null],
      unread: [{ code: 'run-together', rows: [{ why: 'no-figures', label: '行政事业性收费' }] }],
    });
  });
});

describe('readRunTogetherTables: a 2019 表二 (平潭 交通与建设局 2019 as crawled)', () => {
  const JTJ_2019 = readFileSync(path.join(import.meta.dirname, '../../../fixtures/corpus/text/pingtan-jtj-2019.txt'), 'utf8');

  it('should read a signed 本年增/减 where the cells are spaced (行政许可 88 items, 5 fewer, 1 decision)', () => {
    const text = JTJ_2019.replace('行政许可8801', '行政许可88 -5 1');
    expect(text).not.toBe(JTJ_2019);
    const found = readRunTogetherTables(text);
    expect(found.format).toBe('2019');
    const row = found.tables.flatMap((t) => t.rows).find((r) => r[0]?.text === '行政许可');
    expect(row?.map((c) => (c.unread ? null : c.text))).toEqual(['行政许可', '88', '-5', '1']);
  });

  it('should leave unread a row that a dash glued between figures splits two ways (88-51: 88|-5|1 or 88|-|51)', () => {
    // the same row run together as a crawler prints it: 51 decisions or 1, a guess either way; as 8801 is
    const found = readRunTogetherTables(JTJ_2019.replace('行政许可8801', '行政许可88-51'));
    const row = found.tables.flatMap((t) => t.rows).find((r) => r[0]?.text === '行政许可');
    expect(row?.map((c) => (c.unread ? null : c.text))).toEqual(['行政许可', null, null, null]);
  });
});

describe('readRunTogetherTables: table 三', () => {
  it('should place an unread cell where its figure stands when read (a header not the template’s: 小计 in seed 000)', () => {
    // the row as rebuilt: （三） and 4.保护第三方合法权益 as two label cells, then its seven figures
    const row = (text: string) =>
      readRunTogetherTables(text)
        .tables.flatMap((t) => t.rows)
        .find((r) => r[1]?.text === '4.保护第三方合法权益');
    const read = row(CRAWLED);
    const unread = row(edit('法人或其他组织总计', '法人或其他组织小计总计'));
    expect(read?.map((c) => c.text)).toEqual(['（三）', '4.保护第三方合法权益', '0', '0', '0', '0', '0', '0', '0']);
    expect(unread?.map((c) => c.unread ?? false)).toEqual([false, false, true, true, true, true, true, true, true]);
    expect(unread?.map((c) => [c.row, c.col])).toEqual(read?.map((c) => [c.row, c.col]));
    expect(read?.map((c) => c.col)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('should print no text in a cell of 表三 it leaves unread (a header not the template’s: 小计 in seed 000)', () => {
    // an unread cell is blank in the rebuilt table, whatever the run printed (0000000 here)
    const row = readRunTogetherTables(edit('法人或其他组织总计', '法人或其他组织小计总计'))
      .tables.flatMap((t) => t.rows)
      .find((r) => r[1]?.text === '4.保护第三方合法权益');
    expect(row?.map((c) => c.text)).toEqual(['（三）', '4.保护第三方合法权益', '', '', '', '', '', '', '']);
  });
});

describe('readRunTogetherTables: what it reports of seed 000 as crawled', () => {
  it('should read the three tables in text order, 表三 first as found, with no problem but the rows split by digits', () => {
    const found = readRunTogetherTables(CRAWLED);
    expect(found.tables.map((t) => t.index)).toEqual([0, 1, 2]);
    expect(found.format).toBe('2021');
    // 表三's header row as rebuilt: a corner cell, then the seven columns of the template in their places
    expect(found.tables[0]?.rows[0]?.map((c) => [c.text, c.row, c.col])).toEqual([
      ['', 0, 0],
      ['自然人', 0, 1],
      ['商业企业', 0, 2],
      ['科研机构', 0, 3],
      ['社会公益组织', 0, 4],
      ['法律服务机构', 0, 5],
      ['其他', 0, 6],
      ['总计', 0, 7],
    ]);
    // 25 rows of 表三 (the three items of （六）, not （六） itself), six of 表二, three groups of 表四
    expect(found.problems).toEqual([
      { kind: 'cells-split', table: 'requests', detail: { code: 'split', byDigits: 25, rows: [] } },
      { kind: 'cells-split', table: 'active', detail: { code: 'split', byDigits: 6, rows: [] } },
      { kind: 'cells-split', table: 'review', detail: { code: 'split', byDigits: 3, rows: [] } },
    ]);
  });

  it('should leave the table text out of the narrative: each heading on its line, no figures of a table left', () => {
    const { lines } = readText(CRAWLED);
    expect(lines.filter((l) => /^[一二三四五六]、/.test(l))).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    // between the headings 二 and 五 the tables stood, and nothing else
    const two = lines.indexOf('二、主动公开政府信息情况');
    expect(lines.slice(two, two + 4)).toEqual([
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
    ]);
    expect(lines.join('\n')).not.toMatch(/第二十条|勾稽关系|申请人情况|本年新收|结转下年度|0000000|未经复议直接起诉/);
    // the header's note printed without its brackets is table text still
    const bare = edit(
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      '本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和',
    );
    expect(readText(bare).lines.join('\n')).not.toMatch(/勾稽关系|申请人情况/);
  });

  it('should read 表二 and 表四 of a text without 表三 (its section cut out), and find no 表三', () => {
    const from = CRAWLED.indexOf('三、收到和处理政府信息公开申请情况');
    const to = CRAWLED.indexOf('四、政府信息公开行政复议');
    const found = readRunTogetherTables(CRAWLED.slice(0, from) + CRAWLED.slice(to));
    expect(found.tables).toHaveLength(2);
    const { report } = checkText(CRAWLED.slice(0, from) + CRAWLED.slice(to), 'https://www.bjtzh.gov.cn/000.html');
    expect(report.tables.requests ?? null).toBeNull();
    expect(report.tables.active?.fees?.amount?.value).toBe(0);
    expect(report.tables.active?.regulations?.effective?.value).toBe(0);
    expect(report.tables.review?.reconsideration?.total?.value).toBe(0);
  });

  it('should look for 表四 after 表三, not in a paragraph before it that names its columns', () => {
    // section 一 saying no 行政诉讼 was brought, in 表四's own words
    const text = edit('均按要求按时予以答复和登记。', '均按要求按时予以答复和登记，未发生未经复议直接起诉或复议后起诉的行政诉讼。');
    const found = readRunTogetherTables(text);
    expect(found.problems.filter((p) => p.table === 'review')).toEqual([
      { kind: 'cells-split', table: 'review', detail: { code: 'split', byDigits: 3, rows: [] } },
    ]);
    expect(checkText(text, 'https://www.bjtzh.gov.cn/000.html').report.tables.review?.litigationDirect?.total?.value).toBe(0);
  });

  it('should end 表二 where table 三 begins when the section heading 三、 is not printed', () => {
    const text = edit('三、收到和处理政府信息公开申请情况', '');
    const { report } = checkText(text, 'https://www.bjtzh.gov.cn/000.html');
    expect(report.tables.active?.fees?.amount?.value).toBe(0);
    expect(report.tables.requests?.newReceived?.total?.value).toBe(6);
    expect(readText(text).lines).toContain('四、政府信息公开行政复议、行政诉讼情况');
  });
});

describe('readRunTogetherTables: table 三’s labels as some reports print them', () => {
  it('should read 二、上年结转 printed without 政府信息公开申请数量', () => {
    const text = edit('二、上年结转政府信息公开申请数量0000000', '二、上年结转0000000');
    const { report } = checkText(text, 'https://www.bjtzh.gov.cn/000.html');
    expect(report.tables.requests?.carriedOver?.total?.value).toBe(0);
    expect(report.tables.requests?.newReceived?.total?.value).toBe(6);
  });
});

describe('readRunTogetherTables: 表四 under a header not the template’s', () => {
  it('should read no figure of 表四 when its header lacks the last 总计, and say its header is not the template’s', () => {
    // one 总计 after 复议后起诉 where the template prints two: the run's figures cannot be told from the header
    const text = edit('其他结果尚未审结总计 0 0 0 0 0 00', '其他结果尚未审结 0 0 0 0 0 00');
    const review = readRunTogetherTables(text).problems.filter((p) => p.table === 'review');
    expect(review).toEqual([
      {
        kind: 'cells-unread',
        table: 'review',
        detail: {
          code: 'run-together',
          rows: [{ why: 'review-header', printed: '行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉' }],
        },
        cells: expect.arrayContaining(['review.reconsideration.total', 'review.litigationAfterReconsideration.total']),
        readings: expect.anything(),
      },
    ]);
    expect(review[0]?.cells).toHaveLength(15);
  });

  it('should leave the narrative after 表四 as narrative when its header lacks the last 总计 and a 合计 follows far on', () => {
    // section 六 saying 合计0件 (far past the header): no 总计 of the header, so 五 and 六 stay narrative
    const text = edit('其他结果尚未审结总计 0 0 0 0 0 00', '其他结果尚未审结 0 0 0 0 0 00').replace('发出收费通知的件数为0件', '发出收费通知的件数合计0件');
    expect(text).toContain('合计0件');
    expect(readText(text).lines).toEqual(expect.arrayContaining(['五、存在的主要问题及改进情况', '六、其他需要报告的事项']));
  });

  it('should say 表四 is unread for want of figures when nothing follows its header (the run cut off)', () => {
    const review = readRunTogetherTables(edit('尚未审结总计 0 0 0 0 0 00  0 0 00  0 0 00五', '尚未审结总计五')).problems.filter((p) => p.table === 'review');
    expect(review.map((p) => p.detail)).toEqual([{ code: 'run-together', rows: [{ why: 'review-no-figures' }] }]);
  });

  it('should say nothing of 表四’s cells when nothing follows its header, not that they are blank', () => {
    // the run cut off: no figure printed is no evidence that the 15 cells are empty
    const review = readRunTogetherTables(edit('尚未审结总计 0 0 0 0 0 00  0 0 00  0 0 00五', '尚未审结总计五')).problems.filter((p) => p.table === 'review');
    expect(review[0]?.readings).toEqual([{ cells: review[0]?.cells, options: null, blank: true, printed: '' }]);
    expect(review[0]?.cells).toHaveLength(15);
  });

  it('should place 表四’s unread cells where its figures stand when read', () => {
    // the figure row of the rebuilt table: the third row, 15 cells, one per group and column
    const figures = (text: string) => readRunTogetherTables(text).tables.find((t) => t.rows[0]?.[0]?.text === '行政复议')?.rows[2];
    const read = figures(CRAWLED);
    const unread = figures(edit('其他结果尚未审结总计 0 0 0 0 0 00', '其他结果尚未审结 0 0 0 0 0 00'));
    expect(unread?.every((c) => c.unread)).toBe(true);
    expect(unread?.map((c) => [c.row, c.col])).toEqual(read?.map((c) => [c.row, c.col]));
    expect(read?.map((c) => c.col)).toEqual(Array.from({ length: 15 }, (_, i) => i));
  });

  it('should say each group of 表四 is unread for want of a split that adds up, under the template’s header (nineteen 1s glued)', () => {
    const run = '1111111111111111111';
    const review = readRunTogetherTables(edit(' 0 0 0 0 0 00  0 0 00  0 0 00五', ` ${run}五`)).problems.filter((p) => p.table === 'review');
    expect(review.map((p) => p.detail)).toEqual([
      {
        code: 'run-together',
        rows: ['行政复议', '未经复议直接起诉', '复议后起诉'].map((label) => ({ why: 'no-split', label, run })),
      },
    ]);
  });

  it('should read no figure of 表四 when the columns of 未经复议直接起诉 lack 结果维持 (four columns named for five figures)', () => {
    // the header after 复议后起诉 must name 结果维持 twice (未经复议直接起诉's and 复议后起诉's groups)
    const text = edit('复议后起诉结果维持结果纠正', '复议后起诉结果纠正');
    const review = readRunTogetherTables(text).problems.filter((p) => p.table === 'review');
    expect(review.map((p) => (p.kind === 'cells-unread' ? p.detail : p.kind))).toEqual([
      { code: 'run-together', rows: [{ why: 'review-header', printed: expect.stringMatching(/^行政复议行政诉讼结果维持/) }] },
    ]);
  });

  it('should read no figure of 表四 when the columns of 行政复议 lack 其他结果 (four columns named for five figures)', () => {
    const text = edit('结果纠正其他结果尚未审结总计未经复议', '结果纠正尚未审结总计未经复议');
    const review = readRunTogetherTables(text).problems.filter((p) => p.table === 'review');
    expect(review.map((p) => (p.kind === 'cells-unread' ? p.detail : p.kind))).toEqual([
      { code: 'run-together', rows: [{ why: 'review-header', printed: expect.stringMatching(/^行政复议行政诉讼结果维持结果纠正尚未审结总计/) }] },
    ]);
  });
});

describe('readRunTogetherTables: 表四 under the template’s header, read in part', () => {
  // 1|0|0|0|1 0|0|0|0|0 and 11|0|0|0|11 or 1|10|0|0|11 glued: the group totals fix the first two groups, not the third
  const ONE_OPEN = ' 10001000001100011五';

  it('should name as unread only the cells of 表四’s group its totals leave open (复议后起诉 11 or 1|10)', () => {
    const unread = readRunTogetherTables(edit(' 0 0 0 0 0 00  0 0 00  0 0 00五', ONE_OPEN)).problems.find(
      (p) => p.kind === 'cells-unread' && p.table === 'review',
    );
    expect(unread?.cells).toEqual(['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `review.litigationAfterReconsideration.${c}`));
  });

  it('should list the groups of 表四 its totals told apart, with the split each was read by', () => {
    const split = readRunTogetherTables(edit(' 0 0 0 0 0 00  0 0 00  0 0 00五', ONE_OPEN)).problems.find(
      (p) => p.kind === 'cells-split' && p.table === 'review',
    );
    const run = '10001000001100011';
    expect(split?.detail).toEqual({
      code: 'split',
      byDigits: 0,
      rows: [
        { label: '行政复议', run, cells: ['1', '0', '0', '0', '1'], how: 'row-total' },
        { label: '未经复议直接起诉', run, cells: ['0', '0', '0', '0', '0'], how: 'row-total' },
      ],
    });
  });
});

describe('readRunTogetherTables: 表三 rows it cannot be sure of', () => {
  const requestsProblems = (text: string) => readRunTogetherTables(text).problems.filter((p) => p.kind === 'cells-unread' && p.table === 'requests');

  it('should read no row of a 表三 whose header lacks a column of the template (科研机构 dropped)', () => {
    const problems = requestsProblems(edit('商业企业科研机构社会公益组织', '商业企业社会公益组织'));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.detail).toMatchObject({ code: 'run-together', rows: expect.arrayContaining([{ why: 'requests-header' }]) });
    expect(problems[0]?.cells).toHaveLength(25 * 7);
  });

  it('should name the one label it cannot find, and leave that row unread (4.保护第三方合法权益 not printed)', () => {
    const problems = requestsProblems(edit('4.保护第三方合法权益0000000', ''));
    expect(problems).toEqual([{ kind: 'cells-unread', table: 'requests', detail: { code: 'labels-missing', labels: ['（三）4.保护第三方合法权益'] } }]);
  });

  it('should name the first item of （四）无法提供 when it is not printed, not read the next item’s text as its figures', () => {
    const problems = requestsProblems(edit('1.本机关不掌握相关政府信息0100001', ''));
    expect(problems).toEqual([{ kind: 'cells-unread', table: 'requests', detail: { code: 'labels-missing', labels: ['（四）1.本机关不掌握相关政府信息'] } }]);
  });

  it('should name the first item of （三）不予公开 when it is not printed, not read it as blank after its category', () => {
    // （三）不予公开 runs straight into 2.其他法律…: no label of 1.属于国家秘密, so no row of it, empty or not
    const problems = requestsProblems(edit('1.属于国家秘密0000000', ''));
    expect(problems).toEqual([{ kind: 'cells-unread', table: 'requests', detail: { code: 'labels-missing', labels: ['（三）1.属于国家秘密'] } }]);
  });

  it('should leave unread a row whose figures end in a unit (元 is no count), naming its cells only', () => {
    const problems = requestsProblems(edit('4.保护第三方合法权益0000000', '4.保护第三方合法权益0000000元'));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.cells).toEqual(REQUEST_COLUMNS.map((c) => `requests.denied.thirdParty.${c}`));
    expect(problems[0]?.detail).toEqual({ code: 'run-together', rows: [{ why: 'not-figures', label: '（三）4.保护第三方合法权益' }] });
  });

  it('should print the figures of a row it cannot split as the text has them, without the space after them', () => {
    // 0000000 → 12 followed by a space: two figures for seven cells
    const problems = requestsProblems(edit('4.保护第三方合法权益0000000', '4.保护第三方合法权益12 '));
    expect(problems.map((p) => p.detail)).toEqual([{ code: 'run-together', rows: [{ why: 'no-split', label: '（三）4.保护第三方合法权益', run: '12' }] }]);
  });

  it('should read the figures after a label that runs on in words it does not know (部分公开’s note printed without commas)', () => {
    const text = edit('（区分处理的，只计这一情形，不计其他情形）0000000', '（区分处理的只计这一情形不计其他情形）0000000');
    expect(requestsProblems(text)).toEqual([]);
    const row = readRunTogetherTables(text).tables[0]?.rows.find((r) => r[0]?.text === '（二）部分公开');
    expect(row?.map((c) => c.text)).toEqual(['（二）部分公开', '0', '0', '0', '0', '0', '0', '0']);
  });

  it('should say a row the arithmetic chose and the columns set aside is unread, with the split set aside', () => {
    // seed 003's （七）总计 2242|84|2|0|1|8|2337 with 科研机构 misprinted 7: 22|42|84|7|0|182|337 adds up to its
    // 总计 (22 + 42 + 84 + 7 + 0 + 182 = 337) but breaks T3-A in nearly every column (distrust-by-columns.test.ts)
    const SEED_003 = readFileSync(path.join(import.meta.dirname, '../../../fixtures/crawler/seed-003.txt'), 'utf8');
    const text = SEED_003.replace('（七）总计22428420182337', '（七）总计22428470182337');
    expect(text).not.toBe(SEED_003);
    const rows = requestsProblems(text).flatMap((p) => (p.detail?.code === 'run-together' ? p.detail.rows : []));
    expect(rows).toContainEqual({ why: 'distrusted', label: '（七）总计', run: '22428470182337', split: ['22', '42', '84', '7', '0', '182', '337'] });
  });

  it('should say when no split of a row too long to list lets it add up (a large 总计 row whose total is misprinted)', () => {
    // （七）总计 as a large agency prints it, 1523 4 12 3 124 527 whose total 2193 is printed 2023
    const problems = requestsProblems(edit('（七）总计5100006', '（七）总计152341231245272023'));
    expect(problems).toHaveLength(1);
    const [reading] = problems[0]?.readings ?? [];
    expect(reading).toMatchObject({ options: null, printed: '152341231245272023' });
    expect(reading?.unbalanced?.sums).toEqual([{ of: [0, 1, 2, 3, 4, 5], total: 6 }]);
    expect(reading?.unbalanced?.samples).toHaveLength(6);
    expect(reading?.unbalanced?.samples[0]).toEqual([1, 5, 2, 3, 41, 231245, 272023]);
  });
});
