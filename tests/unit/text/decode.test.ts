import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeHtml, decodeText, normalizeCharset, sniffMetaCharset } from '../../../lib/text/decode';

// Node cannot encode GBK and iconv-lite is not installed: these GBK bytes are hard-coded from the
// GB2312 code chart (政 D5FE, 府 B8AE, 报 B1A8, 告 B8E6).
const ZHENGFU_GBK = [0xd5, 0xfe, 0xb8, 0xae];
const BAOGAO_GBK = [0xb1, 0xa8, 0xb8, 0xe6];
const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const bytes = (...parts: (string | number[])[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? ascii(p) : p)));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('normalizeCharset', () => {
  it.each([
    ['GB2312', 'gb18030'],
    ['gbk', 'gb18030'],
    ['x-gbk', 'gb18030'],
    ['"gb2312"', 'gb18030'],
    ['UTF8', 'utf-8'],
    ['utf-8', 'utf-8'],
    ['big5', 'big5'],
    ['x-no-such-charset', null],
  ])('should map %s to %s', (label, expected) => {
    expect(normalizeCharset(label)).toBe(expected);
  });
});

describe('charsetFromContentType', () => {
  it.each([
    ['text/html; charset=GBK', 'GBK'],
    ['text/html;charset="gb2312"', 'gb2312'],
    ['text/html', null],
    [null, null],
  ])('should read %s as %s', (header, expected) => {
    expect(charsetFromContentType(header)).toBe(expected);
  });
});

describe('sniffMetaCharset', () => {
  it.each([
    ['<meta charset="gb2312">', 'gb2312'],
    ["<META CHARSET='GBK'/>", 'GBK'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', 'gb2312'],
    ['<meta content="text/html;charset=utf-8" http-equiv="content-type" />', 'utf-8'],
    ['<meta name="ArticleTitle" content="x"><p>charset=gbk</p>', null],
  ])('should find the charset of %s', (html, expected) => {
    expect(sniffMetaCharset(bytes(html))).toBe(expected);
  });
});

describe('decodeText', () => {
  it('should read valid UTF-8 as UTF-8', () => {
    expect(decodeText(utf8('政府报告'))).toEqual({ text: '政府报告', charset: 'utf-8', from: 'default' });
  });

  it('should fall back to gb18030 when the bytes are not UTF-8', () => {
    expect(decodeText(bytes(ZHENGFU_GBK, BAOGAO_GBK))).toEqual({ text: '政府报告', charset: 'gb18030', from: 'fallback' });
  });

  it('should strip a UTF-8 byte-order mark', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], Array.from(utf8('政府'))))).toEqual({ text: '政府', charset: 'utf-8', from: 'bom' });
  });

  it('should read UTF-16LE with its byte-order mark', () => {
    expect(decodeText(bytes([0xff, 0xfe, 0x3f, 0x65, 0x9c, 0x5e])).text).toBe('政府');
  });

  it('should let the bytes decide when a server labels a GBK .txt as utf-8', () => {
    expect(decodeText(bytes(ZHENGFU_GBK), 'utf-8')).toEqual({ text: '政府', charset: 'gb18030', from: 'fallback' });
  });
});

describe('decodeHtml', () => {
  it('should honour <meta charset="gb2312"> and decode GBK bytes', () => {
    expect(decodeHtml(bytes('<meta charset="gb2312"><title>', ZHENGFU_GBK, '</title>'))).toEqual({
      text: '<meta charset="gb2312"><title>政府</title>',
      charset: 'gb18030',
      from: 'meta',
    });
  });

  it('should honour the http-equiv Content-Type form', () => {
    const page = bytes('<head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><p>', BAOGAO_GBK);
    expect(decodeHtml(page)).toMatchObject({ text: expect.stringMatching(/<p>报告$/), from: 'meta' });
  });

  it('should prefer the Content-Type header over the meta tag', () => {
    expect(decodeHtml(bytes('<meta charset="gb2312">', Array.from(utf8('政府'))), 'utf-8')).toEqual({
      text: '<meta charset="gb2312">政府',
      charset: 'utf-8',
      from: 'header',
    });
  });

  it('should prefer the byte-order mark over everything', () => {
    expect(decodeHtml(bytes([0xef, 0xbb, 0xbf], '<meta charset="gbk">', Array.from(utf8('府'))), 'gbk')).toEqual({
      text: '<meta charset="gbk">府',
      charset: 'utf-8',
      from: 'bom',
    });
  });

  it('should default to UTF-8 when nothing is declared', () => {
    expect(decodeHtml(utf8('<p>政府</p>'))).toEqual({ text: '<p>政府</p>', charset: 'utf-8', from: 'default' });
  });

  it('should read an undeclared page that is not UTF-8 as gb18030', () => {
    expect(decodeHtml(bytes('<p>', ZHENGFU_GBK, '</p>'))).toEqual({ text: '<p>政府</p>', charset: 'gb18030', from: 'fallback' });
  });

  it('should ignore an unknown declared charset and fall back', () => {
    expect(decodeHtml(bytes('<meta charset="x-klingon"><p>', ZHENGFU_GBK))).toMatchObject({ text: '<meta charset="x-klingon"><p>政府', from: 'fallback' });
  });
});
