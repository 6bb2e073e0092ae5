import { describe, expect, it } from 'vitest';
import { agencyKind } from '../../../lib/detect/agency-kind';

describe('agencyKind (条例第四十九条: who publishes by 1月31日, who by 3月31日)', () => {
  it.each([
    ['淮安市洪泽区人民政府', 'government'],
    ['淮安市人民政府', 'government'],
    ['北京市通州区', 'government'],
    ['上海市', 'government'],
    ['平潭综合实验区管委会', 'government'],
    ['平潭综合实验区', 'government'],
    ['苏州工业园区管理委员会', 'government'],
    ['北京市东城区人民政府办公室', 'department'],
    ['平潭综合实验区社会事业局', 'department'],
    ['北京市通州区国资委', 'department'],
    ['县发展和改革局', 'department'],
    ['北京市通州区漷县镇人民政府', 'township'],
    ['某某街道办事处', 'township'],
    ['乡村振兴局', 'department'],
  ] as const)('%s → %s', (name, kind) => {
    expect(agencyKind(name)).toBe(kind);
  });

  it('should not guess from nothing, and take a 汇总 title as a government’s', () => {
    expect(agencyKind(null)).toBe('unknown');
    expect(agencyKind('某某')).toBe('unknown');
    expect(agencyKind(null, '某县2023年政府信息公开工作年度报告（汇总）')).toBe('government');
  });
});
