import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pngSize, STORE_IMAGE_SIZES, type StoreImage } from '../../../scripts/store-image-sizes';

/**
 * The committed store listing (assets/store/): every image at the exact size its store slot requires, the
 * slots each language needs filled, and the listing text agreeing with the package, within the limits.
 * The images themselves are made by scripts/store-assets.ts (npm run store-assets); the e2e test
 * tests/e2e/store-assets.test.ts makes them again and checks the fresh ones the same way.
 */
const ROOT = path.join(import.meta.dirname, '../../..');
const STORE = path.join(ROOT, 'assets/store');
const images = JSON.parse(readFileSync(path.join(STORE, 'images.json'), 'utf8')) as { kind: StoreImage; file: string }[];

const pngsUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pngsUnder(path.join(dir, e.name)) : e.name.endsWith('.png') ? [path.relative(STORE, path.join(dir, e.name))] : [],
  );

/** The text under each `## heading` of a listing file, by heading; a heading the file lacks fails the test. */
function sections(file: string): (heading: string) => string {
  const text = readFileSync(path.join(STORE, file), 'utf8');
  const found = new Map(
    text
      .split(/^## /m)
      .slice(1)
      .map((part) => {
        const [heading = '', ...body] = part.split('\n');
        return [heading.trim(), body.join('\n').trim()];
      }),
  );
  return (heading) => {
    const body = found.get(heading);
    if (body === undefined) throw new Error(`${file} has no "## ${heading}"`);
    return body;
  };
}

const messages = (locale: string) =>
  JSON.parse(readFileSync(path.join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

describe('the committed store images', () => {
  it('should each have the exact size the stores require for its slot', () => {
    expect(images.length).toBeGreaterThan(0);
    for (const { kind, file } of images) {
      const [width, height] = STORE_IMAGE_SIZES[kind];
      expect(pngSize(readFileSync(path.join(STORE, file))), file).toEqual({ width, height });
    }
  });

  it('should be exactly the images listed, none left over from an older run', () => {
    expect(pngsUnder(STORE).sort()).toEqual(images.map((i) => i.file).sort());
  });

  it.each(['zh', 'en'])('should fill every slot for %s: at least 3 screenshots, the small promo tile and the marquee', (lang) => {
    const of = (kind: StoreImage) => images.filter((i) => i.kind === kind && i.file.startsWith(`${lang}/`)).length;
    expect(of('screenshot')).toBeGreaterThanOrEqual(3);
    expect(of('screenshot')).toBeLessThanOrEqual(5); // the Chrome Web Store takes 5 at most
    expect(of('smallTile')).toBe(1);
    expect(of('marquee')).toBe(1);
  });

  it("should have the store icon be the package's own 128 px icon (96 px of artwork, 16 px padding)", () => {
    const icon = images.find((i) => i.kind === 'icon');
    expect(icon).toBeDefined();
    const packaged = readFileSync(path.join(ROOT, 'public/icon/128.png'));
    expect(pngSize(packaged)).toEqual({ width: 128, height: 128 });
    expect(readFileSync(path.join(STORE, icon!.file)).equals(packaged)).toBe(true);
    expect(images.filter((i) => i.kind === 'edgeLogo')).toHaveLength(1);
  });

  it('should read a PNG size from the header and refuse what is not a PNG', () => {
    const header = Buffer.from('89504e470d0a1a0a0000000d49484452000005000000032008060000', 'hex');
    expect(pngSize(header)).toEqual({ width: 1280, height: 800 });
    expect(pngSize(Buffer.from('GIF89a not a png at all....'))).toBeNull();
  });
});

describe('the listing text', () => {
  it.each([
    ['zh', 'listing-zh.md', 'zh_CN'],
    ['en', 'listing-en.md', 'en'],
  ])('should give the %s name and short description the package gives, within the stores limits', (_lang, file, locale) => {
    const s = sections(file);
    const m = messages(locale);
    // the Chrome Web Store and Edge take both from the manifest; they cannot differ from it
    expect(s('Name')).toBe(m.extName?.message);
    expect(s('Short description')).toBe(m.extDescription?.message);
    expect([...s('Name')].length).toBeLessThanOrEqual(50); // AMO's limit (the Chrome Web Store's is 75)
    expect([...s('Short description')].length).toBeLessThanOrEqual(132); // the Chrome Web Store's manifest description
    expect([...s('Summary')].length).toBeLessThanOrEqual(250); // AMO's summary
    expect(s('Detailed description').length).toBeGreaterThan(500);
    expect([...s('Detailed description')].length).toBeLessThan(10_000); // Edge (the Chrome Web Store allows 16,000)
    expect(s('Category')).toMatch(/Chrome[^\n]+\n[^\n]*Edge[^\n]+\n[^\n]*Firefox/);
  });
});
