import { describe, expect, it } from 'vitest';
import { matchCategory, matchRequestRow } from '../../../../lib/extract/map/match-request-row';

describe('matchCategory', () => {
  it.each([
    ['（三）不予公开', 'denied'],
    ['（四）无', 'unable'],
    ['(五)不予', 'notProcessed'],
    ['（六）其', 'other'],
    ['（二）部分公开', null],
    ['三、本年', null],
    // the template's wording without its number (a PDF prints the category beside its rows, its number on a line of its own)
    ['不予公开', 'denied'],
    ['无法提供', 'unable'],
    ['不予处理', 'notProcessed'],
    ['其他处理', 'other'],
  ])('should read %s as %s (a category cut by a line or a page keeps its number)', (label, category) => {
    expect(matchCategory(label)).toBe(category);
  });
});

describe('matchRequestRow', () => {
  it('should map a row by its category context', () => {
    expect(matchRequestRow(['（四）无法提供', '1.本机关不掌握相关政府信息'], null)).toBe('unable.notHeld');
    expect(matchRequestRow(['3.其他'], 'other')).toBe('other.other');
    expect(matchRequestRow(['3、其他'], 'other')).toBe('other.other');
  });

  it('should map an item that only one category has when no category is in sight', () => {
    expect(matchRequestRow(['1.属于国家秘密'], null)).toBe('denied.stateSecret');
    expect(matchRequestRow(['5.要求行政机关确认或重 新出具已获取信息'], null)).toBe('notProcessed.confirm');
    // the same printed typo as 淮安市洪泽区 2023/2024
    expect(matchRequestRow(['2.其他法律行政止公开'], 'denied')).toBe('denied.lawForbidden');
  });

  it('should map a row by its own category before the one carried from the rows above', () => {
    // category and first item in one cell (the category label beside its first row), the row above in （三）
    expect(matchRequestRow(['（四）无法提供1.本机关不掌握相关政府信息'], 'denied')).toBe('unable.notHeld');
    expect(matchRequestRow(['（四）无法提供'], 'denied')).toEqual({ categoryTotal: 'unable' });
    // （六）其他处理 cut by a line after 其他: the category's row, not its item 3.其他
    expect(matchRequestRow(['（六）其他'], null)).toEqual({ categoryTotal: 'other' });
  });

  it('should read a label split across cells as one, and pass over cells that hold only invisible characters', () => {
    expect(matchRequestRow(['一、本年新', '收政府信息公开申请数量'], null)).toBe('newReceived');
    // a zero-width space (portal pages) is no label: the row's own label is the cell before it
    expect(matchRequestRow(['（一）予以公开', '\u200b'], null)).toBe('granted');
    expect(matchRequestRow(['\u200b'], 'denied')).toBeNull();
    expect(matchRequestRow([], 'denied')).toBeNull();
  });

  it('should not guess an item that is not one category’s own', () => {
    // two rows' labels run together (a PDF without ruling lines): phrases of two categories name no row
    expect(matchRequestRow(['2.重复申请1.申请人无正当理由逾期不补正'], null)).toBeNull();
    expect(matchRequestRow(['3.其他'], null)).toBe('other.other');
    expect(matchRequestRow(['4.其他情形'], null)).toBeNull();
    expect(matchRequestRow(['合计'], null)).toBeNull();
  });
});
