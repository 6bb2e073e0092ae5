import { type Refusal, refusalMessage, type UnreadableReason } from '#lib/read';
import type { Bilingual } from '#lib/model';

/** The command line's advice after the shared words: a scan can be read with --ocr. */
const HINTS: Partial<Record<UnreadableReason, Bilingual>> = {
  'scanned-pdf': { zh: '；也可加 --ocr 识别扫描件', en: '; or read it by OCR with --ocr' },
};

/**
 * Why an input could not be read, in words: the extension's words for the code (refusalMessage), then
 * the CLI's own advice where it has some (a scan: --ocr).
 * @example readErrorMessage({ reason: 'no-such-file' }) → { zh: '文件不存在', en: 'no such file' }
 */
export function readErrorMessage(refused: Refusal): Bilingual {
  const message = refusalMessage(refused);
  const hint = HINTS[refused.reason];
  return hint ? { zh: message.zh + hint.zh, en: message.en + hint.en } : message;
}
