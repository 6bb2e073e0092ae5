/** lib/attach, part of the read stage: what the outside uses, re-exported whole by #lib/read (npm run rewrite-imports adds to it). */
export { download, type DownloadOptions, type Downloaded, type FetchFn } from './download';
export { attachmentKind, type AttachmentKind } from './attachment-kind';
export { type DocumentLoaders, openDocument, openPdfDocument, type OpenedDocument } from './open-document';
export { type DeclaredKind, type DocumentKind, type Sniffed, sniffBytes } from './sniff-bytes';
export { asSentence, type Refusal, refusalMessage, RefusalSchema, refusalSentence, type UnreadableReason } from './unreadable';
