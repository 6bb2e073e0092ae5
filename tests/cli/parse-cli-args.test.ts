import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../cli/parse-cli-args';

const DEFAULTS = { memoryMb: 512, seconds: 120 };

describe('parseCliArgs', () => {
  it.each([
    [
      ['check', 'a.txt'],
      {
        help: false,
        mode: 'summary',
        layout: 'tables',
        lang: 'zh',
        out: null,
        inputs: ['a.txt'],
        urls: null,
        delay: null,
        xlsx: null,
        limits: DEFAULTS,
        jobs: null, ocr: false,
      },
    ],
    [
      ['check', '--json', 'a.txt', 'b.html'],
      {
        help: false,
        mode: 'json',
        layout: 'tables',
        lang: 'zh',
        out: null,
        inputs: ['a.txt', 'b.html'],
        urls: null,
        delay: null,
        xlsx: null,
        limits: DEFAULTS,
        jobs: null, ocr: false,
      },
    ],
    [
      ['check', '--format', 'csv', '--layout', 'row', '--out', 'x.csv', 'dir'],
      { help: false, mode: 'csv', layout: 'row', lang: 'zh', out: 'x.csv', inputs: ['dir'], urls: null, delay: null, xlsx: null, limits: DEFAULTS, jobs: null, ocr: false },
    ],
    [
      ['check', '--lang=en', 'a.txt'],
      {
        help: false,
        mode: 'summary',
        layout: 'tables',
        lang: 'en',
        out: null,
        inputs: ['a.txt'],
        urls: null,
        delay: null,
        xlsx: null,
        limits: DEFAULTS,
        jobs: null, ocr: false,
      },
    ],
    [
      ['--help'],
      { help: true, mode: 'summary', layout: 'tables', lang: 'zh', out: null, inputs: [], urls: null, delay: null, xlsx: null, limits: DEFAULTS, jobs: null, ocr: false },
    ],
    [
      ['check', '--urls', 'list.txt', '--delay', '1000'],
      {
        help: false,
        mode: 'summary',
        layout: 'tables',
        lang: 'zh',
        out: null,
        inputs: [],
        urls: 'list.txt',
        delay: 1000,
        xlsx: null,
        limits: DEFAULTS,
        jobs: null, ocr: false,
      },
    ],
    [
      ['check', '--xlsx', 'out.xlsx', 'dir'],
      {
        help: false,
        mode: 'summary',
        layout: 'tables',
        lang: 'zh',
        out: null,
        inputs: ['dir'],
        urls: null,
        delay: null,
        xlsx: 'out.xlsx',
        limits: DEFAULTS,
        jobs: null, ocr: false,
      },
    ],
    [
      ['check', '--max-memory', '256', '--max-seconds=5', 'a.txt'],
      {
        help: false,
        mode: 'summary',
        layout: 'tables',
        lang: 'zh',
        out: null,
        inputs: ['a.txt'],
        urls: null,
        delay: null,
        xlsx: null,
        limits: { memoryMb: 256, seconds: 5 },
        jobs: null, ocr: false,
      },
    ],
    [
      ['check', '--delay=0', 'a.txt'],
      {
        help: false,
        mode: 'summary',
        layout: 'tables',
        lang: 'zh',
        out: null,
        inputs: ['a.txt'],
        urls: null,
        delay: 0,
        xlsx: null,
        limits: DEFAULTS,
        jobs: null, ocr: false,
      },
    ],
    [
      ['check', '--jobs', '2', '-j3', 'a.txt'],
      {
        help: false,
        mode: 'summary',
        layout: 'tables',
        lang: 'zh',
        out: null,
        inputs: ['a.txt'],
        urls: null,
        delay: null,
        xlsx: null,
        limits: DEFAULTS,
        jobs: 3, ocr: false,
      },
    ],
  ])('should parse %j', (argv, expected) => {
    expect(parseCliArgs(argv)).toEqual(expected);
  });

  it.each([
    [[], /缺少命令 check/],
    [['audit', 'a.txt'], /未知命令（unknown command）：audit/],
    [['check'], /没有输入文件/],
    [['check', '--format', 'xlsx', 'a.txt'], /--format 只能是 tsv\|csv\|md/],
    [['check', '--lang', 'fr', 'a.txt'], /--lang must be zh\|en/],
    [['check', '--json', '--format', 'tsv', 'a.txt'], /不能同时使用/],
    [['check', '--verbose', 'a.txt'], /--verbose/],
    [['check', '--delay=-5', 'a.txt'], /--delay 须为毫秒数/],
    [['check', '--delay', '0.5s', 'a.txt'], /--delay must be a number of milliseconds/],
    [['check', '--max-memory', '0', 'a.txt'], /--max-memory 须为正整数 MB/],
    [['check', '--max-seconds', '1.5', 'a.txt'], /--max-seconds must be a positive whole number/],
    [['check', '--jobs', '0', 'a.txt'], /--jobs 须为 1 到 64 的整数/],
    [['check', '--jobs=65', 'a.txt'], /--jobs must be a whole number from 1 to 64/],
  ])('should refuse %j', (argv, message) => {
    expect(parseCliArgs(argv)).toEqual({ error: expect.stringMatching(message) });
  });
});
