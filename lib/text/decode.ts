/** What a decode found: the text, the encoding used (WHATWG name) and where that choice came from. */
export interface Decoded {
  text: string;
  charset: string;
  from: 'bom' | 'header' | 'meta' | 'default' | 'fallback';
}

/**
 * Government CMSs still serve pages declared gb2312 or gbk whose text uses characters outside GB2312
 * (rare surnames, 〔〕 in document numbers); gb18030 is the superset that decodes them all.
 */
const GB_ALIASES = new Set([
  'gb2312',
  'gbk',
  'x-gbk',
  'gb_2312-80',
  'gb_2312',
  'cp936',
  'windows-936',
  'ms936',
  'csgb2312',
  'iso-ir-58',
  'chinese',
  'euc-cn',
  'gb18030',
]);

/**
 * A charset label as written in a page or header, mapped to a label TextDecoder accepts; null when
 * Node does not know it (the caller then falls back as if nothing was declared).
 * @example normalizeCharset('GB2312') → 'gb18030'
 */
export function normalizeCharset(label: string): string | null {
  const l = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (GB_ALIASES.has(l)) return 'gb18030';
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
}

/**
 * The charset named by a Content-Type value, or null.
 * @example charsetFromContentType('text/html; charset=GBK') → 'gbk'
 */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m?.[1] ?? null;
}

/**
 * The charset a page declares in `<meta charset>` or `<meta http-equiv="Content-Type" content="…charset=…">`.
 * Browsers prescan 1024 bytes; we look further (8 KiB) because some CMS templates put long
 * scripts and styles before the meta tag, and a wrong guess turns the whole report into mojibake.
 * @example sniffMetaCharset(bytesOf('<meta charset="gb2312">')) → 'gb2312'
 */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  // latin1 keeps every byte as one char, so ASCII markup is readable whatever the real encoding
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8192));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const m = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (m?.[1]) return m[1];
  }
  return null;
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** UTF-8 if the bytes are valid UTF-8, else gb18030: the two encodings Chinese text files come in. */
function utf8OrGb(bytes: Uint8Array): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8', from: 'default' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), charset: 'gb18030', from: 'fallback' };
  }
}

/**
 * Decodes the bytes of an HTML page the way a browser would: byte-order mark, then the transport's
 * charset (HTTP Content-Type), then the page's own meta declaration, then UTF-8. An undeclared page
 * that is not valid UTF-8 is read as gb18030, the usual encoding of older Chinese pages.
 * @example decodeHtml(Uint8Array.of(0x3c, 0x70, 0x3e), null).text → '<p>'
 */
export function decodeHtml(bytes: Uint8Array, headerCharset: string | null = null): Decoded {
  const bom = bomCharset(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), charset: bom, from: 'bom' };
  const fromHeader = headerCharset ? normalizeCharset(headerCharset) : null;
  if (fromHeader) return { text: new TextDecoder(fromHeader).decode(bytes), charset: fromHeader, from: 'header' };
  const meta = sniffMetaCharset(bytes);
  const fromMeta = meta ? normalizeCharset(meta) : null;
  if (fromMeta) return { text: new TextDecoder(fromMeta).decode(bytes), charset: fromMeta, from: 'meta' };
  return utf8OrGb(bytes);
}

/**
 * Decodes a plain-text report: byte-order mark, else a header charset, else UTF-8 when valid, else
 * gb18030 (text saved from Word or Notepad on a Chinese Windows is GBK). A header saying utf-8 or
 * iso-8859-1 is only a server default for .txt files, so the bytes decide then.
 * @example decodeText(Uint8Array.of(0xd5, 0xfe, 0xb8, 0xae)).text → '政府'
 */
export function decodeText(bytes: Uint8Array, headerCharset: string | null = null): Decoded {
  const bom = bomCharset(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), charset: bom, from: 'bom' };
  const fromHeader = headerCharset ? normalizeCharset(headerCharset) : null;
  if (fromHeader && fromHeader !== 'utf-8' && fromHeader !== 'windows-1252')
    return { text: new TextDecoder(fromHeader).decode(bytes), charset: fromHeader, from: 'header' };
  return utf8OrGb(bytes);
}
