import { describe, expect, it } from 'vitest';
import { titleForm } from '../../../lib/rules/title-form';
import { formFindings, formRendered, replaced } from './seed-form';

/**
 * title-form on seed 000 (real: its title 北京市通州区国资委2023年政府信息公开 / 工作年度报告 on two lines, the
 * year read from it), its title edited.
 */
const TITLE = '北京市通州区国资委2023年政府信息公开\n工作年度报告';
const titled = (title: string) => formFindings('title-form', (t) => replaced(t, TITLE, title));

describe('title-form on seed 000', () => {
  it('should find nothing in the title as printed, nor with 年度', () => {
    expect(formFindings('title-form')).toEqual([]);
    expect(titled('北京市通州区国资委2023年度政府信息公开工作年度报告')).toEqual([]);
  });

  it('should note a title that drops 工作', () => {
    const title = '北京市通州区国资委2023年政府信息公开年度报告';
    expect(titled(title)).toEqual([['not-canonical', 'info', { title, year: 2023 }, null]]);
  });

  it('should want the year in four digits', () => {
    const title = '北京市通州区国资委23年政府信息公开工作年度报告';
    expect(formFindings('title-form', undefined, (ex) => void (ex.title = title))).toEqual([['not-canonical', 'info', { title, year: 2023 }, null]]);
  });

  it('should render its finding under its own id', () => {
    expect(formRendered('title-form', (t) => replaced(t, TITLE, '北京市通州区国资委2023年政府信息公开年度报告'))).toHaveLength(1);
  });

  it('should judge only a title the year was read from', () => {
    expect(formFindings('title-form', undefined, (ex) => Object.assign(ex, { title: '北京市通州区国资委政府信息公开年度报告' }))).toHaveLength(1);
    for (const edit of [{ title: null }, { year: null }, { yearBasis: { from: 'body', agreeing: [] } }, { yearBasis: null }])
      expect(formFindings('title-form', undefined, (ex) => Object.assign(ex, { title: '北京市通州区国资委政府信息公开年度报告', ...edit }))).toEqual([]);
  });
});

describe('title-form as declared', () => {
  it('should be an info of clause §7.1 under its own id', () => {
    expect([titleForm.id, titleForm.severity, titleForm.clause]).toEqual(['title-form', 'info', '§7.1']);
  });
});
