/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { attachmentLinks } from '../../../lib/detect/attachment-links';

describe('attachmentLinks', () => {
  it('should list PDF/Word/WPS links once each, absolute, and tell which name a report', () => {
    const doc = new DOMParser().parseFromString(
      `<p><a href="http://www.hongze.gov.cn/art/2024/1/19/nb.pdf">洪泽区人民政府2023年政府信息公开工作年度报告.pdf</a>
       <a href="http://www.hongze.gov.cn/art/2024/1/19/nb.pdf">下载</a> <a href="http://www.hongze.gov.cn/files/g.docx?id=3">政府信息公开指南</a> <a href="http://www.hongze.gov.cn/art/2024/1/19/a.wps">2023年年报（WPS版）</a>
       <a href="list.html">更多</a> <a href="x.pdfx">not an attachment</a></p>`,
      'text/html',
    );
    expect(attachmentLinks(doc)).toEqual([
      { href: 'http://www.hongze.gov.cn/art/2024/1/19/nb.pdf', text: '洪泽区人民政府2023年政府信息公开工作年度报告.pdf', named: true },
      { href: 'http://www.hongze.gov.cn/files/g.docx?id=3', text: '政府信息公开指南', named: false },
      { href: 'http://www.hongze.gov.cn/art/2024/1/19/a.wps', text: '2023年年报（WPS版）', named: true },
    ]);
  });
});

describe('attachmentLinks on a hostile page', () => {
  it('should offer web addresses only, never a javascript: or data: link dressed as a PDF', () => {
    const doc = new DOMParser().parseFromString(
      '<a href="javascript:alert(1)//nb.pdf">某局2023年政府信息公开工作年度报告.pdf</a><a href="data:text/html,x.pdf">年报.pdf</a><a href="https://a.gov.cn/nb.pdf">年报.pdf</a>',
      'text/html',
    );
    expect(attachmentLinks(doc).map((l) => l.href)).toEqual(['https://a.gov.cn/nb.pdf']);
  });
});
