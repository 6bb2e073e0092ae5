const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/**
 * The entries of a ZIP archive, read from its central directory (no decompression, so it runs the same
 * in node, an extension page and a worker): each name and the size it declares once inflated. Null when
 * the bytes are not a whole ZIP (no end record: truncated, or not a ZIP at all). No ZIP64, which a
 * report never needs: such a size counts as infinite.
 */
export function zipEntries(bytes: Uint8Array): { name: string; inflated: number }[] | null {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => (at >= 0 && at + 2 <= bytes.length ? view.getUint16(at, true) : -1);
  const u32 = (at: number) => (at >= 0 && at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  // the end-of-central-directory record sits in the last 22 bytes plus a comment of up to 64 KiB
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--)
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  if (eocd < 0) return null;
  const count = u16(eocd + 10);
  const entries: { name: string; inflated: number }[] = [];
  const decoder = new TextDecoder();
  let at = u32(eocd + 16);
  for (let i = 0; i < count && u32(at) === CENTRAL; i++) {
    const nameLength = u16(at + 28);
    const size = u32(at + 24);
    entries.push({ name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)), inflated: size === 0xffffffff ? Number.POSITIVE_INFINITY : size });
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  return entries;
}

/** The entry names of a ZIP archive (zipEntries), or null. */
export function zipNames(bytes: Uint8Array): string[] | null {
  return zipEntries(bytes)?.map((e) => e.name) ?? null;
}

/** The most a .docx may inflate to (a report's Word file holds a few MB; a zip bomb, gigabytes). */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;

/** What a ZIP declares it holds once inflated, or null: a .docx bomb is refused before it is opened. */
export function zipInflatedBytes(bytes: Uint8Array): number | null {
  return zipEntries(bytes)?.reduce((n, e) => n + e.inflated, 0) ?? null;
}

/**
 * A Word document in Office Open XML (.docx, .docm, .dotx): a ZIP with a word/document.xml part. Tells
 * a .docx from an .xlsx or an OFD (ZIPs too) whatever the file is called: download links such as
 * downfile.jsp?filename=… carry no extension.
 */
export function isWordZip(bytes: Uint8Array): boolean {
  return zipNames(bytes)?.includes('word/document.xml') ?? false;
}
