import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCrawlerHeader } from '../../../../lib/extract/text/crawler-header';
import { readCrawlerText } from '../../../../lib/extract/text/read-crawler-text';
import { readText } from '../../../../lib/extract/text/read-text';
import { CORPUS } from '../../../helpers/corpus';
import { seedText } from '../../../helpers/seeds';

/**
 * The crawler's metadata header on 平潭公安局 2024 (tests/fixtures/corpus/text/pingtan-gaj-2024.txt: eight lines,
 * `==================== 正文 ====================`, the page's text), each case one named edit of it.
 */
const GAJ = readFileSync(path.join(CORPUS, 'text/pingtan-gaj-2024.txt'), 'utf8');
const RULE = '==================== 正文 ====================';
const URL = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/dfbmptlj/ptzhsyqbm/ptzhsyqgaj/zfxxgknb/202501/t20250120_96806.htm';
const TITLE = '平潭综合实验区公安局2024年政府信息公开工作年度报告';
const edit = (from: string, to: string) => {
  if (!GAJ.includes(from)) throw new Error(`${from} not in pingtan-gaj-2024.txt`);
  return GAJ.replace(from, to);
};
const bodyOf = (text: string) => text.slice(text.indexOf(RULE) + RULE.length + 1);

describe('readCrawlerHeader', () => {
  it('should read every field the crawler wrote, its publisher too, and the text below the rule line as the body', () => {
    expect(readCrawlerHeader(GAJ)).toEqual({
      title: TITLE,
      published: '2025-01-20 17:39',
      column: '政府信息公开年报',
      url: URL,
      publisher: '区公安局',
      body: bodyOf(GAJ),
    });
  });

  it('should read a header saved with Windows line ends, or with a byte-order mark', () => {
    const crlf = GAJ.replace(/\n/g, '\r\n');
    expect(readCrawlerHeader(crlf)).toMatchObject({ title: TITLE, published: '2025-01-20 17:39', url: URL, publisher: '区公安局' });
    expect(readCrawlerHeader(`\ufeff${GAJ}`)).toMatchObject({ title: TITLE, url: URL, body: bodyOf(GAJ) });
  });

  it('should read fields written with a full-width colon and no space, or spaced around the colon', () => {
    const text = edit('标题: ', '标题：').replace('栏目: ', ' 栏目 ： ');
    expect(readCrawlerHeader(text)).toMatchObject({ title: TITLE, column: '政府信息公开年报' });
  });

  it('should keep the first value of a field written twice, and pass over one written empty', () => {
    // 链接 after 原文链接 (another page) and an empty 标题 before a 题目
    const text = edit(`原文链接: ${URL}\n`, `原文链接: ${URL}\n链接: https://www.pingtan.gov.cn/other.htm\n`).replace(
      `标题: ${TITLE}`,
      `标题: \n题目: ${TITLE}`,
    );
    expect(readCrawlerHeader(text)).toMatchObject({ title: TITLE, url: URL });
  });

  it('should read a header of one field', () => {
    const text = `标题: ${TITLE}\n${RULE}\n${bodyOf(GAJ)}`;
    expect(readCrawlerHeader(text)).toEqual({ title: TITLE, published: null, column: null, url: null, publisher: null, body: bodyOf(GAJ) });
  });

  it('should find no header where the rule line is missing, stands first, or comes after the first 40 lines', () => {
    expect(readCrawlerHeader(edit(`${RULE}\n`, ''))).toBeNull();
    expect(readCrawlerHeader(`${RULE}\n${GAJ}`)).toBeNull();
    const late = edit(`${RULE}\n`, `${'页面链接与图片详见 links.tsv(同目录)\n'.repeat(32)}${RULE}\n`);
    // the rule line is the 41st
    expect(late.split('\n').indexOf(RULE)).toBe(40);
    expect(readCrawlerHeader(late)).toBeNull();
    expect(readCrawlerHeader(edit(`${RULE}\n`, `${'页面链接与图片详见 links.tsv(同目录)\n'.repeat(31)}${RULE}\n`))).toMatchObject({ title: TITLE });
  });

  it('should find no header above a rule line when none of the lines above it is a field it knows', () => {
    // the crawler's own lines without the four fields: 文号 (empty), 本地目录, the links note
    const text = GAJ.split('\n')
      .filter((l) => !/^(标题|发布时间|发布机构|栏目|原文链接):/.test(l))
      .join('\n');
    expect(text.split('\n').indexOf(RULE)).toBe(3);
    expect(readCrawlerHeader(text)).toBeNull();
    expect(readCrawlerText(text)).toBeNull();
  });

  it.each(['====正文====', '===== 正 文 =====', '  ＝＝＝ 正文 ＝＝＝  ', '- - - 正文 - - -', '*** 正文 ***', '### 正文 ###', '——— 正文 ———', '___ 正文 ___'])(
    'should take the rule line drawn as %s',
    (rule) => {
      expect(readCrawlerHeader(edit(RULE, rule))).toMatchObject({ title: TITLE, url: URL, body: bodyOf(GAJ) });
    },
  );

  it('should read the header’s fields only, not field-like lines of the body (a page quoting another crawler’s header)', () => {
    // the whole crawled file as the body under a header of one field: its lines stay body, one per line
    const text = `标题: ${TITLE}\n${RULE}\n${GAJ}`;
    expect(readCrawlerHeader(text)).toEqual({ title: TITLE, published: null, column: null, url: null, publisher: null, body: GAJ });
  });

  it('should read a field only from a line its name starts, not from a note that names one after a word', () => {
    // the crawler's links note rewritten to name a 链接 after a space, with 原文链接 gone: no url is read from it
    const text = edit(`原文链接: ${URL}\n`, '').replace('页面链接与图片详见 links.tsv(同目录)', '页面图片详见 链接: links.tsv(同目录)');
    expect(readCrawlerHeader(text)).toMatchObject({ title: TITLE, url: null });
  });

  it('should read a field’s value without the spaces around it', () => {
    expect(readCrawlerHeader(edit(`标题: ${TITLE}`, `标题:   ${TITLE}  `))?.title).toBe(TITLE);
  });
});

