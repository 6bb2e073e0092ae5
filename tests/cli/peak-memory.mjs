// Loaded with `node --import` before the CLI in a test: prints the process's peak resident memory
// (worker threads included) on exit, so a test can bound what a run of hostile inputs costs.
process.on('exit', () => process.stderr.write(`peak-rss-kb=${process.resourceUsage().maxRSS}\n`));
