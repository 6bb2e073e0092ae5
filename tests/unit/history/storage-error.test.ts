import { describe, expect, it } from 'vitest';
import { storageErrorText } from '../../../lib/history/storage-error';

describe('storageErrorText', () => {
  it('should name a full store, whether IndexedDB or chrome.storage reports it', () => {
    expect(storageErrorText(new DOMException('The quota has been exceeded.', 'QuotaExceededError')).zh).toBe('浏览器给扩展的存储空间已满');
    expect(storageErrorText(new Error('Resource::kQuotaBytes quota exceeded')).en).toBe('the browser’s storage for the extension is full');
  });

  it('should name a database held by another page', () => {
    expect(storageErrorText(new DOMException('', 'VersionError')).zh).toMatch(/另一页面/);
  });

  it('should keep what any other error says', () => {
    expect(storageErrorText(new DOMException('disk I/O', 'UnknownError')).zh).toBe('存储出错（UnknownError: disk I/O）');
    expect(storageErrorText('boom').en).toBe('a storage error (boom)');
  });
});
