import { appendFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { defaultJobs } from './default-jobs';
import { expandInputs } from './expand-inputs';
import { HELP_TEXT } from './help-text';
import { version } from '../package.json';
import { IsolatedChecker } from './isolated-checker';
import { canonicalReport } from '#lib/report';
import { JsonArrayWriter } from './json-array-writer';
import { mapInOrder } from './map-in-order';
import { exitCode, failedOutcome, type Outcome } from './outcome';
import { parseCliArgs, type CliOptions } from './parse-cli-args';
import { ProgressBar } from './progress-bar';
import { isUrl } from './read-input';
import type { ReadFailed } from './read-result';
import { readUrlList } from './read-url-list';
import { renderReadError } from './render-summary';
import { renderTables, type TableFormat } from './render-tables';
import { unreadableReport } from './unreadable-report';
import { writeWorkbook } from './write-workbook';
import { benchmarkOf, writeBenchmark } from './write-benchmark';
import { benchmarkXlsxSheets } from '#lib/export';
import { acrossReports } from './across-reports';
import { renderAcross } from './render-across';

export { exitCode };

/** Where output goes, whether stderr is a terminal (for the progress bar) and how to wait; tests pass their own. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY?: boolean;
  columns?: number;
  sleep?: (ms: number) => Promise<void>;
  /** check in this thread rather than in a worker with limits (a test of the formatting alone) */
  inProcess?: boolean;
  /**
   * the checking worker's module (default: the one beside this file). Tests pass the built dist/check-worker.mjs:
   * the same code, without tsx compiling lib again at each worker's start (about 3 s a run on a busy machine)
   */
  workerUrl?: URL;
}

const processIo: Io = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  isTTY: process.stderr.isTTY === true,
  columns: process.stderr.columns,
};

/** Pause between two network requests unless --delay says otherwise: polite to small government servers. */
export const DEFAULT_URL_DELAY_MS = 500;

/** The JSON entry of an outcome: its canonical report, or the unreadable report carrying the error. */
const jsonOf = (o: Outcome) =>
  // an outcome has a report or an error: neither would be a result the checker cannot use
  o.report ? canonicalReport(o.report) : unreadableReport({ ok: false, source: o.source, refused: o.error ?? { reason: 'checker-garbled' } });

/** The extracted tables of the reports, printed once all are read (the row layout needs them all). */
function tablesText(outcomes: readonly Outcome[], mode: TableFormat, opts: CliOptions, err: (t: string) => void): string {
  const reports = outcomes.flatMap((o) => (o.report ? [o.report] : []));
  for (const r of reports.filter((x) => !x.detected))
    err(`xxgk-audit: 跳过 ${r.source}：未识别为政府信息公开工作年度报告\nxxgk-audit: skipped ${r.source}: not recognised as an annual report\n`);
  const found = reports.filter((r) => r.detected);
  return found.length > 0 ? renderTables(found, mode, opts.layout) : '';
}

