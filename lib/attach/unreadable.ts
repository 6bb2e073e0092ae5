import * as z from 'zod/mini';
import type { Bilingual } from '../model/lang';
import { REFUSAL_WORDS } from './refusal-words';

/**
 * Why a document could not be read or checked: one closed list of codes for the extension (viewer,
 * batch page) and the CLI. The first eleven are what the bytes are (sniffBytes, openDocument); the rest
 * are what stood in the way of getting or checking them (a missing file, an HTTP error, a limit).
 */
export const UNREADABLE_REASONS = [
  'empty',
  'no-text',
  'scanned-pdf',
  'encrypted-pdf',
  'corrupt',
  'not-pdf',
  'legacy-doc',
  'wps',
  'legacy-excel',
  'unsupported',
  'too-large',
  // a file (the CLI)
  'no-such-file',
  'no-permission',
  'is-directory',
  'read-error',
  'empty-directory',
  'url-list-missing',
  'url-list-unreadable',
  'url-list-empty',
  // a download (the CLI, the batch page, the viewer)
  'http-error',
  'network-error',
  'no-answer',
  'download-timed-out',
  'download-too-large',
  'download-interrupted',
  // the check itself
  'no-reader',
  'out-of-memory',
  'out-of-time',
  'checker-crashed',
  'checker-exited',
  'checker-garbled',
  'check-failed',
  'cancelled',
] as const;
export type UnreadableReason = (typeof UNREADABLE_REASONS)[number];

const BINARY_FORMATS = ['PDF', 'Word', 'WPS', 'Excel', 'OFD', 'ZIP', 'image', 'binary'] as const;

/**
 * A refusal as data: its code and what the words need (rendered by refusalMessage, at the edge). It
 * crosses contexts (the CLI's worker, the batch page's rows), hence a schema.
 */
export const RefusalSchema = z.object({
  reason: z.enum(UNREADABLE_REASONS),
  /** an HTTP status text, a reader's error, an errno code: appended in brackets */
  detail: z.optional(z.string()),
  /** what went wrong inside the words (a network error, a crash) rather than after them */
  why: z.optional(z.string()),
  /** a scan's page count */
  pages: z.optional(z.number()),
  /** what an unsupported file (or an attachment with no reader) is */
  format: z.optional(z.enum(BINARY_FORMATS)),
  /** a .docx's size once inflated, and the most it may be (bytes) */
  inflated: z.optional(z.number()),
  /** the most a file, a download, a .docx once inflated or a check's memory may be (bytes) */
  limit: z.optional(z.number()),
  /** a file's size (bytes) */
  size: z.optional(z.number()),
  /** an HTTP status */
  status: z.optional(z.number()),
  /** a time limit (seconds) */
  seconds: z.optional(z.number()),
  /** a process's exit code */
  exitCode: z.optional(z.number()),
});
export type Refusal = z.infer<typeof RefusalSchema>;

/**
 * A refusal in words, zh and en, from the one table the extension and the CLI share; `detail` (an HTTP
 * status, an error, a size) is appended in brackets.
 * @example refusalMessage({ reason: 'legacy-doc' }).zh → '这是旧版 Word 文档（.doc，Word 97-2003 格式），本程序不能读取…'
 */
export function refusalMessage(refusal: Refusal): Bilingual {
  const m = REFUSAL_WORDS[refusal.reason](refusal);
  const { detail } = refusal;
  return detail ? { zh: `${m.zh}（${detail}）`, en: `${m.en} (${detail})` } : m;
}

/** A message standing alone (an alert, a table cell) rather than after "cannot read x: ": its English capitalised. */
export function asSentence(message: Bilingual): Bilingual {
  return { zh: message.zh, en: message.en.charAt(0).toUpperCase() + message.en.slice(1) };
}

/**
 * A refusal standing alone (a grid's or a workbook's cell, an alert): its words with the English capitalised.
 * @example refusalSentence({ reason: 'cancelled' }) → { zh: '已取消', en: 'Cancelled' }
 */
export function refusalSentence(refusal: Refusal): Bilingual {
  return asSentence(refusalMessage(refusal));
}
