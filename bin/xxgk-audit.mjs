#!/usr/bin/env node
// The command's stable path, the one npm links (and npx keeps linked across rebuilds). The program itself is
// the bundle dist/xxgk-audit.mjs, built by `npm run build:cli` (run by `prepare`, so by `npm ci` and `npm pack`).
try {
  await import('../dist/xxgk-audit.mjs');
} catch (err) {
  if (err?.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('xxgk-audit.mjs')) {
    console.error('xxgk-audit: the command-line checker is not built yet: run `npm run build:cli`');
    process.exit(2);
  }
  throw err;
}
