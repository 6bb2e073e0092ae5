/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Privacy } from '../../entrypoints/privacy/Privacy';
import { PRIVACY } from '../../entrypoints/privacy/privacy-text';
import { reviewStorageKey } from '../../lib/review/review';
import { saveReview } from '../../utils/reviews';

const README = readFileSync(path.join(import.meta.dirname, '../../README.md'), 'utf8');

/** The README's text with whitespace and Markdown emphasis removed, so wrapped lines compare as one. */
const flat = (s: string) => s.replace(/[`*]/g, '').replace(/\s+/g, '');

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the privacy policy', () => {
  it.each(['zh', 'en'] as const)('should be quoted word for word in the README (%s)', (lang) => {
    const start = README.indexOf('## Privacy policy');
    expect(start).toBeGreaterThan(0);
    const section = flat(README.slice(start, README.indexOf('\n## ', start + 1)));
    const policy = PRIVACY[lang];
    for (const text of [policy.title, ...policy.sections.flatMap((s) => [s.heading, ...s.paragraphs])]) expect(section).toContain(flat(text));
  });

  it('should say the same things in both languages: the same sections, each with as many paragraphs', () => {
    const shape = (lang: 'zh' | 'en') => PRIVACY[lang].sections.map((s) => [s.id, s.paragraphs.length]);
    expect(shape('en')).toEqual(shape('zh'));
  });

  it('should delete every decision and keep the settings when Delete all decisions is confirmed', async () => {
    await saveReview('https://www.a.gov.cn/1.html', 'h1', 't3-outcome-total#0', { status: 'dismissed', note: '笔误', at: '2026-12-01T00:00:00.000Z' });
    await saveReview('https://www.b.gov.cn/2.html', 'h2', 't4-total#1', { status: 'confirmed', note: '', at: '2026-12-01T00:00:00.000Z' });
    await fakeBrowser.storage.local.set({ userHosts: ['www.example.org'] });
    vi.stubGlobal('confirm', () => true);
    render(<Privacy lang="zh" policy={PRIVACY.zh} />);
    expect(await screen.findByText('目前保存了 2 份报告的审核决定。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '删除全部审核决定' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('已删除 2 份报告的审核决定。'));
    const left = await fakeBrowser.storage.local.get(null);
    expect(left).toEqual({ userHosts: ['www.example.org'] });
    expect(left[reviewStorageKey('https://www.a.gov.cn/1.html', 'h1')]).toBeUndefined();
    expect((screen.getByRole('button', { name: '删除全部审核决定' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('should delete nothing when the question is answered no', async () => {
    await saveReview('https://www.a.gov.cn/1.html', 'h1', 't3-outcome-total#0', { status: 'dismissed', note: '', at: '2026-12-01T00:00:00.000Z' });
    vi.stubGlobal('confirm', () => false);
    render(<Privacy lang="en" policy={PRIVACY.en} />);
    expect(await screen.findByText('Decisions are kept on 1 report.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete all decisions' }));
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual([reviewStorageKey('https://www.a.gov.cn/1.html', 'h1')]);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('should link the contact address', () => {
    render(<Privacy lang="en" policy={PRIVACY.en} />);
    expect(screen.getByRole('link', { name: 'https://github.com/xxgk-audit/xxgk-audit/issues' }).getAttribute('href')).toBe(
      'https://github.com/xxgk-audit/xxgk-audit/issues',
    );
  });
});
