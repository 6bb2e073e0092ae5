import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // loads wxt.config.ts: `wxt/browser` becomes fakeBrowser, auto-imports (defineContentScript…) work
  plugins: [WxtVitest()],
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['node_modules/**'],
    restoreMocks: true,
  },
});
