import { describe, expect, it } from 'vitest';
import { historyNotices } from '../../../lib/history/history-notices';

describe('historyNotices', () => {
  it('should name the subject, and say one removed record in the singular (the popup said "the 1 oldest records")', () => {
    expect(historyNotices('en', 'report').dropped(1)).toBe('The history was over its size limit: the oldest record was removed.');
    expect(historyNotices('en', 'report').dropped(3)).toBe('The history was over its size limit: the 3 oldest records were removed.');
    expect(historyNotices('zh', 'attachment').notSaved('浏览器给扩展的存储空间已满')).toBe(
      '本附件未能存入历史记录：浏览器给扩展的存储空间已满。历史中原有的记录未受影响。',
    );
    expect(historyNotices('zh', 'report').refused).toBe('这份报告的记录超过 2 MB，未存入历史记录（其他记录均保留）。');
    expect(historyNotices('en', 'attachment').refused).toBe(
      'This attachment’s record is over 2 MB: it was not added to the history (every other record is kept).',
    );
  });
});
