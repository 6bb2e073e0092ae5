import { strFromU8, unzipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { batchRollUp } from '../../../lib/batch/batch-roll-up';
import { type BatchRow, rowFromResult } from '../../../lib/batch/batch-row';
import { toCsv } from '../../../lib/export/delimited';
import { batchJson } from '../../../lib/export/batch-json';
import { batchRectificationRows } from '../../../lib/export/batch-rectification';
import { rectificationMatrix, rectificationSheet } from '../../../lib/export/rectification-export';
import { checkText } from '../../../lib/pipeline';
import { parseRectifications, rectificationKey } from '../../../lib/review/rectification';
import type { Reviews } from '../../../lib/review/review';
import { countyBatch } from '../../helpers/county-batch';
import { editCounty } from '../../helpers/county-history';
import { COUNTY_GOVERNMENT } from '../../helpers/generate-county';
import { seedText } from '../../helpers/seeds';

// seeds 002 (北京市密云区商务局 2023: arithmetic errors) and 000, checked as the batch page checks them
const at = '2026-12-06T10:00:00+08:00';
const row = (id: string, url: string) => rowFromResult({ url, linkText: id }, checkText(seedText(id), url));
const seed002 = row('002', 'https://www.bjmy.gov.cn/swj/2023.html');
const seed000 = row('000', 'https://www.bj.gov.cn/a/2023.html');
const keyOf = (r: BatchRow, rule: string) => r.findingKeys[r.report!.findings.findIndex((f) => f.rule === rule)]!;

describe('the batch’s 整改 list (its exports)', () => {
  const reviews = new Map<BatchRow, Reviews>([
    [
      seed002,
      {
        [keyOf(seed002, 't3-balance')]: { status: 'confirmed', note: '多报 3 件', at },
        [keyOf(seed002, 'sections')]: { status: 'dismissed', note: '附件中有', at },
      },
    ],
  ]);
  const key = rectificationKey(seed002.url, seed002.hash!, keyOf(seed002, 't3-balance'));
  const stored = parseRectifications({ [key]: { unit: '密云区商务局办公室', deadline: '2027-01-31', status: 'inProgress', note: '已通知', updatedAt: at } });
  const fixes = batchRectificationRows([seed000, seed002], (r) => reviews.get(r), stored);

  it('should list one line per confirmed finding with the 责任单位, deadline and status kept for it', () => {
    const t3 = seed002.report!.findings.filter((f) => f.rule === 't3-balance');
    // every t3-balance finding with the same key is the one decision; a dismissed finding and an undecided report are not listed
    expect(fixes.map((f) => [f.url, f.rule, f.entry.unit, f.entry.deadline, f.entry.status, f.reviewNote])).toEqual(
      t3.slice(0, 1).map(() => [seed002.url, 't3-balance', '密云区商务局办公室', '2027-01-31', 'inProgress', '多报 3 件']),
    );
    const csv = toCsv(rectificationMatrix(fixes, 'zh'));
    expect(csv).toContain('密云区商务局办公室,北京市密云区商务局,2023,');
    expect(csv).toContain(',2027-01-31,整改中,已通知,https://www.bjmy.gov.cn/swj/2023.html');
  });

  it('should give the JSON its rectification list and the workbook its 整改清单 sheet', async () => {
    const json = JSON.parse(batchJson([seed000, seed002], new Date('2026-12-06T08:00:00Z'), undefined, 480, fixes)) as {
      rectification: { url: string; rule: string; unit: string; deadline: string; status: string }[];
    };
    expect(json.rectification.map((x) => [x.url, x.rule, x.unit, x.deadline, x.status])).toEqual([
      [seed002.url, 't3-balance', '密云区商务局办公室', '2027-01-31', 'inProgress'],
    ]);
    expect('rectification' in JSON.parse(batchJson([seed002], new Date(0), undefined, 0))).toBe(false);
    const buffer = await writeXlsxFile([rectificationSheet(fixes, 'zh')] as Parameters<typeof writeXlsxFile>[0]).toBuffer();
    const files = unzipSync(new Uint8Array(buffer));
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('name="整改清单"');
    expect(strFromU8(files['xl/sharedStrings.xml']!)).toContain('密云区商务局办公室');
  });

  it('should list a confirmed finding found across reports (the X-4 roll-up), under the government', () => {
    const batch = countyBatch(17, (r) => (r.agency === '青山县教育局' && r.year === 2024 ? editCounty(r, { 'review.reconsideration.upheld': 99 }) : r));
    const rows = batchRollUp(batch.filter((r) => r.year === 2024).map((r) => rowFromResult({ url: r.url, linkText: r.agency }, r.result)));
    const gov = rows.find((r) => r.agency === COUNTY_GOVERNMENT)!;
    const confirmed: Reviews = { [keyOf(gov, 'roll-up-sum')]: { status: 'confirmed', note: '教育局数字有误', at } };
    const list = batchRectificationRows(rows, (r) => (r === gov ? confirmed : {}), {});
    expect(list.map((f) => [f.agency, f.rule, f.entry.unit, f.entry.status, f.reviewNote])).toEqual([
      [COUNTY_GOVERNMENT, 'roll-up-sum', COUNTY_GOVERNMENT, 'pending', '教育局数字有误'],
    ]);
    expect(list[0]!.message).toContain('表四行政复议·结果维持（汇总）与39个机关报告之和');
  });
});
