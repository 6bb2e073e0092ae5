import { beforeAll, describe, expect, it } from 'vitest';
import { agencyRates, type RateValue } from '../../../lib/benchmark/agency-rates';
import { formatRate } from '../../../lib/benchmark/format-rate';
import type { RateId } from '../../../lib/benchmark/rate-definitions';
import type { PublicReport } from '../../../lib/model/public-report';
import { realBatch, type BatchReport } from '../../helpers/real-batch';

let batch: BatchReport[];
beforeAll(async () => {
  batch = await realBatch();
});

const reportOf = (file: string): PublicReport => batch.find((b) => b.url === file)!.result.report;
const rates = (file: string): Record<RateId, RateValue> =>
  Object.fromEntries(agencyRates(reportOf(file)).rates.map((r) => [r.id, r])) as Record<RateId, RateValue>;
const fraction = (r: RateValue) => [r.numerator, r.denominator];

describe('agencyRates on the real reports', () => {
  it('should compute every rate of 淮安市人民政府 2024 (pdf/001) as a hand computation from its printed 表三 and 表四', () => {
    // 表三 总计 column as printed: （一）1362 （二）454 （三）2+31+5+6+8+12+9+105 = 178 （四）769+11+1 = 781
    // （五）62+25+0+0+1 = 88 （六）71+6+110 = 187 （七）3050; 一 3119 (自然人 3001) 二 34 四 103
    // 表四: 复议 72/64/178/37/351; 直接起诉 13/4/8/1/26; 复议后起诉 12/1/1/6/20
    const r = rates('pdf/001.pdf');
    expect(fraction(r.granted)).toEqual([1362, 3050]);
    expect(fraction(r.substantive)).toEqual([1362 + 454, 3050]);
    expect(fraction(r.denied)).toEqual([178, 3050]);
    expect(fraction(r.unable)).toEqual([781, 3050]);
    expect(fraction(r.notProcessed)).toEqual([88, 3050]);
    expect(fraction(r.otherHandled)).toEqual([187, 3050]);
    expect(fraction(r.notHeldShare)).toEqual([769, 781]);
    expect(fraction(r.carryForward)).toEqual([103, 3119 + 34]);
    expect(fraction(r.naturalShare)).toEqual([3001, 3119]);
    // decided = 总计 − 尚未审结, never 总计 alone (the peer's understatement)
    expect(fraction(r.reconsiderationCorrection)).toEqual([64, 351 - 37]);
    expect(fraction(r.litigationCorrection)).toEqual([4 + 1, 26 - 1 + (20 - 6)]);
    expect(fraction(r.overallCorrection)).toEqual([64 + 4 + 1, 351 - 37 + 26 - 1 + (20 - 6)]);
    expect(formatRate(r.substantive, 'zh', true)).toBe('实质公开率 59.5%（1816/3050，分母：办结）');
    expect(formatRate(r.reconsiderationCorrection, 'zh', true)).toBe('复议纠错率 20.4%（64/314，分母：复议已审结）');
    expect(formatRate(r.litigationCorrection, 'zh', true)).toBe('诉讼纠错率 12.8%（5/39，分母：诉讼已审结）');
    expect(formatRate(r.overallCorrection, 'zh', true)).toBe('整体纠错率 19.5%（69/353，分母：复议和诉讼已审结）');
    expect(formatRate(r.carryForward, 'zh', true)).toBe('结转率 3.3%（103/3153，分母：受理总量）');
    expect(formatRate(r.naturalShare, 'zh', true)).toBe('自然人占比 96.2%（3001/3119，分母：本年新收）');
    // the outcome shares divide one 办结 and add up to it, as T3-C holds in this report
    const shares = [r.substantive, r.denied, r.unable, r.notProcessed, r.otherHandled].map((x) => x.numerator!);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(3050);
  });

  it('should read the single （六） row of 洪泽区 2024 (pdf/003) into 其他处理率, and give 0.0% where no lawsuit was corrected', () => {
    const r = rates('pdf/003.pdf');
    expect(fraction(r.substantive)).toEqual([50 + 9, 95]);
    expect(fraction(r.otherHandled)).toEqual([0, 95]);
    expect(fraction(r.reconsiderationCorrection)).toEqual([1, 2]);
    expect(fraction(r.litigationCorrection)).toEqual([0, 1 + 3]);
    expect(r.litigationCorrection.value).toBe(0);
    expect(formatRate(r.overallCorrection, 'zh')).toBe('16.7%（1/6，分母：复议和诉讼已审结）');
  });

  it('should give no correction rate where nothing was decided (denominator 0), and mark rates resting on figures the report contradicts', () => {
    // 洪泽区 2023 (pdf/002) prints 行政复议 总计 0 beside 维持 10 + 纠正 1: t4-group-total, an error
    const r = rates('pdf/002.pdf');
    expect(r.reconsiderationCorrection).toMatchObject({ numerator: 1, denominator: 0, value: null, zeroDenominator: true, disputed: true });
    expect(formatRate(r.reconsiderationCorrection, 'zh')).toBe('—（分母为 0：复议已审结 0）');
    expect(r.substantive).toMatchObject({ numerator: 4, denominator: 21, disputed: false });
    // 平潭公安局 2024: no case at all, so no correction rate (never 0%)
    const g = rates('corpus/text/pingtan-gaj-2024.txt');
    expect(g.overallCorrection).toMatchObject({ value: null, zeroDenominator: true });
    expect(fraction(g.substantive)).toEqual([3 + 1, 8]);
  });

  it('should give no value where an operand is blank (上海市人民政府办公厅 2019 leaves the 总计 of the outcome rows blank)', () => {
    const r = rates('real/shanghai-bgt-2019-fragment.html');
    expect(r.granted.value).toBeNull();
    expect(r.granted.missing).toEqual([{ path: 'requests.granted.total', why: 'blank' }]);
    expect(r.denied.value).toBeNull();
    expect(r.reconsiderationCorrection.value).toBeNull();
    expect(r.reconsiderationCorrection.missing).toEqual([{ path: 'review.reconsideration.corrected', why: 'blank' }]);
    // what the report does print still gives its rates
    expect(fraction(r.carryForward)).toEqual([72, 859 + 18]);
    expect(fraction(r.naturalShare)).toEqual([821, 859]);
    expect(formatRate(r.granted, 'zh', true)).toBe('予以公开率 —（无值：表三（一）予以公开·总计 未填数字）');
  });
});
