import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { listLinks, parsePastedLinks, reportLinkYear } from '../../../lib/batch/list-links';

const LIST = path.join(import.meta.dirname, '../../fixtures/batch/zfxxgknb/index.html');
const PAGE_URL = 'http://www.bjtzh.gov.cn/zfxxgknb/index.html';
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

describe('listLinks on the 年报栏目 list page (tests/fixtures/batch/zfxxgknb/index.html)', () => {
  const links = listLinks(parse(readFileSync(LIST, 'utf8')), PAGE_URL);

  it('should find the 24 report links, absolute, in page order, the hot-box duplicate of trs-002 counted once', () => {
    expect(links).toHaveLength(24);
    expect(links[0]).toEqual({
      url: 'http://www.bjtzh.gov.cn/trs-002.html',
      text: '北京市密云区商务局2023年政府信息公开年度报告',
      year: 2023,
      attachment: false,
    });
    expect(links.map((l) => l.url.replace('http://www.bjtzh.gov.cn/', ''))).toEqual([
      'trs-002.html',
      'trs-000.html',
      'trs-001.html',
      'trs-003.html',
      'trs-004.html',
      ...['000', '001', '002', '003', '004'].map((s) => `word-${s}.html`),
      ...['000', '001', '002', '003', '004'].map((s) => `flat-${s}.html`),
      'half-table.html',
      'format2019-illustrative.html',
      'images-only.html',
      'not-report.html',
      'gbk-002.html',
      'files/nb2023.pdf',
      '002.pdf',
      'seed-000.docx',
      'zfxxgknb/202201/t20220120_404.html',
    ]);
  });

  it('should take the title attribute when the portal cut the link text short', () => {
    const cut = links.find((l) => l.url.endsWith('/trs-003.html'))!;
    expect(cut.text).toBe('北京市通州区2024年政府信息公开工作年度报告');
    expect(cut.year).toBe(2024);
  });

  it('should skip 法治政府建设, 预决算, 解读 and 统计公报 links, navigation, pagination and mailto', () => {
    const urls = links.map((l) => l.url).join(' ');
    for (const skipped of ['fzzf', 'yjs', '/jd/', 'tjgb', 'fzzfjs', 'index_1', 'mailto', 'javascript', '/zwgk/']) expect(urls).not.toContain(skipped);
  });

  it('should mark attachments and read years from the link text', () => {
    expect(links.filter((l) => l.attachment).map((l) => l.url)).toEqual([
      'http://www.bjtzh.gov.cn/files/nb2023.pdf',
      'http://www.bjtzh.gov.cn/002.pdf',
      'http://www.bjtzh.gov.cn/seed-000.docx',
    ]);
    expect(links.find((l) => l.url.includes('format2019'))!.year).toBe(2019);
    expect(links.find((l) => l.url.endsWith('404.html'))!.year).toBe(2021);
  });

  it('should honour <base href> and ignore links without a report title', () => {
    const doc = parse(
      '<html><head><base href="https://www.sh.gov.cn/nb/"></head><body><a href="t1.html">2023年上海市政府信息公开工作年度报告</a><a href="t2.html">更多</a><a href="x.docx">关于2022年度政府信息公开情况的报告</a></body></html>',
    );
    expect(listLinks(doc, 'https://www.sh.gov.cn/other/')).toEqual([
      { url: 'https://www.sh.gov.cn/nb/t1.html', text: '2023年上海市政府信息公开工作年度报告', year: 2023, attachment: false },
      { url: 'https://www.sh.gov.cn/nb/x.docx', text: '关于2022年度政府信息公开情况的报告', year: 2022, attachment: true },
    ]);
  });
});

describe('reportLinkYear (report-format.md §7.1 titles, §7.5 negatives)', () => {
  it.each([
    ['北京市通州区国资委2023年政府信息公开工作年度报告', 2023],
    ['2023 年政府信息公开 工作年度报告', 2023],
    ['孝昌县2024政府信息公开工作年度报告', 2024],
    ['某县2023年度政府信息公开年度报告（图片版）', 2023],
    ['北京市通州区人民政府2023年法治政府建设年度报告', null],
    ['《某局2023年政府信息公开工作年度报告》解读', null],
    ['某局2024年部门预算', null],
    ['更多>>', null],
  ])('%s → %s', (text, year) => expect(reportLinkYear(text)).toBe(year));
});

describe('parsePastedLinks', () => {
  it('should read one link per line, with the title beside it, from a spreadsheet column or free text', () => {
    const text = [
      '北京市通州区国资委2023年政府信息公开工作年度报告\thttp://www.bjtzh.gov.cn/zfxxgknb/202401/t20240115_1.html',
      'https://www.bjmy.gov.cn/art/2024/1/20/art_123_456.html',
      '见 https://a.gov.cn/1.html 和 https://a.gov.cn/2.html。',
      'http://www.bjtzh.gov.cn/zfxxgknb/202401/t20240115_1.html#frag',
      '',
      '不是链接的一行',
    ].join('\n');
    expect(parsePastedLinks(text)).toEqual([
      {
        url: 'http://www.bjtzh.gov.cn/zfxxgknb/202401/t20240115_1.html',
        text: '北京市通州区国资委2023年政府信息公开工作年度报告',
        year: 2023,
        attachment: false,
      },
      { url: 'https://www.bjmy.gov.cn/art/2024/1/20/art_123_456.html', text: '', year: null, attachment: false },
      { url: 'https://a.gov.cn/1.html', text: '', year: null, attachment: false },
      { url: 'https://a.gov.cn/2.html', text: '', year: null, attachment: false },
    ]);
  });

  it('should resolve relative paths against a base and keep only http(s)', () => {
    expect(
      parsePastedLinks('/zfxxgknb/t1.html\n./nb/2023.pdf 某局2023年政府信息公开工作年度报告\nftp://x.gov.cn/a.html', 'http://www.x.gov.cn/list/').map((l) => [
        l.url,
        l.attachment,
      ]),
    ).toEqual([
      ['http://www.x.gov.cn/zfxxgknb/t1.html', false],
      ['http://www.x.gov.cn/list/nb/2023.pdf', true],
    ]);
  });
});
