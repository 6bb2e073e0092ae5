import { writeFile } from 'node:fs/promises';
import { checkInput, type Checked } from './check-input';
import { HELP_TEXT } from './help-text';
import { readFailed, type ReadFailed, type ReadOk } from './read-result';
import { parseCliArgs, type CliOptions } from './parse-cli-args';
import { readInputs } from './read-input';
import { renderReadError, renderSummary } from './render-summary';
import { renderTables } from './render-tables';
import { unreadableReport } from './unreadable-report';

/** Where output goes; tests pass their own. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: Io = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
};

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

/**
 * `xxgk-audit check …`: reads every input in order, runs the pipeline, prints the chosen output and
 * returns the exit code. The summary is printed as each input is checked, so a long batch shows
 * progress; JSON and tables are printed at the end.
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
  const stream = opts.mode === 'summary' && opts.out === null;
  const entries: Entry[] = [];
  let shown = 0;
  for await (const input of readInputs(opts.inputs)) {
    const entry = input.ok ? safeCheck(input) : input;
    entries.push(entry);
    if ('error' in entry) io.stderr(renderReadError(entry));
    else if (stream) io.stdout((shown++ > 0 ? '\n' : '') + renderSummary(entry, opts.lang));
  }
  if (!stream) {
    const text = render(entries, opts, io);
    if (opts.out === null) io.stdout(text);
    else {
      await writeFile(opts.out, text, 'utf8');
      io.stderr(`xxgk-audit: 已写入 ${opts.out}（written）\n`);
    }
  }
  return exitCode(entries);
}
