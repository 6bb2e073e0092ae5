/** Formats a report is often published in that this version cannot read. */
export type BinaryFormat = 'PDF' | 'Word' | 'WPS' | 'Excel' | 'OFD' | 'ZIP' | 'image' | 'binary';

const BY_EXTENSION: Record<string, BinaryFormat> = {
  pdf: 'PDF',
  doc: 'Word',
  docx: 'Word',
  wps: 'WPS',
  xls: 'Excel',
  xlsx: 'Excel',
  et: 'Excel',
  ofd: 'OFD',
  zip: 'ZIP',
  rar: 'ZIP',
  jpg: 'image',
  jpeg: 'image',
  png: 'image',
  gif: 'image',
};

const BY_MIME: [RegExp, BinaryFormat][] = [
  [/application\/pdf/i, 'PDF'],
  [/msword|wordprocessingml/i, 'Word'],
  [/ms-excel|spreadsheetml/i, 'Excel'],
  [/ofd/i, 'OFD'],
  [/zip|rar/i, 'ZIP'],
  [/^image\//i, 'image'],
];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * Recognises a binary document by its magic bytes, its Content-Type or its file name, so the user is
 * told "this is a PDF" instead of seeing a report full of mojibake. Null for anything that may be text.
 * @example binaryFormat(new TextEncoder().encode('%PDF-1.7'), 'a.bin') → 'PDF'
 */
export function binaryFormat(bytes: Uint8Array, name = '', contentType: string | null = null): BinaryFormat | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'PDF'; // %PDF
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'Word'; // OLE2: .doc/.xls/.wps
  const ext = /\.([a-z0-9]+)$/i.exec(name.replace(/[?#].*$/, ''))?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return BY_EXTENSION[ext] ?? 'ZIP'; // docx/xlsx/ofd are zips
  const byMime = contentType ? BY_MIME.find(([re]) => re.test(contentType))?.[1] : undefined;
  if (byMime) return byMime;
  if (BY_EXTENSION[ext]) return BY_EXTENSION[ext];
  // NUL bytes never occur in HTML or in UTF-8/GBK text (UTF-16 files carry a BOM, checked by the decoder)
  const head = bytes.subarray(0, 4096);
  const hasBom = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  return !hasBom && head.includes(0) ? 'binary' : null;
}
