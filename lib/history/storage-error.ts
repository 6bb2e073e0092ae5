import * as z from 'zod/mini';
import type { Lang } from '../model/lang';

/**
 * Why the history or the auditor's decisions could not be written: `full` (the quota), `busy` (another
 * page of the extension holds or upgrades the database), `no-answer` (no valid answer from the
 * background, the history's one writer), `not-extension-page` (a `put-record` from a page not of the
 * extension) or `failed` with what the error said (`detail`: its name and message, as the browser wrote
 * them). A value: it crosses contexts (the background's answer, the batch page's rows), hence a schema.
 */
export const StorageErrorSchema = z.object({
  code: z.enum(['full', 'busy', 'no-answer', 'not-extension-page', 'failed']),
  detail: z.optional(z.string()),
});
export type StorageError = z.infer<typeof StorageErrorSchema>;

/**
 * A failed write to the browser's storage (IndexedDB, storage.local) as a code: the error arrives as a
 * value, a DOMException by its name (QuotaExceededError, VersionError…) or the message chrome.storage
 * rejects with ("QUOTA_BYTES quota exceeded").
 * @example storageError(new DOMException('', 'QuotaExceededError')) → { code: 'full' }
 */
export function storageError(err: unknown): StorageError {
  const name = typeof err === 'object' && err !== null && 'name' in err ? String(err.name) : '';
  const message =
    err instanceof Error || (typeof err === 'object' && err !== null && 'message' in err) ? String((err as { message: unknown }).message) : String(err);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return { code: 'full' };
  if (name === 'VersionError' || name === 'InvalidStateError' || /blocked|version/i.test(message)) return { code: 'busy' };
  const why = [name, message].filter((s) => s && s !== 'Error').join(': ');
  return why ? { code: 'failed', detail: why } : { code: 'failed' };
}

/** The words of each storage error, one table per language, said after "could not be saved: ". */
const WORDS: { readonly [L in Lang]: { readonly [C in StorageError['code']]: (e: StorageError) => string } } = {
  zh: {
    full: () => '浏览器给扩展的存储空间已满',
    busy: () => '历史数据库正被本扩展的另一页面占用或升级，请关闭其他扩展页面后重试',
    'no-answer': () => '存储出错（后台未给出有效回应）',
    'not-extension-page': () => '请求并非来自本扩展的页面',
    failed: ({ detail }) => `存储出错（${detail ?? '未知错误'}）`,
  },
  en: {
    full: () => 'the browser’s storage for the extension is full',
    busy: () => 'another page of the extension holds or is upgrading the history database: close it and try again',
    'no-answer': () => 'a storage error (no valid answer from the background)',
    'not-extension-page': () => 'not from a page of the extension',
    failed: ({ detail }) => `a storage error (${detail ?? 'unknown error'})`,
  },
};

/**
 * A storage error in words, in the interface's language: rendered where it is shown.
 * @example storageErrorText({ code: 'full' }, 'zh') → '浏览器给扩展的存储空间已满'
 */
export function storageErrorText(e: StorageError, lang: Lang): string {
  return WORDS[lang][e.code](e);
}
