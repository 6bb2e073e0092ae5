import { describe, expect, it } from 'vitest';
import { binaryFormat } from '../../../lib/detect/binary-format';

const ascii = (s: string) => new TextEncoder().encode(s);

describe('binaryFormat', () => {
  it.each([
    [ascii('%PDF-1.7\n…'), 'report.bin', null, 'PDF'],
    [Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1), 'report.doc', null, 'Word'],
    [Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14), 'report.docx', null, 'Word'],
    [Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14), 'bundle', null, 'ZIP'],
    [ascii('whatever'), 'http://x.gov.cn/download?id=1', 'application/pdf', 'PDF'],
    [ascii('whatever'), 'report.pdf', null, 'PDF'],
    [Uint8Array.of(0x41, 0x00, 0x42), 'data', null, 'binary'],
  ] as const)('should recognise %s named %s (%s) as %s', (bytes, name, type, expected) => {
    expect(binaryFormat(bytes, name, type)).toBe(expected);
  });

  it.each([
    [ascii('<html><body>政府</body></html>'), 'page.html', 'text/html; charset=utf-8'],
    [ascii('北京市2023年政府信息公开工作年度报告'), 'report.txt', null],
    [Uint8Array.of(0xff, 0xfe, 0x3f, 0x65, 0x9c, 0x5e, 0x00, 0x00), 'utf16.txt', null],
  ])('should let %s named %s through as text', (bytes, name, type) => {
    expect(binaryFormat(bytes, name, type)).toBeNull();
  });
});
