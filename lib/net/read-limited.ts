/**
 * The most bytes one input may hold: a report page is well under 1 MB and a 300-page PDF some 30 MB;
 * beyond this it is not a report, and reading it whole would take the memory of the tab or the run.
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export type Limited = { ok: true; bytes: Uint8Array } | { ok: false; tooLarge: number };

/**
 * Reads a response body up to `limit` bytes, as it streams in (after any Content-Encoding is undone,
 * so a gzip bomb stops here too), and cancels the rest: never buffers more than the limit. A declared
 * Content-Length over the limit is refused before anything is read.
 * @example await readLimited(res.body, res.headers.get('content-length'), 1024) → { ok: false, tooLarge: 1025 }
 */
export async function readLimited(body: ReadableStream<Uint8Array> | null, contentLength: string | null, limit = MAX_INPUT_BYTES): Promise<Limited> {
  const declared = Number(contentLength ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    await body?.cancel().catch(() => undefined);
    return { ok: false, tooLarge: declared };
  }
  if (!body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, tooLarge: size };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, bytes };
}

/** "64 MB" for a message. */
export function megabytes(n: number): string {
  return `${Math.round(n / 1048576)} MB`;
}
