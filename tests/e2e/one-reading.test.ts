import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_CLI } from '../../scripts/ensure-built-cli';
import { ROOT, askChecker, badgeOf, useExtension } from './harness';

/**
 * One reading everywhere (issue 8): every HTML fixture gives the same canonical JSON from the command-line
 * checker (parse5's tree in a linkedom DOM) and from the extension's checker in Chromium (the
 * browser's own tree). Left out: late-load.html, whose article a page script inserts after load (the
 * CLI runs no script: by design it sees the page as served).
 */
const FIXTURES = path.join(ROOT, 'tests/fixtures');
const dirFiles = (dir: string) =>
  readdirSync(path.join(FIXTURES, dir))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `${dir}/${f}`);
const FILES = [...dirFiles('pages').filter((f) => !f.endsWith('late-load.html')), ...dirFiles('corpus/html'), ...dirFiles('real')].sort();

const ext = useExtension([FIXTURES], 'zh-CN', { htmlCharset: 'utf-8' });

type Report = { source: string; findings: { message: string }[] } & Record<string, unknown>;
const withoutSource = ({ source: _source, ...rest }: Report) => rest;

describe('the same page gives the same JSON from the CLI and from the extension in Chromium', () => {
  // exit code 1 (errors found) is an answer, not a failure: the JSON is on stdout either way
  const run = spawnSync(process.execPath, [BUILT_CLI, 'check', '--json', ...FILES.map((f) => path.join(FIXTURES, f))], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const cli = JSON.parse(run.stdout) as Report[];

  it.each(FILES.map((f, i) => [f, i] as const))('%s', async (file, i) => {
    const page = await ext.session.context.newPage();
    await page.goto(`http://www.example-portal.gov.cn:${ext.port}/${file}`);
    await page.waitForLoadState('load');
    const { tabId } = await badgeOf(ext.session.worker, page);
    const reply = (await askChecker(ext.session.worker, tabId, { type: 'get-report', force: true })) as { status: string; report: Report };
    await page.close();
    expect(reply.status).toBe('ok');
    expect(withoutSource(reply.report)).toEqual(withoutSource(cli[i]!));
  });
});
