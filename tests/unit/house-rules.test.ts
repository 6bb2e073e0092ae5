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
    expect(src).not.toMatch(/(?<![.\w])(document|window|location|navigator|chrome|browser)\s*\./);
  });

  it('imports browser only from wxt/browser', () => {
    const offenders = [...files(path.join(ROOT, 'entrypoints')), ...files(path.join(ROOT, 'lib'))].filter((f) => /from ['"]webextension-polyfill['"]/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
