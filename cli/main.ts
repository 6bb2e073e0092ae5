import { writeFile } from 'node:fs/promises';
import { writeWorkbook } from './write-workbook';
import { basename } from 'node:path';
import { checkInput, type Checked } from './check-input';
import { expandInputs } from './expand-inputs';
import { HELP_TEXT } from './help-text';
import { parseCliArgs, type CliOptions } from './parse-cli-args';
import { ProgressBar } from './progress-bar';
import { isUrl, readInput } from './read-input';
import { readFailed, type ReadFailed, type ReadOk } from './read-result';
import { readUrlList } from './read-url-list';
import { renderReadError, renderSummary } from './render-summary';
import { renderTables } from './render-tables';
import { unreadableReport } from './unreadable-report';

/** Where output goes, whether stderr is a terminal (for the progress bar) and how to wait; tests pass their own. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY?: boolean;
  columns?: number;
  sleep?: (ms: number) => Promise<void>;
}

const processIo: Io = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  isTTY: process.stderr.isTTY === true,
  columns: process.stderr.columns,
};

/** Pause between two network requests unless --delay says otherwise: polite to small government servers. */
export const DEFAULT_URL_DELAY_MS = 500;

type Entry = Checked | ReadFailed;

/** A crash inside the pipeline on one odd page is reported like an unreadable input, and the batch goes on. */
function safeCheck(input: ReadOk): Entry {
  try {
    return checkInput(input);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return readFailed(input.source, `检查时程序出错（${why}），请报告此问题`, `the checker crashed (${why}); please report this`);
  }
}

/** 2 when an input could not be read (it wins), 1 when any report has an error finding, else 0. */
export function exitCode(entries: readonly Entry[]): number {
  if (entries.some((e) => 'error' in e)) return 2;
  return entries.some((e) => 'result' in e && e.result.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

function render(entries: readonly Entry[], opts: CliOptions, io: Io): string {
  const checked = entries.filter((e): e is Checked => 'result' in e);
  if (opts.mode === 'summary') return checked.map((c) => renderSummary(c, opts.lang)).join('\n');
  if (opts.mode === 'json') return JSON.stringify(entries.map((e) => ('result' in e ? e.result.report : unreadableReport(e))), null, 2) + '\n';
  const reports = checked.filter((c) => c.result.report.detected);
  for (const c of checked.filter((x) => !x.result.report.detected))
    io.stderr(`xxgk-audit: 跳过 ${c.source}：未识别为政府信息公开工作年度报告\nxxgk-audit: skipped ${c.source}: not recognised as an annual report\n`);
  return reports.length > 0 ? renderTables(reports.map((c) => c.result.report), opts.mode, opts.layout) : '';
}

/** What the bar says about an input: the report's agency and year once checked, else the file name or URL. */
function progressLabel(source: string, entry?: Entry): [string, string] {
  const report = entry && 'result' in entry ? entry.result.report : null;
  if (report?.detected && report.agency) return [report.agency, report.year === null ? '' : String(report.year)];
  return [isUrl(source) ? source.replace(/^https?:\/\//i, '') : basename(source), ''];
}

const wait = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/**
 * `xxgk-audit check …`: reads every input in order (the arguments, directories expanded, then the
 * entries of --urls), pausing --delay ms between network requests, runs the pipeline, prints the chosen
 * output and returns the exit code. The summary is printed as each input is checked; JSON and tables
 * at the end. On a terminal a progress bar on stderr shows how far the batch has come.
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
  const listed = opts.urls === null ? [] : await readUrlList(opts.urls);
  const inputs = await expandInputs([...opts.inputs, ...('error' in listed ? [] : listed)]);
  if ('error' in listed) inputs.push(listed);
  const delay = opts.delay ?? DEFAULT_URL_DELAY_MS;
  const sleep = io.sleep ?? wait;
  const bar = new ProgressBar(io, inputs.length);
  const out = (text: string) => {
    bar.clear();
    io.stdout(text);
  };
  const err = (text: string) => {
    bar.clear();
    io.stderr(text);
  };
  const stream = opts.mode === 'summary' && opts.out === null;
  const entries: Entry[] = [];
  let fetched = false;
  let shown = 0;
  for (const [i, input] of inputs.entries()) {
    let entry: Entry;
    if (typeof input !== 'string') entry = input;
    else {
      bar.update(i, ...progressLabel(input));
      if (isUrl(input)) {
        if (fetched && delay > 0) await sleep(delay);
        fetched = true;
      }
      const read = await readInput(input);
      entry = read.ok ? safeCheck(read) : read;
    }
    entries.push(entry);
    if ('error' in entry) err(renderReadError(entry));
    else if (stream) out((shown++ > 0 ? '\n' : '') + renderSummary(entry, opts.lang));
    bar.update(i + 1, ...progressLabel(entry.source, entry));
  }
  bar.clear();
  if (opts.xlsx !== null) {
    await writeWorkbook(entries, opts.xlsx);
    io.stderr(`xxgk-audit: 已写入 ${opts.xlsx}（workbook written）\n`);
  }
  if (!stream) {
    const text = render(entries, opts, { ...io, stderr: err });
    if (opts.out === null) io.stdout(text);
    else {
      await writeFile(opts.out, text, 'utf8');
      io.stderr(`xxgk-audit: 已写入 ${opts.out}（written）\n`);
    }
  }
  return exitCode(entries);
}
