import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readScanPdf } from '../../cli/read-scan-pdf';
import { checkScan, type ScanCheck } from '../../lib/ocr/check-scan';
import { EXPECTED, expectedCells } from './corpus';

export const SCAN_DIR = path.resolve(import.meta.dirname, '../fixtures/scans');

/** Each scan fixture and the entry of tests/fixtures/corpus/expected.json it was made from. */
export const SCAN_SOURCES: Record<string, string> = {
  'pdf-001': 'pdf/001.pdf',
  'pdf-002': 'pdf/002.pdf',
  'pdf-003': 'pdf/003.pdf',
  'page-pingtan-shs-2023': 'html/pingtan-shs-2023.html',
  'page-pingtan-hzs-2024': 'html/pingtan-hzs-2024.html',
};

/** A scan checked, its cells of 三 and 四 against the hand-read ones: exact, wrong (a figure that differs), unread. */
export interface ScanScore {
  check: ScanCheck;
  exact: number;
  wrong: string[];
  unread: string[];
  total: number;
}

/** Reads a scan fixture by OCR as the CLI does (--ocr) and scores every expected cell. */
export async function scoreScan(name: string, dpi: 150 | 300): Promise<ScanScore> {
  const file = path.join(SCAN_DIR, `${name}-${dpi}.pdf`);
  const check = checkScan(await readScanPdf(new Uint8Array(readFileSync(file))), file);
  return scoreCells(check, SCAN_SOURCES[name]!);
}

/** A checked reading's cells of 三 and 四 against the hand-read ones of expected.json's entry `source`. */
export function scoreCells(check: ScanCheck, source: string): ScanScore {
  const tables = check.extraction.tables;
  let exact = 0;
  const wrong: string[] = [];
  const unread: string[] = [];
  const cells = expectedCells(EXPECTED[source]!);
  for (const [p, want] of cells) {
    const [t, ...rest] = p.split('.');
    const col = rest.pop()!;
    const cell = tables[t as 'requests' | 'review']?.[rest.join('.')]?.[col];
    if (!cell || cell.note === 'unread') unread.push(p);
    else if (cell.value === want) exact++;
    else wrong.push(`${p}: read ${cell.value} (${cell.ocr?.status}), printed ${want}`);
  }
  return { check, exact, wrong, unread, total: cells.length };
}
