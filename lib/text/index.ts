/** lib/text, part of the model stage: what the outside uses, re-exported whole by #lib/model (npm run rewrite-imports adds to it). */
export { reportHash, sha256Hex } from './content-hash';
export { charsetFromContentType, decodeHtml, decodeText } from './decode';
export { localIso } from './local-stamp';
export { plural } from './plural';