/** What the bar says about an input: the report's agency and year once checked, else the file name or URL. */
function progressLabel(source: string, outcome?: Outcome): [string, string] {
  const report = outcome?.report;
  if (report?.detected && report.agency) return [report.agency, report.year === null ? '' : String(report.year)];
  return [isUrl(source) ? source.replace(/^https?:\/\//i, '') : basename(source), ''];
}

const wait = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/**
 * The turn of each network request: the first at once, each next one `delay` ms after the one before
 * has started (with one job, after it is done, as the requests then come one after another), so
 * --jobs never makes the run less polite to a small government server.
 */
function pacer(delay: number, sleep: (ms: number) => Promise<void>): () => Promise<void> {
  let last: Promise<void> | null = null;
  return () => {
    const turn: Promise<void> = last === null || delay === 0 ? Promise.resolve() : last.then(() => sleep(delay));
    last = turn;
    return turn;
  };
}

/** Where the output goes: stdout, or the --out file, emptied first and written to as results come. */
function sink(opts: CliOptions, out: (text: string) => void): (text: string) => void {
  if (opts.out === null) return out;
  const file = opts.out;
  writeFileSync(file, '', 'utf8');
  return (text) => appendFileSync(file, text, 'utf8');
}

/**
 * `xxgk-audit check …`: reads every input in order (the arguments, directories expanded, then the
 * entries of --urls), pausing --delay ms between network requests, and checks each in a worker with
 * a memory and time limit (IsolatedChecker), so one input cannot take the run down; --jobs of them at
 * once (a worker each), the results still taken in input order. The summary and
 * the JSON array are written as each input is checked (a run stopped half way keeps what it checked);
 * the tables at the end. On a terminal a progress bar on stderr shows how far the batch has come.
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const opts = parseCliArgs(argv);
  if ('error' in opts) {
    io.stderr(`xxgk-audit: ${opts.error}\n运行 xxgk-audit --help 查看用法（run xxgk-audit --help for usage）\n`);
    return 2;
  }
  if (opts.help) {
    io.stdout(HELP_TEXT);
    return 0;
  }
  if (opts.version) {
    io.stdout(`xxgk-audit ${version}\n`);
    return 0;
  }
  const listed = opts.urls === null ? [] : await readUrlList(opts.urls);
  const inputs = await expandInputs([...opts.inputs, ...(Array.isArray(listed) ? listed : [])]);
  if (!Array.isArray(listed)) inputs.push(listed);
  const delay = opts.delay ?? DEFAULT_URL_DELAY_MS;
  const sleep = io.sleep ?? wait;
  const bar = new ProgressBar(io, inputs.length);
  const err = (text: string) => {
    bar.clear();
    io.stderr(text);
  };
  const write = sink(opts, (text) => {
    bar.clear();
    io.stdout(text);
  });
  const json = opts.mode === 'json' ? new JsonArrayWriter(write) : null;
  // one checker (one worker, started on its first input) per lane: --jobs inputs are checked at once
  const checkers = io.inProcess ? [] : Array.from({ length: opts.jobs ?? defaultJobs() }, () => new IsolatedChecker(opts.limits, io.workerUrl));
  const paced = pacer(delay, sleep);
  // each input's summary is rendered only when summaries are printed: JSON and tables never read it
  const summaryLang = opts.mode === 'summary' ? opts.lang : null;
  const outcomes: Outcome[] = [];
  let summaries = 0;
  const check = async (input: string | ReadFailed, _index: number, lane: number): Promise<Outcome> => {
    if (typeof input !== 'string') return failedOutcome(input);
    if (isUrl(input)) await paced();
    const checker = checkers[lane];
    // the reading and checking code loads in the workers; this thread only in a test's in-process run
    return checker ? checker.check(input, summaryLang, opts.ocr) : (await import('./check-one')).checkOne(input, summaryLang, opts.ocr);
  };
  // the bar names the input the batch waits for (the next in order), drawn here rather than where each
  // starts: the same draws in the same order whatever the number of jobs
  const waitingFor = (i: number) => {
    const input = inputs[i];
    if (typeof input === 'string') bar.update(i, ...progressLabel(input));
  };
  waitingFor(0);
  try {
    // results come back in input order whatever the number of jobs: the output is the same for any --jobs
    for await (const outcome of mapInOrder(inputs, Math.max(1, checkers.length), check)) {
      if (outcome.error) err(renderReadError({ ok: false, source: outcome.source, refused: outcome.error }));
      else if (opts.mode === 'summary' && outcome.summary !== null) write((summaries++ > 0 ? '\n' : '') + outcome.summary);
      json?.push(jsonOf(outcome));
      outcomes.push(outcome);
      bar.update(outcomes.length, ...progressLabel(outcome.source, outcome));
      waitingFor(outcomes.length);
    }
  } finally {
    await Promise.all(checkers.map((c) => c.close()));
  }
  bar.clear();
  json?.end();
  // the checks across the reports (X-4 roll-up, one report under two inputs), once all are checked
  const across = acrossReports(outcomes);
  if (opts.mode === 'summary' && across.found.length > 0) write(renderAcross(across.found, opts.lang));
  if (json && across.found.length > 0) acrossInJson(across, opts, err);
  if (opts.mode !== 'summary' && opts.mode !== 'json') write(tablesText(outcomes, opts.mode, opts, err));
  // the 对标 across the reports, once all are checked (percentiles need the whole cohort)
  const bench = opts.benchmark ? benchmarkOf(outcomes, opts.cohorts) : null;
  if (opts.xlsx !== null) {
    await writeWorkbook(
      across.outcomes.map((o) => o.row),
      opts.xlsx,
      opts.lang,
      bench ? benchmarkXlsxSheets(bench, opts.lang) : [],
    );
    io.stderr(`xxgk-audit: 已写入 ${opts.xlsx}（workbook written）\n`);
  }
  if (bench && opts.benchmark) {
    await writeBenchmark(bench, opts.benchmark, opts.lang);
    for (const f of opts.benchmark) io.stderr(`xxgk-audit: 已写入对标 ${f}（benchmark written）\n`);
  }
  if (opts.out !== null) io.stderr(`xxgk-audit: 已写入 ${opts.out}（written）\n`);
  return exitCode(across.outcomes);
}

/**
 * The JSON once the findings across reports are known: the --out file, written entry by entry as the
 * inputs were checked, is written again whole with them in their reports' findings. Standard output
 * cannot be taken back: its entries stay as written (each as its input was checked, the promise kept to a
 * run stopped half way), and stderr says how many findings across reports they lack and where to find them.
 */
function acrossInJson(across: ReturnType<typeof acrossReports>, opts: CliOptions, err: (t: string) => void): void {
  if (opts.out !== null) {
    let text = '';
    const json = new JsonArrayWriter((t) => void (text += t));
    for (const o of across.outcomes) json.push(jsonOf(o));
    json.end();
    writeFileSync(opts.out, text, 'utf8');
    return;
  }
  const n = across.found.reduce((s, f) => s + f.findings.length, 0);
  err(
    `xxgk-audit: 跨报告核对（汇总核对、同一报告不同来源）另有 ${n} 条发现，未写入已逐份输出的 JSON；用 --out FILE 可写入各报告的 findings，或见摘要、--xlsx\n` +
      `xxgk-audit: ${n} finding(s) across reports (roll-up, one report from two sources) are not in the JSON already written; --out FILE puts them in their reports' findings, as do the summary and --xlsx\n`,
  );
}
