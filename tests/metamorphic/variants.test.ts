import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../lib/text/decode';
import type { Fixture } from './fixtures';
import { locateFigures } from './locate-figures';
import { textStream } from './text-stream';
import type { Truth } from './truth';
import { applyVariant } from './variants';

/** The harmless variants as written into small sources, so what each one does is on the page. */
const truth: Truth = { rows: [[10, 2, 0, 0, 0, 0, 12].map((value, i) => ({ path: `requests.newReceived.c${i}`, value }))] };
const html =
  '<html><head><meta charset="utf-8"></head><body><table><tr><td>一、本年新收政府信息公开申请数量</td><td>10</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>12</td></tr></table></body></html>';
const run = '一、本年新收政府信息公开申请数量102000012二、';
const fixture = (form: Fixture['form']): Fixture => ({ form, name: 'x', truth, consistent: true });
const vary = (form: Fixture['form'], source: string, variant: Parameters<typeof applyVariant>[3]) =>
  applyVariant(fixture(form), source, locateFigures(textStream(source, form === 'text' ? 'text' : 'markup'), truth), variant);

describe('applyVariant', () => {
  it('should pad each figure of a page, and split those of two digits', () => {
    expect(vary('html', html, 'nbsp-around')).toContain('<td>&nbsp;10&nbsp;</td><td>&nbsp;2&nbsp;</td>');
    expect(vary('html', html, 'ideographic-inside')).toContain('<td>1\u30000</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1\u30002</td>');
  });

  it('should pad a run-together row only around the whole run (a space inside it is a boundary)', () => {
    expect(vary('text', run, 'space-around')).toBe('一、本年新收政府信息公开申请数量 102000012 二、');
    expect(vary('text', run, 'space-inside')).toBeNull();
  });

  it('should write figures in full-width digits and wrap them in <span> or <font>', () => {
    expect(vary('text', run, 'fullwidth')).toBe('一、本年新收政府信息公开申请数量１０２００００１２二、');
    expect(vary('html', html, 'span')).toContain('<td><span>10</span></td>');
    expect(vary('html', html, 'font')).toContain('<td><font face="宋体" size="3">12</font></td>');
  });

  it('should encode the page as GBK, saying so, so that it decodes to the same text', () => {
    const bytes = vary('html', html, 'gbk') as Uint8Array;
    expect(bytes).toBeInstanceOf(Uint8Array);
    const decoded = decodeHtml(bytes);
    // WHATWG decodes a page labelled gbk with gb18030, its superset
    expect(decoded.charset).toBe('gb18030');
    expect(decoded.text).toBe(html.replace('<meta charset="utf-8">', '<meta charset="gbk">'));
  });

  it('should put a portal’s chrome around the body’s content, and apply no variant where the form has none', () => {
    const chromed = vary('html', html, 'chrome') as string;
    expect(chromed.indexOf('政务公开')).toBeLessThan(chromed.indexOf('<table>'));
    expect(chromed.indexOf('网站标识码')).toBeGreaterThan(chromed.indexOf('</table>'));
    expect(chromed.endsWith('</body></html>')).toBe(true);
    expect(vary('pdf', html, 'span')).toBeNull();
  });
});
