import type { Bilingual } from '../model/lang';

/**
 * What a failed write to the browser's storage (IndexedDB, storage.local) means to the user. The
 * error arrives as a value: a DOMException by its name (QuotaExceededError, VersionError…), or the
 * message chrome.storage rejects with ("QUOTA_BYTES quota exceeded").
 * @example storageErrorText(new DOMException('', 'QuotaExceededError')).zh → '浏览器给扩展的存储空间已满'
 */
export function storageErrorText(err: unknown): Bilingual {
  const name = typeof err === 'object' && err !== null && 'name' in err ? String(err.name) : '';
  const message =
    err instanceof Error || (typeof err === 'object' && err !== null && 'message' in err) ? String((err as { message: unknown }).message) : String(err);
  if (name === 'QuotaExceededError' || /quota/i.test(message))
    return { zh: '浏览器给扩展的存储空间已满', en: 'the browser’s storage for the extension is full' };
  if (name === 'VersionError' || name === 'InvalidStateError' || /blocked|version/i.test(message))
    return {
      zh: '历史数据库正被本扩展的另一页面占用或升级，请关闭其他扩展页面后重试',
      en: 'another page of the extension holds or is upgrading the history database: close it and try again',
    };
  const why = [name, message].filter((s) => s && s !== 'Error').join(': ') || '未知错误';
  return { zh: `存储出错（${why}）`, en: `a storage error (${why})` };
}
