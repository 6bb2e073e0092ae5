import { main } from './main';

// `xxgk-audit … | head` closes the pipe early; that is not an error worth a stack trace
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});

process.exitCode = await main(process.argv.slice(2));
