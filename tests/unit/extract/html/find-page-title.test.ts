import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../../cli/parse-html';
import { readHtml } from '../../../../lib/extract/html/read-html';

const title = (html: string) => readHtml(parseHtml(html)).title;

describe('the title of a page (findPageTitle)', () => {
  it('should take the first centred bold line of a CMS article saved without its page (issue 8)', () => {
    const html =
      "<p style='text-align:center;font-weight:bold'>2019年上海市人民政府办公厅政府信息公开工作年度报告</p><p style='text-align: center'>发布日期：2020-01-31</p><p>一、总体情况</p>";
    expect(title(html)).toBe('2019年上海市人民政府办公厅政府信息公开工作年度报告');
  });

  it('should prefer ArticleTitle and headings, and read h3 titles with a line break inside', () => {
    expect(
      title('<html><head><meta name="ArticleTitle" content="某局2023年政府信息公开工作年度报告"><title>首页</title></head><body><h1>新闻</h1></body></html>'),
    ).toBe('某局2023年政府信息公开工作年度报告');
    expect(title('<body><div class="nav"><a href="/">首页</a></div><h3>2024 年上海市科委政府信息公开工作<br>年度报告</h3></body>')).toBe(
      '2024 年上海市科委政府信息公开工作年度报告',
    );
  });

  it('should not take a sidebar link to another report for this page’s title', () => {
    const html =
      '<body><ul class="side"><li><a href="/a.html">某局2022年政府信息公开工作年度报告</a></li></ul><div><p align="center"><strong>某局2023年政府信息公开工作年度报告</strong></p></div></body>';
    expect(title(html)).toBe('某局2023年政府信息公开工作年度报告');
  });

  it('should fall back to <title> and then to any heading, as printed', () => {
    expect(title('<html><head><title>某局2023年政府信息公开工作年度报告_某市政府网</title></head><body><p>正文</p></body></html>')).toBe(
      '某局2023年政府信息公开工作年度报告_某市政府网',
    );
    expect(title('<html><head><title>通知公告</title></head><body><h1>关于开展检查的通知</h1></body></html>')).toBe('关于开展检查的通知');
  });
});
