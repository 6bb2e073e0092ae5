import { describe, expect, it } from 'vitest';
import { copyPasteTraces } from '../../../lib/rules/copy-paste-traces';
import { formFindings, replaced } from './seed-form';

/**
 * copy-paste-traces (D-6) on seed 000 (北京市通州区国资委 2023, real: a 区 department whose text speaks of 区国资委),
 * a sentence of another kind of unit added, and on the same text under other publishers' names.
 */
const traces = (sentence: string, agency?: string | null) =>
  formFindings(
    'copy-paste-traces',
    (t) => replaced(t, '编制本报告。', `编制本报告。${sentence}`),
    agency === undefined ? undefined : (ex) => void (ex.agency = agency),
  );
const AGENCY = '北京市通州区国资委';

describe('copy-paste-traces on seed 000', () => {
  it('should find nothing in the report as printed', () => {
    expect(traces('')).toEqual([]);
  });

  it.each(['我镇', '全镇', '本镇', '我乡', '全乡'])('should note a department of a 区 speaking of %s (a township’s words)', (words) => {
    const sentence = `${words}逐步健全政府信息公开工作机制。`;
    expect(traces(sentence)).toEqual([['wording', 'info', { agency: AGENCY, unit: 'township', words }, sentence]]);
  });

  it.each(['我县', '全县'])('should note a 区 body speaking of %s (a county’s words)', (words) => {
    const sentence = `${words}逐步健全政府信息公开工作机制。`;
    expect(traces(sentence)).toEqual([['wording', 'info', { agency: AGENCY, unit: 'county', words }, sentence]]);
  });

  it('should note working under a 县’s guidance, within 15 characters, and not further', () => {
    const between = (n: number) => '政务公开办公室和有关部门的统一具体'.slice(0, n);
    expect(between(16)).toHaveLength(16);
    const near = `在县${between(15)}指导下，推进公开工作。`;
    expect(traces(near)).toEqual([['wording', 'info', { agency: AGENCY, unit: 'county', words: `在县${between(15)}指导下` }, near]]);
    expect(traces(`在县${between(16)}指导下，推进公开工作。`)).toEqual([]);
  });

  it('should take each kind of unit’s own words as its own', () => {
    expect(traces('我镇逐步健全政府信息公开工作机制。', '北京市通州区漷县镇人民政府')).toEqual([]);
    expect(traces('我乡逐步健全政府信息公开工作机制。', '某某乡人民政府')).toEqual([]);
    expect(traces('某某街道办事处：我镇逐步健全机制。', '北京市通州区永顺街道办事处')).toEqual([]);
    expect(traces('我县逐步健全政府信息公开工作机制。', '北京市密云县商务局')).toEqual([]);
    // a 县 body speaking of 我区, and a body that is both (县 in a 区's name) not judged for either
    expect(traces('我区逐步健全政府信息公开工作机制。', '北京市密云县商务局')).toEqual([
      ['wording', 'info', { agency: '北京市密云县商务局', unit: 'district', words: '我区' }, '我区逐步健全政府信息公开工作机制。'],
    ]);
    expect(traces('全区逐步健全机制，全县同步推进。', '某县某区管理局')).toEqual([]);
    expect(traces('我区逐步健全政府信息公开工作机制。')).toEqual([]);
  });

  it('should judge nothing without a publisher', () => {
    expect(traces('我镇逐步健全政府信息公开工作机制。', null)).toEqual([]);
    expect(traces('我镇逐步健全政府信息公开工作机制。', '')).toEqual([]);
  });

  it('should be an info of clause D-6 under its own id', () => {
    expect([copyPasteTraces.id, copyPasteTraces.severity, copyPasteTraces.clause]).toEqual(['copy-paste-traces', 'info', 'D-6']);
  });
});
