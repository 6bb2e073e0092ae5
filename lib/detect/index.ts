/** lib/detect: what the shells and the CLI use (scripts/rewrite-imports.ts adds what a new shell import needs). */
export { ATTACHMENT_HREF, attachmentLinks } from './attachment-links';
export { detectFromParts, detectReport } from './detect-report';
export { parseTitle } from './parse-title';
