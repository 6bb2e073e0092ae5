#!/usr/bin/env node
// Runs the TypeScript CLI (cli/main.ts) through tsx's loader, so the checker needs no build step.
import { register } from 'tsx/esm/api';

// `xxgk-audit … | head` closes the pipe early; that is not an error worth a stack trace
process.stdout.on('error', (e) => {
  if (e.code !== 'EPIPE') throw e;
});

register();
const { main } = await import(new URL('../cli/main.ts', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
