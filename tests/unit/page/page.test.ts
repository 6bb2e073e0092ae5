/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingElements } from '../../../lib/page/cell-elements';
import { createOverlay } from '../../../lib/page/overlay';
import { checkHtml } from '../../../lib/pipeline';
import { normalizeHost } from '../../../lib/user-hosts';

const page = () => new DOMParser().parseFromString(readFileSync(path.join(__dirname, '../../fixtures/pages/trs-002.html'), 'utf8'), 'text/html');

describe('findingElements', () => {
  it('should give the stated cell and its 21 addends as the page’s own <td> elements', () => {
    const doc = page();
    const result = checkHtml(doc, 'x');
    const f = result.findings.find((x) => x.rule === 't3-outcome-total')!;
    const els = findingElements(result, f);
    expect(els.stated.map((e) => e.textContent?.replace(/\s/g, ''))).toEqual(['10']);
    expect(els.addends).toHaveLength(21);
    expect(els.missing).toEqual([]);
    expect(els.addends.every((e) => e.ownerDocument === doc && e.tagName === 'TD')).toBe(true);
  });
});

describe('createOverlay', () => {
  it('should draw in a shadow root without touching the page, and remove itself completely', () => {
    const doc = page();
    const result = checkHtml(doc, 'x');
    const before = doc.body.innerHTML;
    const els = findingElements(result, result.findings[0]!);
    const overlay = createOverlay(doc);
    overlay.show({ ...els, heading: '错误', message: '表三·自然人列：…', tags: { stated: '报告数', addend: '加数', close: '关闭' } });
    const host = doc.querySelector('xxgk-audit-overlay')!;
    expect(host.shadowRoot!.querySelectorAll('.box.stated')).toHaveLength(2);
    expect(host.shadowRoot!.querySelectorAll('.box.addend')).toHaveLength(2);
    expect(host.shadowRoot!.querySelector('[role=tooltip]')!.textContent).toContain('表三·自然人列');
    overlay.clear();
    expect(doc.body.innerHTML).toBe(before);
  });

  it('should outline an addend that prints no figure without tagging it 加数 (blank-columns.html, a row total)', () => {
    const doc = new DOMParser().parseFromString(readFileSync(path.join(__dirname, '../../fixtures/pages/blank-columns.html'), 'utf8'), 'text/html');
    const result = checkHtml(doc, 'x');
    const f = result.findings.find((x) => x.rule === 't3-row-total' && x.stated[0] === 'requests.newReceived.total')!;
    createOverlay(doc).show({ ...findingElements(result, f), heading: '提示', message: '…', tags: { stated: '报告数', addend: '加数', close: '关闭' } });
    const boxes = [...doc.querySelector('xxgk-audit-overlay')!.shadowRoot!.querySelectorAll('.box.addend')];
    expect(boxes).toHaveLength(6);
    // 自然人 5 and 商业企业 1 are tagged; the four blank 法人 columns are outlined only
    expect(boxes.map((b) => b.querySelector('.tag')?.textContent ?? null)).toEqual(['加数', '加数', null, null, null, null]);
  });

  it('should remove the outline when Escape is pressed in the page, and stop listening after', () => {
    const doc = page();
    const result = checkHtml(doc, 'x');
    const overlay = createOverlay(doc);
    overlay.show({ ...findingElements(result, result.findings[0]!), heading: '错误', message: '…', tags: { stated: '报告数', addend: '加数', close: '关闭' } });
    doc.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(doc.querySelectorAll('xxgk-audit-overlay')).toHaveLength(1);
    doc.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(doc.querySelectorAll('xxgk-audit-overlay')).toHaveLength(0);
  });
});

describe('normalizeHost', () => {
  it.each([
    ['https://www.Example.org/a/b?c', 'www.example.org'],
    ['portal.example.cn:8080', 'portal.example.cn'],
    ['  gov.example.com ', 'gov.example.com'],
    ['not a host', null],
    ['localhost', null],
    ['', null],
  ])('should read %j as %j', (input, host) => expect(normalizeHost(input)).toBe(host));
});
