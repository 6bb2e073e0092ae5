/** @vitest-environment happy-dom */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attachmentLinks } from '../../../lib/detect/attachment-links';
import { scanPage } from '../../../lib/detect/scan-page';
import { detectFromParts, detectReport } from '../../../lib/detect/detect-report';
import { seedText } from '../../helpers/seeds';

function page(html: string, title = ''): Document {
  return new DOMParser().parseFromString(`<html><head><title>${title}</title></head><body>${html}</body></html>`, 'text/html');
}

describe('detectReport', () => {
  it('should recognise a report by its title and the template note', () => {
    const d = detectReport(
      page(
        '<table><tr><td>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td></tr></table>',
        '北京市通州区国资委2023年政府信息公开工作年度报告_北京市通州区人民政府',
      ),
    );
    expect(d).toMatchObject({ isReport: true, agency: '北京市通州区国资委', year: 2023, reasons: ['title', 'template-note'] });
  });

  it('should recognise a report with a generic page title by the template labels and section headings', () => {
    const text = seedText('000');
    const d = detectFromParts({ titles: ['信息公开'], text });
    expect(d.isReport).toBe(true);
    expect(d.format).toBe('2021');
    expect(d.reasons).toEqual(['template-note', 'template-labels', 'sections', 'boilerplate']);
  });

  it('should recognise a report published as an attachment from its title, URL and link', () => {
    const doc = page('<h1>某局2023年政府信息公开工作年度报告</h1><p>详见附件</p><a href="/u/nb2023.pdf">某局2023年政府信息公开工作年度报告.pdf</a>');
    const d = detectReport(doc, 'https://www.x.gov.cn/zfxxgknb/202401/t20240118_1.html');
    expect(d.isReport).toBe(true);
    expect(d.attachments.map((a) => a.text)).toEqual(['某局2023年政府信息公开工作年度报告.pdf']);
  });

  it.each([
    ['北京市2023年法治政府建设年度报告', '<p>一、总体情况</p><table><tr><td>项目</td><td>数量</td></tr></table>'],
    ['2024年政府工作报告', '<p>各位代表：现在，我代表市人民政府，向大会报告政府工作。</p>'],
    ['某区2023年部门决算', '<table><tr><td>收入</td><td>100</td></tr></table>'],
    ['', ''],
  ])('should not take %j for a report', (title, body) => {
    expect(detectReport(page(body, title)).isReport).toBe(false);
  });

  it('should ignore script text (a page that merely ships the labels in code is not a report)', () => {
    expect(detectReport(page('<script>var s = "本列数据的勾稽关系 未经复议直接起诉 结转下年度继续办理";</script><p>新闻</p>')).isReport).toBe(false);
  });
});

describe('detectReport on real pages: the textContent first pass decides as the exact scan would', () => {
  const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');
  const files = [
    ...readdirSync(path.join(FIXTURES, 'pages'))
      .filter((n) => n.endsWith('.html'))
      .map((n) => path.join(FIXTURES, 'pages', n)),
    ...readdirSync(path.join(FIXTURES, 'corpus/html')).map((n) => path.join(FIXTURES, 'corpus/html', n)),
  ];
  it.each(files.map((f) => [path.relative(FIXTURES, f), f]))('%s', (_, file) => {
    const doc = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
    const meta = (name: string) => doc.head?.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? null;
    const scan = scanPage(doc.body);
    const exact = detectFromParts({
      titles: [meta('ArticleTitle') ?? '', scan.h1, doc.title],
      text: scan.text,
      url: 'https://www.x.gov.cn/a.html',
      column: meta('ColumnName'),
      links: () => attachmentLinks(doc),
    });
    expect(detectReport(doc, 'https://www.x.gov.cn/a.html')).toEqual(exact);
  });
});