/**
 * A crawler's header over flattened Word text (seed 000 as the seeds are saved: tab-led cells) and over text whose
 * cells run together (tests/fixtures/crawler/seed-000.txt).
 */
describe('readCrawlerText', () => {
  const CRAWLED = readFileSync(path.join(import.meta.dirname, '../../../fixtures/crawler/seed-000.txt'), 'utf8');
  const header = CRAWLED.slice(0, CRAWLED.indexOf('正文 ===================='));
  const headerLines = `${header}正文 ====================\n`;

  it('should read a body of tab-led lines as flattened Word text, under the header’s title and metadata', () => {
    const flat = readText(seedText('000'));
    const doc = readCrawlerText(headerLines + seedText('000'));
    expect(doc?.tables.map((t) => t.rows.length)).toEqual(flat.tables.map((t) => t.rows.length));
    expect(doc?.tables[1]?.rows[2]?.map((c) => c.text)).toEqual(flat.tables[1]?.rows[2]?.map((c) => c.text));
    expect(doc?.title).toBe('北京市通州区国资委2023年政府信息公开工作年度报告');
    expect(doc?.meta).toEqual({ published: '2024-01-15', column: '政府信息公开年报', url: null });
    // no 标题 in the header: the body's own title
    const untitled = readCrawlerText(headerLines.replace(/^标题: .*\n/, '') + seedText('000'));
    expect(untitled?.title).toBe(flat.title);
    expect(untitled?.tables).toHaveLength(flat.tables.length);
  });

  it('should read a run-together body with a tab inside a line as run-together text', () => {
    const tabbed = CRAWLED.replace('依据《中华人民共和国政府信息公开条例》', '依据\t《中华人民共和国政府信息公开条例》');
    expect(tabbed).not.toBe(CRAWLED);
    expect(readCrawlerText(tabbed)?.tables.map((t) => t.rows.length)).toEqual(readCrawlerText(CRAWLED)?.tables.map((t) => t.rows.length));
    expect(readCrawlerText(tabbed)?.problems).toEqual(readCrawlerText(CRAWLED)?.problems);
  });
});
