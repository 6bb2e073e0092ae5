import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { nextPageUrl } from '../../../lib/batch/next-page';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

describe('nextPageUrl', () => {
  it('should follow the 下一页 link of the generated list page, and stop on its last page', () => {
    const dir = path.join(import.meta.dirname, '../../fixtures/batch/zfxxgknb');
    expect(nextPageUrl(parse(readFileSync(path.join(dir, 'index.html'), 'utf8')), 'http://www.bjtzh.gov.cn/zfxxgknb/index.html')).toBe(
      'http://www.bjtzh.gov.cn/zfxxgknb/index_1.html',
    );
    expect(nextPageUrl(parse(readFileSync(path.join(dir, 'index_1.html'), 'utf8')), 'http://www.bjtzh.gov.cn/zfxxgknb/index_1.html')).toBeNull();
  });

  it.each([
    ['<script>createPageHTML(5, 0, "index", "shtml");</script>', 'http://a.gov.cn/nb/index.html', 'http://a.gov.cn/nb/index_1.shtml'],
    ['<script>createPageHTML(5, 3, "index", "html");</script>', 'http://a.gov.cn/nb/index_3.html', 'http://a.gov.cn/nb/index_4.html'],
    ['<script>createPageHTML(5, 4, "index", "html");</script>', 'http://a.gov.cn/nb/index_4.html', null],
    ['<a href="?page=2">下一页</a>', 'https://b.gov.cn/list?page=1', 'https://b.gov.cn/list?page=2'],
    ['<a href="javascript:void(0)">下一页</a>', 'https://b.gov.cn/list', null],
    ['<a href="list.html">下一页</a>', 'https://b.gov.cn/list.html', null],
    ['<a href="/other.html">更多</a>', 'https://b.gov.cn/list.html', null],
  ])('should read %s on %s as %s', (html, url, next) => {
    expect(nextPageUrl(parse(`<html><body>${html}</body></html>`), url)).toBe(next);
  });
});
