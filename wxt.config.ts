import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  manifest: {
    name: 'xxgk-audit 年报核查',
    description: '核查政府信息公开工作年度报告的表格勾稽关系',
    permissions: ['activeTab', 'storage'],
  },
  vite: () => ({ plugins: [preact()] }),
});
