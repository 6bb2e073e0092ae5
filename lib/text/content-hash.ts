import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

type Tables = Record<'active' | 'requests' | 'review', Record<string, Record<string, { raw: string }>> | null>;

/**
 * The report as text, for hashing: title, narrative lines and every table cell as printed, one per
 * line. Page chrome (visit counters, dates in the footer, menus) is left out, so the same report on
 * the same URL hashes the same on every visit, while any change to a figure or sentence changes it.
 */
export function contentText(ex: { title: string | null; lines: readonly string[]; tables: Tables }): string {
  const out: string[] = [ex.title ?? '', ...ex.lines];
  for (const name of ['active', 'requests', 'review'] as const) {
    const table = ex.tables[name];
    if (!table) continue;
    for (const [row, cols] of Object.entries(table)) for (const [col, cell] of Object.entries(cols)) out.push(`${name}.${row}.${col}=${cell.raw}`);
  }
  return out.join('\n');
}

/**
 * SHA-256 as lowercase hex, of bytes (an attachment) or of text (UTF-8). A library rather than
 * crypto.subtle: content scripts on http:// portals (most gov.cn sites) are not a secure context,
 * where crypto.subtle is undefined.
 */
export function sha256Hex(data: Uint8Array | string): string {
  return bytesToHex(sha256(typeof data === 'string' ? utf8ToBytes(data) : data));
}

/**
 * The content hash of a checked report, as the history, the reviews and the evidence file key it:
 * over the public report's tables (canonical row order, whatever the page's order) and the narrative.
 */
export function reportHash(report: { title: string | null; tables: Tables }, lines: readonly string[]): string {
  return sha256Hex(contentText({ title: report.title, lines, tables: report.tables }));
}
