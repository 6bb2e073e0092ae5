import { writeFileSync } from 'node:fs';
import { benchmark, type Benchmark, benchmarkMatrix, type Cohort } from '#lib/batch';
import { benchmarkHtml, benchmarkXlsxSheets, toCsv, LINK_VALUES } from '#lib/export';
import { agencyKey } from '#lib/history';
import { type Lang, localIso } from '#lib/model';
import type { Outcome } from './outcome';

/** The 对标 of the checked reports, with the user's cohort corrections (`--cohort 机关=部门`). */
export function benchmarkOf(outcomes: readonly Outcome[], cohorts: readonly [string, Cohort][] = []): Benchmark {
  const corrections = new Map(
    cohorts.flatMap(([name, c]) => {
      const key = agencyKey(name);
      return key ? [[key, c] as const] : [];
    }),
  );
  return benchmark(
    outcomes.flatMap((o) => (o.report ? [{ url: o.source, report: o.report }] : [])),
    corrections,
  );
}

/**
 * Writes the 对标 to each `--benchmark` file by its extension: .csv (one line per agency and rate, UTF-8
 * with BOM), .html (tables and strip charts, self-contained), .xlsx (the 对标 and 对标分位 sheets).
 */
export async function writeBenchmark(b: Benchmark, files: readonly string[], lang: Lang): Promise<void> {
  for (const file of files) {
    if (/\.csv$/i.test(file)) writeFileSync(file, toCsv(benchmarkMatrix(b, lang)), 'utf8');
    else if (/\.html?$/i.test(file)) writeFileSync(file, benchmarkHtml(b, lang, localIso(new Date())), 'utf8');
    else {
      const { default: writeXlsxFile } = await import('write-excel-file/node');
      const sheets = benchmarkXlsxSheets(b, lang);
      await writeXlsxFile(sheets as Parameters<typeof writeXlsxFile>[0], { fontFamily: 'Microsoft YaHei', fontSize: 11, features: [LINK_VALUES] }).toFile(file);
    }
  }
}
