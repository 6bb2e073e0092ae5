/**
 * The host permission pattern for a URL: `https://example.org/*`. Without the port: Chrome match
 * patterns take none (`http://host:8080/*` is refused by permissions.request), and a pattern without
 * one covers every port of the host.
 * @example originPattern('http://127.0.0.1:8080/a/b.pdf?x=1') → 'http://127.0.0.1/*'
 */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}
