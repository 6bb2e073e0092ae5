import { describe, expect, it } from 'vitest';
import { REQUEST_COLUMNS } from '../../../lib/model/keys';
import { renderFinding } from '../../../lib/report/render-finding';
import { type ChangedCell, PUBLICATION_CHANGED_MESSAGES, PUBLICATION_CONFLICT_MESSAGES } from '../../../lib/rules/across-reports';
import { sayer } from '../../../lib/rules/note';

/**
 * The words of the checks across reports (their findings are made in lib/history, whose tests are outside the
 * mutation test set): how many changed figures a message lists, and how it counts the rest.
 */
const sayChanged = sayer('publication-changed', PUBLICATION_CHANGED_MESSAGES);
const sayConflict = sayer('publication-conflict', PUBLICATION_CONFLICT_MESSAGES);

/** Row （一）予以公开 of 表三 edited by one in its first `n` columns (at most seven), as lib/history's diff lists them. */
const grantedPlusOne = (n: number): ChangedCell[] =>
  REQUEST_COLUMNS.slice(0, n).map((c, i) => ({ path: `requests.granted.${c}`, before: String(i), after: String(i + 1) }));

const changed = (cells: ChangedCell[]) =>
  sayChanged('changed', 'info', { checkedAt: '2025-01-20T09:00:00+08:00', cells, added: 0, removed: 0 }, { cells: cells.map((c) => c.path) });

describe('publication-changed and publication-conflict words', () => {
  it('should list six changed figures and count the seventh (等 7 处 / and 1 more)', () => {
    const f = changed(grantedPlusOne(7));
    expect(renderFinding(f, 'zh')).toMatch(/表格 7 处数字不同：(?:表三（一）予以公开·[^、]+ \d→\d、){5}表三（一）予以公开·其他 5→6 等 7 处；/);
    expect(renderFinding(f, 'en')).toMatch(/other organisations 5→6 and 1 more; /);
  });

  it('should list all of six changed figures with no count of more', () => {
    const f = changed(grantedPlusOne(6));
    expect(renderFinding(f, 'zh')).toMatch(/表三（一）予以公开·其他 5→6；正文新增 0 段/);
    expect(renderFinding(f, 'zh')).not.toContain('等');
    expect(renderFinding(f, 'en')).not.toContain('more');
  });

  it('should say when the report was last checked to the minute, not with its seconds and time zone', () => {
    // checkedAt as the history stores it (ISO 8601): the message shows its date and time as a person reads them
    const f = changed(grantedPlusOne(1));
    expect(renderFinding(f, 'zh')).toMatch(/^本报告自上次核查（2025-01-20 09:00）以来已被修改：/);
    expect(renderFinding(f, 'en')).toMatch(/^This report was changed since it was last checked \(2025-01-20 09:00\): /);
  });

  it('should count the figures beyond six of a conflict too, and show a blank cell as □', () => {
    const cells = [{ path: 'requests.granted.natural', before: '', after: '3' }, ...grantedPlusOne(7).slice(1)];
    const f = sayConflict(
      'conflict',
      'warning',
      { agency: '某局', year: 2024, url: 'https://example.gov.cn/b.html', cells },
      { cells: cells.map((c) => c.path) },
    );
    expect(renderFinding(f, 'zh')).toMatch(
      /^某局2024年报告在另一网址（https:\/\/example\.gov\.cn\/b\.html）的数字不同，7 处（本网址→另一网址）：表三（一）予以公开·自然人 □→3、/,
    );
    expect(renderFinding(f, 'zh')).toMatch(/ 等 7 处$/);
    expect(renderFinding(f, 'en')).toMatch(/ and 1 more$/);
  });
});
