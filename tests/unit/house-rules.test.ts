import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(__dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

const strip = (src: string) => src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

describe('house rules (developers’ guide: lib/ is pure, browser only from wxt/browser)', () => {
  it.each(files(path.join(ROOT, 'lib')).map((f) => [path.relative(ROOT, f), f]))('%s is pure: no wxt, browser, Preact or page globals', (_, file) => {
    const src = strip(readFileSync(file, 'utf8'));
    expect(src).not.toMatch(/from ['"](wxt|webextension-polyfill|preact)/);
    expect(src).not.toMatch(/(?<![.\w/])(document|window|location|navigator|chrome|browser)\s*\./);
  });

  it('imports browser only from wxt/browser', () => {
    const offenders = ['entrypoints', 'lib', 'utils', 'components'].flatMap((d) => files(path.join(ROOT, d))).filter((f) => /from ['"]webextension-polyfill['"]/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('never takes over a browser page: WXT turns an entrypoint named history, newtab or bookmarks into chrome_url_overrides', () => {
    const names = readdirSync(path.join(ROOT, 'entrypoints')).map((n) => n.replace(/\.(html|tsx?)$/, ''));
    expect(names.filter((n) => ['history', 'newtab', 'bookmarks'].includes(n))).toEqual([]);
  });

  it('loads pdf.js and mammoth only in extension pages, never in the content script (they would weigh on every gov.cn page)', () => {
    const content = files(path.join(ROOT, 'entrypoints/content')).map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(content).not.toMatch(/pdfjs-dist|mammoth|read-attachment/);
  });
});
