import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

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
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'xxgk-audit@example.org', strict_min_version: '115.0' } } } : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
});
