import type { Lang } from '../model/lang';
import { fileStamp, localOffset } from '../text/local-stamp';

export type BatchExport = 'grid' | 'findings' | 'xlsx' | 'json' | 'benchmark' | 'benchmarkHtml' | 'rectification' | 'rectificationXlsx';

const BATCH: Record<Lang, { prefix: string; parts: Record<BatchExport, string> }> = {
  zh: {
    prefix: '年报批量核查',
    parts: {
      grid: '-汇总',
      findings: '-问题清单',
      xlsx: '',
      json: '',
      benchmark: '-对标',
      benchmarkHtml: '-对标',
      rectification: '-整改清单',
      rectificationXlsx: '-整改清单',
    },
  },
  en: {
    prefix: 'batch-check',
    parts: {
      grid: '-summary',
      findings: '-findings',
      xlsx: '',
      json: '',
      benchmark: '-benchmark',
      benchmarkHtml: '-benchmark',
      rectification: '-rectification',
      rectificationXlsx: '-rectification',
    },
  },
};
const EXT: Record<BatchExport, string> = {
  grid: 'csv',
  findings: 'csv',
  xlsx: 'xlsx',
  json: 'json',
  benchmark: 'csv',
  benchmarkHtml: 'html',
  rectification: 'csv',
  rectificationXlsx: 'xlsx',
};

/**
 * The file name of a batch export, in the interface language, stamped with the local day and minute
 * (a UTC date names the previous day before 08:00 in Beijing).
 * @example batchFileName('findings', 'zh', new Date('2026-11-30T23:10:00Z'), 480) → '年报批量核查-问题清单-20261201-0710.csv'
 */
export function batchFileName(what: BatchExport, lang: Lang, at: Date, offset = localOffset(at)): string {
  const b = BATCH[lang];
  return `${b.prefix}${b.parts[what]}-${fileStamp(at, offset)}.${EXT[what]}`;
}

/**
 * The file name of the history export, named as the other exports are.
 * @example historyFileName('zh', new Date('2026-12-01T09:50:00Z'), 480) → '年报核查历史记录-20261201-1750.json'
 */
export function historyFileName(lang: Lang, at: Date, offset = localOffset(at)): string {
  return `${lang === 'zh' ? '年报核查历史记录' : 'report-check-history'}-${fileStamp(at, offset)}.json`;
}
