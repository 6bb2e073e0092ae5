import { describe, expect, it } from 'vitest';
import { type ImportProblem, importHistory } from '../../../lib/history/history-json';
import { rejectionText } from '../../../lib/history/rejection-text';

describe('rejectionText', () => {
  it.each<[ImportProblem, string, string]>([
    [{ code: 'not-json', detail: 'Unexpected token' }, '不是 JSON 文件：Unexpected token', 'not JSON: Unexpected token'],
    [{ code: 'not-an-export' }, '不是历史记录导出文件（没有 records 数组）', 'not a history export (no records array)'],
    [{ code: 'too-many', count: 7, max: 5 }, '文件中有 7 条记录，只读取前 5 条', 'the file holds 7 records; only the first 5 are read'],
    [{ code: 'too-large', bytes: 2_306_867, max: 2_097_152 }, '记录过大（2.2 MB，上限 2 MB）', 'record too large (2.2 MB; at most 2 MB)'],
    [{ code: 'not-an-object' }, '不是一条记录（不是对象）', 'not an object'],
    [{ code: 'no-version' }, '缺少 schemaVersion', 'schemaVersion missing'],
    [
      { code: 'newer-version', version: 9, target: 1 },
      'schemaVersion 9 新于本扩展所用的版本（1）',
      'schemaVersion 9 is newer than this version of the extension (1)',
    ],
    [{ code: 'no-migration', version: 0 }, '无法从 schemaVersion 0 升级', 'no migration from schemaVersion 0'],
    [{ code: 'invalid', detail: 'id: id must be <url>#<hash>' }, 'id: id must be <url>#<hash>', 'id: id must be <url>#<hash>'],
  ])('should word %j in the interface’s language', (problem, zh, en) => {
    expect(rejectionText(problem, 'zh')).toBe(zh);
    expect(rejectionText(problem, 'en')).toBe(en);
  });

  it('should word what importHistory says of a file that is not an export', () => {
    const [rejected] = importHistory('{"records": 1}').rejected;
    expect(rejected && rejectionText(rejected.problem, 'zh')).toBe('不是历史记录导出文件（没有 records 数组）');
  });
});
