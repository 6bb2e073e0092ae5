/**
 * Node's TextEncoder only writes UTF-8 and iconv-lite is not installed, so GBK test pages are
 * encoded with the inverse of Node's own GBK decoder: every two-byte GBK code (lead 0x81–0xFE,
 * trail 0x40–0xFE) is decoded once and the character → bytes map is kept. The decode tests anchor
 * it with hard-coded bytes (政 = D5 FE, 府 = B8 AE).
 */
let table: Map<string, [number, number]> | null = null;

function gbkTable(): Map<string, [number, number]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  return table;
}

/** Encodes text as GBK bytes; throws on a character GBK lacks (a test-writing mistake). */
export function gbkEncode(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbkTable().get(ch);
      if (!bytes) throw new Error(`not in GBK: ${ch}`);
      out.push(...bytes);
    }
  }
  return Uint8Array.from(out);
}
