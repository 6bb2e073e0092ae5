import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { checkHtml, checkText } from '../../../lib/pipeline';
import { reportHash, sha256Hex } from '../../../lib/text/content-hash';
import { seedText } from '../../helpers/seeds';

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('should hash %j to the FIPS 180-2 value', (text, hex) => {
    expect(sha256Hex(text)).toBe(hex);
    expect(sha256Hex(new TextEncoder().encode(text))).toBe(hex);
  });
});

describe('reportHash', () => {
  const html = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/pages/trs-002.html'), 'utf8');
  const hashOf = (text: string) => {
    const r = checkHtml(parseHTML(text).document, 'trs-002.html');
    return reportHash(r.report, r.extraction.lines);
  };

  it('should not change when only the page chrome changes (footer, visit counter)', () => {
    const chrome = html.replace(/网站标识码[^<]*/, '网站标识码 1100000099 访问量 123456');
    expect(chrome).not.toBe(html);
    expect(hashOf(chrome)).toBe(hashOf(html));
  });

  it('should change when a figure or a sentence of the report changes', () => {
    const figure = checkText(seedText('002'), 'a');
    const changed = structuredClone(figure.report);
    changed.tables.requests!.newReceived!.natural!.raw = '8';
    expect(reportHash(changed, figure.extraction.lines)).not.toBe(reportHash(figure.report, figure.extraction.lines));
    expect(hashOf(html.replace('区商务局高度重视', '区商务局十分重视'))).not.toBe(hashOf(html));
  });
});
