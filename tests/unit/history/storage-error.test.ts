import { describe, expect, it } from 'vitest';
import { type StorageError, storageError, storageErrorText } from '../../../lib/history/storage-error';

describe('storageError', () => {
  it('should name a full store, whether IndexedDB or chrome.storage reports it', () => {
    expect(storageError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toEqual({ code: 'full' });
    expect(storageError(new Error('Resource::kQuotaBytes quota exceeded'))).toEqual({ code: 'full' });
  });

  it('should name a database held or upgraded by another page', () => {
    expect(storageError(new DOMException('', 'VersionError'))).toEqual({ code: 'busy' });
    expect(storageError(new DOMException('', 'InvalidStateError'))).toEqual({ code: 'busy' });
    expect(storageError(new Error('open blocked'))).toEqual({ code: 'busy' });
  });

  it('should keep what any other error says, and nothing when it says nothing', () => {
    expect(storageError(new DOMException('disk I/O', 'UnknownError'))).toEqual({ code: 'failed', detail: 'UnknownError: disk I/O' });
    expect(storageError('boom')).toEqual({ code: 'failed', detail: 'boom' });
    expect(storageError(new Error(''))).toEqual({ code: 'failed' });
  });
});

describe('storageErrorText', () => {
  it.each<[StorageError, string, string]>([
    [{ code: 'full' }, '浏览器给扩展的存储空间已满', 'the browser’s storage for the extension is full'],
    [
      { code: 'busy' },
      '历史数据库正被本扩展的另一页面占用或升级，请关闭其他扩展页面后重试',
      'another page of the extension holds or is upgrading the history database: close it and try again',
    ],
    [{ code: 'no-answer' }, '存储出错（后台未给出有效回应）', 'a storage error (no valid answer from the background)'],
    [{ code: 'not-extension-page' }, '请求并非来自本扩展的页面', 'not from a page of the extension'],
    [{ code: 'failed', detail: 'UnknownError: disk I/O' }, '存储出错（UnknownError: disk I/O）', 'a storage error (UnknownError: disk I/O)'],
    [{ code: 'failed' }, '存储出错（未知错误）', 'a storage error (unknown error)'],
  ])('should word %j in the interface’s language', (error, zh, en) => {
    expect(storageErrorText(error, 'zh')).toBe(zh);
    expect(storageErrorText(error, 'en')).toBe(en);
  });
});
