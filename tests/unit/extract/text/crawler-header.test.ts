import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCrawlerHeader } from '../../../../lib/extract/text/crawler-header';
import { readCrawlerText } from '../../../../lib/extract/text/read-crawler-text';
import { CORPUS } from '../../../helpers/corpus';

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
});
