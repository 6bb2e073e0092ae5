import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliReport } from '../../cli/unreadable-report';
import { editCounty } from '../helpers/county-history';
import { COUNTY_GOVERNMENT, COUNTY_MEMBERS, generateCounty, type CountyReport } from '../helpers/generate-county';
import { runMain } from './run-main';

/**
 * The checks across the reports of a run in the CLI (issue 17), on the generated county of 40 agencies
 * over two years as files of one directory: 2023's 公安局 printed with one more 行政复议 维持 than the
 * county's 汇总 counted (a changed cell, named with both figures), 2024 without its 民政局 (a missing
 * agency, listed), and 2023's 司法局 a second time under another name with other 表四 figures (the same
 * report under two sources). What the batch page finds (lib/batch/batch-roll-up.ts, batch-publication.ts)
 * must show in the summary, the --json file and the workbook.
 */
const CHANGED = COUNTY_MEMBERS[4]!; // 青山县公安局
const DROPPED = COUNTY_MEMBERS[5]!; // 青山县民政局
const COPIED = COUNTY_MEMBERS[6]!; // 青山县司法局

/** A report with 表四's 行政复议 `col` and its 总计 raised by `by`: still consistent on its own. */
function raised(r: CountyReport, col: string, by: number): string {
  const rec = r.values.review.reconsideration!;
  return editCounty(r, { [`review.reconsideration.${col}`]: rec[col]! + by, 'review.reconsideration.total': rec.total! + by }).html;
}

const county = generateCounty();
const of = (agency: string, year: number) => county.find((r) => r.agency === agency && r.year === year)!;
const dir = mkdtempSync(join(tmpdir(), 'xxgk-across-'));
const file = (r: CountyReport) => join(dir, String(r.year), `${r.agency}.html`);
const COPY = join(dir, 'zz-copy', `${COPIED}-2023.html`);
const gov2023 = file(of(COUNTY_GOVERNMENT, 2023));
const gov2024 = file(of(COUNTY_GOVERNMENT, 2024));

beforeAll(() => {
  for (const y of ['2023', '2024', 'zz-copy']) mkdirSync(join(dir, y), { recursive: true });
  for (const r of county) {
    if (r.agency === DROPPED && r.year === 2024) continue;
    writeFileSync(file(r), r.agency === CHANGED && r.year === 2023 ? raised(r, 'upheld', 1) : r.html);
  }
  writeFileSync(COPY, raised(of(COPIED, 2023), 'corrected', 2));
});

describe('xxgk-audit check DIR: the X-4 roll-up and the same report under two sources', () => {
  let summary: Awaited<ReturnType<typeof runMain>>;
  let json: CliReport[];
  let xlsx: Record<string, Uint8Array>;

  beforeAll(async () => {
    const out = join(dir, 'out.json');
    const book = join(dir, 'out.xlsx');
    summary = await runMain(['check', dir, '--xlsx', book]);
    const j = await runMain(['check', '--json', dir, '--out', out]);
    expect(j.code).toBe(summary.code);
    json = JSON.parse(readFileSync(out, 'utf8')) as CliReport[];
    xlsx = unzipSync(new Uint8Array(readFileSync(book)));
  });

  it('should name in the summary the changed cell with both figures, the agency missing and the two sources', () => {
    const stated = of(COUNTY_GOVERNMENT, 2023).values.review.reconsideration!.upheld!;
    expect(summary.stdout).toContain('\n== 跨报告核对');
    const tail = summary.stdout.slice(summary.stdout.indexOf('\n== 跨报告核对'));
    const block = (source: string) => tail.slice(tail.indexOf(`-- ${source}`)).split('\n-- ')[0]!;
    const y2023 = block(gov2023);
    expect(y2023).toContain('[提示] roll-up-members 汇总核对：与本批次青山县2023年全部 39 个机关的报告逐格相加比较');
    // one cell changed in one member: 维持 and its 总计 differ, each a warning (the set of members is complete)
    const sums = y2023.split('\n').filter((l) => l.includes('roll-up-sum'));
    expect(sums).toHaveLength(2);
    expect(sums.every((l) => l.startsWith('  [警告] roll-up-sum'))).toBe(true);
    expect(sums[0]).toContain(String(stated));
    expect(sums[0]).toContain(String(stated + 1));
    expect(y2023).toContain('单元格：表四行政复议·结果维持');
    // 2024 lacks 民政局: listed by name, and a partial sum is never more than a note
    const y2024 = block(gov2024);
    expect(y2024).toContain(`缺少 1 个（其他年度有报告）：${DROPPED}`);
    expect(y2024).not.toContain('[警告]');
    // the copy of 司法局's report: each source names the other
    expect(block(COPY)).toContain('publication-conflict');
    expect(block(file(of(COPIED, 2023)))).toContain(COPY);
    // no report of the county has an error: roll-up findings are warnings at most, the exit code stays 0
    expect(summary.code).toBe(0);
  });

  it('should put them in the reports’ findings of the --json file, as figures', () => {
    const stated = of(COUNTY_GOVERNMENT, 2023).values.review.reconsideration!;
    const gov = json.find((r) => r.source === gov2023)!;
    expect(gov.findings.filter((f) => f.rule === 'roll-up-sum').map((f) => [f.severity, f.cells, f.actual, f.expected])).toEqual([
      ['warning', ['review.reconsideration.upheld'], stated.upheld, stated.upheld! + 1],
      ['warning', ['review.reconsideration.total'], stated.total, stated.total! + 1],
    ]);
    const members = json.find((r) => r.source === gov2024)!.findings.find((f) => f.rule === 'roll-up-members')!;
    expect([members.actual, members.expected]).toEqual([38, 39]);
    expect(members.message).toContain(DROPPED);
    const conflict = json.find((r) => r.source === COPY)!.findings.find((f) => f.rule === 'publication-conflict')!;
    expect(conflict.cells).toEqual(['review.reconsideration.corrected', 'review.reconsideration.total']);
    // every input has its one entry, in input order
    expect(json).toHaveLength(county.length);
  });

  it('should list them on the workbook’s 问题清单 and count them on its 汇总', () => {
    const strings = strFromU8(xlsx['xl/sharedStrings.xml']!);
    expect(strings).toContain('roll-up-sum');
    expect(strings).toContain('roll-up-members');
    expect(strings).toContain('publication-conflict');
    expect(strings).toContain(DROPPED);
  });

  it('should say on stderr what a --json on standard output, written as each input came, lacks', async () => {
    const r = await runMain(['check', '--json', file(of(COPIED, 2023)), COPY]);
    const [a, b] = JSON.parse(r.stdout) as CliReport[];
    expect([a, b].map((x) => x!.findings.some((f) => f.rule === 'publication-conflict'))).toEqual([false, false]);
    expect(r.stderr).toContain('跨报告核对（汇总核对、同一报告不同来源）另有 2 条发现');
  });
});
