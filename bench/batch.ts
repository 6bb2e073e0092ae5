/**
 * Batch throughput (npm run bench, section 4): the reports of the batch list page
 * (tests/fixtures/batch/zfxxgknb/index.html) read from disk, parsed as the CLI parses (parse5 into linkedom) and checked through
 * the real runner (lib/batch/run-batch.ts) with its pacing sleep made instant: what the checking
 * itself allows, network excluded. The polite pacing (one start per ≥ 800 ms) caps a real batch at 75
 * reports per minute whatever the concurrency; the target is that checking never is the bottleneck.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseHtml } from '../cli/parse-html';
import { checkFetched, failedRow, listLinks, MIN_INTERVAL_MS, runBatch } from '#lib/batch';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIRS = [path.join(ROOT, 'tests/fixtures/batch'), path.join(ROOT, 'tests/fixtures/pages')];
const LIST_URL = 'http://www.bjtzh.gov.cn/zfxxgknb/index.html';

export async function benchBatch(minMs = 3000): Promise<void> {
  const list = listLinks(parseHtml(readFileSync(path.join(DIRS[0]!, 'zfxxgknb/index.html'), 'utf8')), LIST_URL);
  const fileOf = (url: string) => DIRS.map((d) => path.join(d, new URL(url).pathname)).find(existsSync);
  const items = list.map((l) => ({ url: l.url, linkText: l.text }));
  const check = async (url: string) => {
    const item = items.find((i) => i.url === url)!;
    const file = fileOf(url);
    if (!file) return failedRow(item, { reason: 'http-error', status: 404 });
    return checkFetched(item, { bytes: readFileSync(file), contentType: 'text/html' }, { parseHtml });
  };
  const instant = async () => undefined;
  await runBatch(items, check, instant).done; // warm-up
  let reports = 0;
  let rounds = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    const rows = await runBatch(items, check, instant, { concurrency: 1 }).done;
    reports += rows.length;
    rounds++;
  }
  const ms = performance.now() - start;
  const perMinute = (reports / ms) * 60_000;
  const paced = 60_000 / MIN_INTERVAL_MS;
  console.log(
    `   ${items.length} links of the list page (${rounds} rounds): ${(ms / reports).toFixed(2)} ms per report, ${Math.round(perMinute)} reports per minute`,
  );
  console.log(
    `   polite pacing caps a real batch at ${paced} reports per minute; checking ${perMinute > paced * 10 ? 'is not' : 'IS'} the bottleneck (target: ≥ 10× the pacing)`,
  );
}
