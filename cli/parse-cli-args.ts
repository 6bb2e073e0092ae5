import { parseArgs } from 'node:util';
import { type Cohort, parseCohort } from '#lib/batch';
import type { Lang } from '#lib/model';
import { DEFAULT_LIMITS, type InputLimits } from './isolated-checker';
import type { Layout, TableFormat } from './render-tables';

/** What the command line asks for. `mode` is the kind of output; inputs keep their order. */
export interface CliOptions {
  help: boolean;
  /** `--version`/`-V`: print the version and stop; absent when not asked */
  version?: true;
  mode: 'summary' | 'json' | TableFormat;
  layout: Layout;
  lang: Lang;
  out: string | null;
  inputs: string[];
  /** `--urls FILE`: a list of URLs or paths, checked after the inputs */
  urls: string | null;
  /** `--delay MS`: pause between two network requests; null = the default (500 ms) */
  delay: number | null;
  /** `--xlsx FILE`: also write the batch workbook (grid, findings, the three tables) */
  xlsx: string | null;
  /** `--max-memory MB`, `--max-seconds S`: what one input may take before it is stopped (exit 2 for it) */
  limits: InputLimits;
  /** `--jobs N`: inputs checked at once, each in its own worker; null = the default (defaultJobs) */
  jobs: number | null;
  /** `--benchmark FILE` (repeatable): the 对标 of the reports as .csv, .html or .xlsx, by the file's extension; absent when not asked */
  benchmark?: string[];
  /** `--cohort 机关=同类` (repeatable): the user's corrections of agencies' cohorts; absent when none */
  cohorts?: [agency: string, cohort: Cohort][];
  /** `--ocr`: read scanned (image-only) PDFs by OCR instead of refusing them */
  ocr: boolean;
}

/** --max-seconds under --ocr when not given: a scanned report of a few table pages, on a slow machine. */
export const OCR_SECONDS = 600;

/** A mistake on the command line; its message is bilingual and printed with the help hint. */
class UsageError extends Error {}

function pick<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  const found = allowed.find((a) => a === value);
  if (!found) throw new UsageError(`--${name} 只能是 ${allowed.join('|')}（--${name} must be ${allowed.join('|')}）：${value}`);
  return found;
}

/** A whole number from 1 to 1,000,000, or the default when the option is not given. */
function positive(name: string, value: string | undefined, fallback: number, unit: string): number {
  if (value === undefined) return fallback;
  if (!/^[1-9]\d{0,6}$/.test(value)) throw new UsageError(`--${name} 须为正整数 ${unit}（--${name} must be a positive whole number）：${value}`);
  return Number(value);
}

/** Most inputs checked at once: each is a worker thread that may grow to --max-memory. */
export const MAX_JOBS = 64;

function jobs(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^\d{1,2}$/.test(value) || Number(value) < 1 || Number(value) > MAX_JOBS)
    throw new UsageError(`--jobs 须为 1 到 ${MAX_JOBS} 的整数（--jobs must be a whole number from 1 to ${MAX_JOBS}）：${value}`);
  return Number(value);
}

const BENCHMARK_FILE = /\.(csv|html?|xlsx)$/i;

function benchmarkFiles(values: readonly string[] | undefined): string[] {
  for (const f of values ?? [])
    if (!BENCHMARK_FILE.test(f))
      throw new UsageError(`--benchmark 文件须以 .csv、.html 或 .xlsx 结尾（--benchmark FILE must end in .csv, .html or .xlsx）：${f}`);
  return [...(values ?? [])];
}

function cohorts(values: readonly string[] | undefined): [string, Cohort][] {
  return (values ?? []).map((v) => {
    const at = v.lastIndexOf('=');
    const cohort = at > 0 ? parseCohort(v.slice(at + 1)) : null;
    if (cohort === null) throw new UsageError(`--cohort 须为“机关=部门|县级以上政府|乡镇街道”（--cohort must be AGENCY=department|government|township）：${v}`);
    return [v.slice(0, at).trim(), cohort];
  });
}

function parse(argv: readonly string[]): CliOptions {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      format: { type: 'string' },
      layout: { type: 'string' },
      lang: { type: 'string' },
      out: { type: 'string' },
      urls: { type: 'string' },
      delay: { type: 'string' },
      xlsx: { type: 'string' },
      'max-memory': { type: 'string' },
      'max-seconds': { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      benchmark: { type: 'string', multiple: true },
      cohort: { type: 'string', multiple: true },
      ocr: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'V', default: false },
    },
  });
  const [command, ...inputs] = positionals;
  const format = pick('format', values.format, ['tsv', 'csv', 'md'] as const);
  const layout = pick('layout', values.layout, ['tables', 'row'] as const) ?? 'tables';
  const lang = pick('lang', values.lang, ['zh', 'en'] as const) ?? 'zh';
  const delay = values.delay === undefined ? null : /^\d{1,7}$/.test(values.delay) ? Number(values.delay) : NaN;
  if (Number.isNaN(delay)) throw new UsageError(`--delay 须为毫秒数（--delay must be a number of milliseconds）：${values.delay}`);
  const urls = values.urls ?? null;
  const limits = {
    memoryMb: positive('max-memory', values['max-memory'], DEFAULT_LIMITS.memoryMb, 'MB'),
    // OCR reads a page in seconds where text takes milliseconds: a scan gets ten minutes unless told
    seconds: positive('max-seconds', values['max-seconds'], values.ocr ? OCR_SECONDS : DEFAULT_LIMITS.seconds, '秒数（seconds）'),
  };
  const options: CliOptions = {
    help: values.help,
    mode: values.json ? 'json' : (format ?? 'summary'),
    layout,
    lang,
    out: values.out ?? null,
    inputs,
    urls,
    delay,
    xlsx: values.xlsx ?? null,
    limits,
    jobs: jobs(values.jobs),
    ...(values.benchmark ? { benchmark: benchmarkFiles(values.benchmark) } : {}),
    ...(values.cohort ? { cohorts: cohorts(values.cohort) } : {}),
    ocr: values.ocr,
    ...(values.version ? { version: true as const } : {}),
  };
  if (options.help || options.version) return options;
  if (command !== 'check') throw new UsageError(command ? `未知命令（unknown command）：${command}` : '缺少命令 check（missing command: check）');
  if (inputs.length === 0 && urls === null) throw new UsageError('没有输入文件、网址或目录（no input file, URL or directory）');
  if (values.json && format) throw new UsageError('--json 与 --format 不能同时使用（--json and --format are exclusive）');
  return options;
}

/**
 * Parses `check [options] INPUT…` with node:util parseArgs. Usage mistakes (unknown option, bad
 * value, no input) come back as `{ error }` rather than a throw, so main prints them and exits 2.
 * @example parseCliArgs(['check', '--json', 'a.txt']) → { help: false, mode: 'json', layout: 'tables', lang: 'zh', out: null, inputs: ['a.txt'], urls: null, delay: null, xlsx: null, limits: { memoryMb: 512, seconds: 120 }, jobs: null, ocr: false }
 */
export function parseCliArgs(argv: readonly string[]): CliOptions | { error: string } {
  try {
    return parse(argv);
  } catch (e) {
    // parseArgs throws TypeError with code ERR_PARSE_ARGS_* for unknown options and missing values
    if (e instanceof UsageError || (e instanceof TypeError && 'code' in e)) return { error: e.message };
    throw e;
  }
}
