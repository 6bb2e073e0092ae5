import { describe, expect, it } from 'vitest';
import type { FullExtraction } from '../../../lib/extract/map/build-extraction';
import { runRules } from '../../../lib/rules/run-rules';
import { makeExtraction } from '../../helpers/make-extraction';
import { publicationDate } from '../../../lib/rules/publication-date';
import { formFindings } from './seed-form';

/**
 * publication-date (D-3) on seed 000 (北京市通州区国资委 2023, real: a department, its year from the title) with
 * the date it was published and the publisher set on the extraction (a flattened Word text prints neither).
 */
const published = (date: string | null, agency?: string | null) =>
  formFindings('publication-date', undefined, (ex: FullExtraction) => {
    ex.published = date;
    if (agency !== undefined) ex.agency = agency;
  });

describe('publication-date on seed 000', () => {
  it('should give a department (区国资委) until 1月31日 of the next year', () => {
    expect(published('2024-01-31')).toEqual([]);
    expect(published('2024-02-01')).toEqual([['late', 'warning', { published: '2024-02-01', deadline: '2024-01-31', kind: 'department' }, null]]);
  });

  it('should give a government until 3月31日', () => {
    const gov = '北京市通州区人民政府';
    expect(published('2024-03-31', gov)).toEqual([]);
    expect(published('2024-04-01', gov)).toEqual([['late', 'warning', { published: '2024-04-01', deadline: '2024-03-31', kind: 'government' }, null]]);
  });

  it('should name both deadlines between them when the publisher’s kind is not told, and warn after 3月31日', () => {
    expect(published('2024-01-31', null)).toEqual([]);
    expect(published('2024-02-01', null)).toEqual([
      ['between', 'info', { published: '2024-02-01', january: '2024-01-31', march: '2024-03-31', kind: 'unknown' }, null],
    ]);
    expect(published('2024-03-31', null)).toEqual([
      ['between', 'info', { published: '2024-03-31', january: '2024-01-31', march: '2024-03-31', kind: 'unknown' }, null],
    ]);
    expect(published('2024-04-01', null)).toEqual([['late', 'warning', { published: '2024-04-01', deadline: '2024-03-31', kind: 'unknown' }, null]]);
    // a township: the 条例 names no date
    expect(published('2024-02-20', '北京市通州区漷县镇人民政府').map(([code, , data]) => [code, (data as { kind: string }).kind])).toEqual([
      ['between', 'township'],
    ]);
  });

  it('should note a date outside the next year', () => {
    expect(published('2023-12-31')).toEqual([['not-next-year', 'info', { year: 2023, published: '2023-12-31' }, null]]);
    expect(published('2025-01-01').map(([code]) => code)).toEqual(['late', 'not-next-year']);
  });

  it('should judge nothing without a date or a year it can trust', () => {
    expect(published(null)).toEqual([]);
    expect(formFindings('publication-date', undefined, (ex) => Object.assign(ex, { published: '2024-02-01', year: null }))).toEqual([]);
  });

  it('should give a 管委会 of a 综合实验区 reporting as its area’s government the 3月31日 deadline (D-3, issue 8)', () => {
    expect(runRules(makeExtraction({ published: '2024-03-08', agency: '平潭综合实验区管委会' }))).toEqual([]);
    expect(runRules(makeExtraction({ published: '2024-03-08', agency: '平潭综合实验区' }))).toEqual([]);
    expect(runRules(makeExtraction({ published: '2024-04-02', agency: '平潭综合实验区管委会' })).map((f) => [f.rule, f.severity])).toEqual([
      ['publication-date', 'warning'],
    ]);
  });
});

describe('publication-date as declared', () => {
  it('should be a warning of clause D-3 under its own id', () => {
    expect([publicationDate.id, publicationDate.severity, publicationDate.clause]).toEqual(['publication-date', 'warning', 'D-3']);
  });
});
