/** lib/attach: what the shells and the CLI use (scripts/rewrite-imports.ts adds what a new shell import needs). */
export { attachmentKind, type AttachmentKind } from './attachment-kind';
export { type DocumentLoaders, openDocument, openPdfDocument, type OpenedDocument } from './open-document';
export { type DeclaredKind, type DocumentKind, type Sniffed, sniffBytes } from './sniff-bytes';
export { asSentence, type Refusal, refusalMessage, RefusalSchema, refusalSentence, type UnreadableReason } from './unreadable';
