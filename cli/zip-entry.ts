import { inflateRawSync } from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * One stored or deflated entry of a ZIP archive, found through the central directory (the local
 * headers of streamed ZIPs carry no sizes). Null when the archive is damaged, the entry is absent or
 * its compression is neither stored nor deflate. Only what sniffing a .docx needs: no ZIP64, no encryption.
 * @example zipEntry(docxBytes, '[Content_Types].xml') → the XML's bytes
 */
export function zipEntry(bytes: Uint8Array, name: string): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : -1);
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  // the end-of-central-directory record sits in the last 22 bytes plus a comment of up to 64 KiB
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--)
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  if (eocd < 0) return null;
  const count = u16(eocd + 10);
  const wanted = new TextEncoder().encode(name);
  let at = u32(eocd + 16);
  for (let i = 0; i < count && u32(at) === CENTRAL; i++) {
    const method = u16(at + 10);
    const size = u32(at + 20);
    const nameLength = u16(at + 28);
    const next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
    const entryName = bytes.subarray(at + 46, at + 46 + nameLength);
    if (entryName.length === wanted.length && entryName.every((b, k) => b === wanted[k])) {
      const local = u32(at + 42);
      if (u32(local) !== LOCAL) return null;
      const start = local + 30 + u16(local + 26) + u16(local + 28);
      const data = bytes.subarray(start, start + size);
      if (method === 0) return data;
      if (method !== 8) return null;
      try {
        return new Uint8Array(inflateRawSync(data));
      } catch {
        return null;
      }
    }
    at = next;
  }
  return null;
}

/**
 * A Word document in Office Open XML (.docx, .docm, .dotx): a ZIP whose [Content_Types].xml declares a
 * wordprocessingml main part. Tells a .docx from an .xlsx or an OFD, which are ZIPs too, whatever the
 * file is called (download links like downfile.jsp?filename=… carry no extension).
 */
export function isWordZip(bytes: Uint8Array): boolean {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) return false;
  const types = zipEntry(bytes, '[Content_Types].xml');
  return types !== null && /wordprocessingml/i.test(new TextDecoder().decode(types));
}
