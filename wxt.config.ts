import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readdirSync } from 'node:fs';
import path from 'node:path';

// pdf.js's CJK character maps: PDFs whose Chinese fonts use predefined CMaps (UniGB-UCS2-H …) cannot
// be read without them. Only the simplified-Chinese (GB) maps are shipped (the full set is 1.7 MB);
// they are loaded by the viewer and batch pages alone.
const CMAPS = path.resolve(import.meta.dirname, 'node_modules/pdfjs-dist/cmaps');

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

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  // dist/ is the CLI bundle (npm run build:cli): build output, not a source of the extension
  zip: { excludeSources: ['dist/**'] },
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
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'xxgk-audit@example.org', strict_min_version: '115.0' } } } : {}),
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const name of readdirSync(CMAPS).filter((n) => /GB/.test(n))) files.push({ absoluteSrc: path.join(CMAPS, name), relativeDest: `cmaps/${name}` });
    },
  },
  vite: () => ({ plugins: [preact(), quietContentScript] }),
});
