import { beforeAll, describe, expect, it } from 'vitest';
import { rollUpFindings } from '../../../lib/benchmark/roll-up-findings';
import { areaOf, rollUps } from '../../../lib/benchmark/roll-up';
import { renderFinding } from '../../../lib/report/render-finding';
import { countyBatch } from '../../helpers/county-batch';
import { editCounty } from '../../helpers/county-history';
import { COUNTY_GOVERNMENT } from '../../helpers/generate-county';
import { realBatch } from '../../helpers/real-batch';

const inputs = (batch: ReturnType<typeof countyBatch>) => batch.map((r) => ({ url: r.url, report: r.result.report }));

describe('areaOf', () => {
  it.each([
    ['青山县人民政府', '青山县'],
    ['淮安市洪泽区人民政府', '淮安市洪泽区'],
    ['平潭综合实验区管理委员会', '平潭综合实验区'],
    ['青山县财政局', null],
  ])('should take %s for the area %s', (name, area) => {
    expect(areaOf(name)).toBe(area);
  });
});

describe('X-4: the county government’s 汇总 against the sum of its agencies (generated county of 40, two years)', () => {
  it('should find every cell of 三 and 四 equal to the sum of the 39 members, the set complete', () => {
    const ups = rollUps(inputs(countyBatch()));
    expect(ups.map((u) => [u.government.agency, u.government.year, u.members.length, u.complete, u.missing])).toEqual([
      [COUNTY_GOVERNMENT, 2023, 39, true, []],
      [COUNTY_GOVERNMENT, 2024, 39, true, []],
    ]);
    // 25 rows × 7 columns of 表三 and 3 × 5 of 表四, each compared
    expect(ups[0]!.cells.filter((c) => c.sum !== null && c.stated !== null)).toHaveLength(175 + 15);
    expect(ups.flatMap(rollUpFindings).map((f) => f.rule)).toEqual(['roll-up-members', 'roll-up-members']);
  });

  it('should name a changed cell of one member with both figures (a warning, the set being complete)', () => {
    const batch = countyBatch(17, (r) =>
      r.agency === '青山县财政局' && r.year === 2024 ? editCounty(r, { 'requests.granted.commercial': r.values.requests.granted!.commercial! + 7 }) : r,
    );
    const up = rollUps(inputs(batch)).find((u) => u.government.year === 2024)!;
    const found = rollUpFindings(up).filter((f) => f.rule === 'roll-up-sum');
    const stated = batch.find((r) => r.agency === COUNTY_GOVERNMENT && r.year === 2024)!.values.requests.granted!.commercial!;
    expect(found.map((f) => [f.severity, f.cells, f.expected, f.actual])).toEqual([['warning', ['requests.granted.commercial'], stated + 7, stated]]);
    const message = renderFinding(found[0]!, 'zh');
    expect(message).toMatch(/^表三（一）予以公开·商业企业（汇总）与39个机关报告之和：/);
    expect(message).toMatch(new RegExp(`= ${stated + 7}，报告为 ${stated}，差 7$`));
  });

  it('should list a member missing from the batch, and call the differences information only', () => {
    const batch = countyBatch().filter((r) => !(r.agency === '青山县统计局' && r.year === 2024));
    const up = rollUps(inputs(batch)).find((u) => u.government.year === 2024)!;
    expect([up.members.length, up.complete, up.missing]).toEqual([38, false, ['青山县统计局']]);
    const found = rollUpFindings(up);
    expect(renderFinding(found[0]!, 'zh')).toBe(
      '汇总核对：本批次有青山县2024年 38 个机关的报告；缺少 1 个（其他年度有报告）：青山县统计局；成员不全时差异仅供参考',
    );
    expect(found.filter((f) => f.rule === 'roll-up-sum').length).toBeGreaterThan(0);
    expect(new Set(found.map((f) => f.severity))).toEqual(new Set(['info']));
  });
});

describe('X-4 on the real reports as one batch', () => {
  let real: Awaited<ReturnType<typeof realBatch>>;
  beforeAll(async () => {
    real = await realBatch();
  });

  it('should not take 淮安市人民政府 beside one district’s report for a roll-up', () => {
    expect(rollUps(real.map((r) => ({ url: r.url, report: r.result.report })))).toEqual([]);
  });
});
