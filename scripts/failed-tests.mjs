#!/usr/bin/env node
// Names every failed test of vitest JSON reports, with the first lines of its error, on standard output.
// .ci/run prints it just before its last line: CI shows only the tail of the log, and stop 30's run ended
// "3719 passed, 1 failed" with the failure itself scrolled out of that tail.
// Usage: node scripts/failed-tests.mjs report.json [report.json ...] (a missing or unreadable report is said so).
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The first lines of an error, without vitest's ANSI colours. */
const head = (message, lines = 8) =>
  message
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape that starts an ANSI colour code
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .slice(0, lines)
    .map((line) => `    ${line}`)
    .join('\n');

for (const file of process.argv.slice(2)) {
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    console.log(`failed tests: ${file} could not be read (${err.message})`);
    continue;
  }
  for (const result of report.testResults ?? []) {
    const where = path.relative(process.cwd(), result.name);
    const failed = (result.assertionResults ?? []).filter((a) => a.status === 'failed');
    for (const test of failed) console.log(`FAILED ${where} > ${test.fullName}\n${head((test.failureMessages ?? []).join('\n'))}`);
    // a file that failed outside its tests (a hook, an import) has no failed test to name
    if (result.status === 'failed' && failed.length === 0) console.log(`FAILED ${where} (the file)\n${head(result.message ?? '')}`);
  }
}
