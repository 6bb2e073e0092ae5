import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GetReportResponse } from '../../lib/messages';
import type { CanonicalReport } from '../../lib/model/public-report';
import { canonicalReport } from '../../lib/report/canonical-report';
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

const withoutSource = ({ source: _source, ...rest }: CanonicalReport) => rest;

describe('the same page gives the same JSON from the CLI and from the extension in Chromium', () => {
  // exit code 1 (errors found) is an answer, not a failure: the JSON is on stdout either way
  const run = spawnSync(process.execPath, [BUILT_CLI, 'check', '--json', ...FILES.map((f) => path.join(FIXTURES, f))], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const cli = JSON.parse(run.stdout) as CanonicalReport[];

  it.each(FILES.map((f, i) => [f, i] as const))('%s', async (file, i) => {
    const page = await ext.session.context.newPage();
    await page.goto(`http://www.example-portal.gov.cn:${ext.port}/${file}`);
    await page.waitForLoadState('load');
    const { tabId } = await badgeOf(ext.session.worker, page);
    const reply = GetReportResponse.parse(await askChecker(ext.session.worker, tabId, { type: 'get-report', force: true }));
    await page.close();
    expect(reply.status).toBe('ok');
    // the extension hands the popup its findings as values; written out, they are the CLI's words exactly
    if (reply.status === 'ok') expect(withoutSource(canonicalReport(reply.report))).toEqual(withoutSource(cli[i]!));
  });
});
