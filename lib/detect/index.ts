/** lib/detect, part of the read stage: what the outside uses, re-exported whole by #lib/read (npm run rewrite-imports adds to it). */
export { ATTACHMENT_HREF, attachmentLinks } from './attachment-links';
export { detectFromParts, detectReport } from './detect-report';
export { parseTitle } from './parse-title';
