/** lib/text: what the shells and the CLI use (scripts/rewrite-imports.ts adds what a new shell import needs). */

export { reportHash, sha256Hex } from './content-hash';
export { charsetFromContentType, decodeHtml, decodeText } from './decode';
export { localIso } from './local-stamp';
export { plural } from './plural';
