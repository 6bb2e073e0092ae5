import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  manifest: {
    name: 'xxgk-audit 年报核查',
    description: '核查政府信息公开工作年度报告的表格勾稽关系',
    // activeTab + scripting: check any page on demand from the popup; storage: the user's extra hosts.
    // Extra portals are optional host permissions, asked for one by one on the options page.
    permissions: ['activeTab', 'scripting', 'storage'],
    optional_host_permissions: ['*://*/*'],
  },
  vite: () => ({ plugins: [preact()] }),
});
