import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../cli/parse-cli-args';
import { runMain } from './run-main';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const tmp = () => mkdtempSync(join(tmpdir(), 'xxgk-bench-'));

/** The CSV as rows of cells (no quoted commas in these reports' fields but the 说明 column, quoted when it holds one). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text
    .replace(/^\ufeff/, '')
    .trimEnd()
    .split('\r\n')) {
    const cells: string[] = [];
    for (const m of line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)) {
      if (m.index === line.length && m[0] === '') break;
      cells.push(m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!);
    }
    rows.push(cells);
  }
  return rows;
}

describe('xxgk-audit check --benchmark', () => {
  it('should refuse a benchmark file of another kind and a cohort it does not know', () => {
    expect(parseCliArgs(['check', '--benchmark', 'out.txt', 'a.txt'])).toMatchObject({ error: expect.stringContaining('.csv') });
    expect(parseCliArgs(['check', '--cohort', '某局=省直', 'a.txt'])).toMatchObject({ error: expect.stringContaining('--cohort') });
    expect(parseCliArgs(['check', '--benchmark', 'a.csv', '--cohort', '某局=乡镇街道', 'a.txt'])).toMatchObject({
      benchmark: ['a.csv'],
      cohorts: [['某局', 'township']],
    });
  });

  it('should write the 对标 of the real reports as CSV, HTML and workbook sheets, every rate with its fraction and named denominator', async () => {
    const dir = tmp();
    const [csv, html, xlsx] = ['b.csv', 'b.html', 'all.xlsx'].map((f) => join(dir, f));
    const r = await runMain([
      'check',
      join(FIXTURES, 'pdf/001.pdf'),
      join(FIXTURES, 'corpus/text'),
      join(FIXTURES, 'real'),
      '--benchmark',
      csv!,
      '--benchmark',
      html!,
      '--xlsx',
      xlsx!,
      '--cohort',
      '上海市人民政府办公厅=县级以上政府',
    ]);
    expect(r.stderr).toContain(`已写入对标 ${csv}`);
    const rows = csvRows(readFileSync(csv!, 'utf8'));
    const [head, ...body] = rows;
    expect(head!.slice(0, 10)).toEqual(['年度', '同类', '同类来源', '机关', '指标', '分母', '分子值', '分母值', '比率', '说明']);
    const line = (agency: string, rate: string) => body.find((l) => l[3] === agency && l[4] === rate)!;
    expect(line('淮安市人民政府', '实质公开率').slice(0, 10)).toEqual([
      '2024',
      '县级以上政府',
      '按名称推断',
      '淮安市人民政府',
      '实质公开率',
      '办结',
      '1816',
      '3050',
      '59.5%',
      '59.5%（1816/3050，分母：办结）',
    ]);
    expect(line('淮安市人民政府', '复议纠错率').slice(6, 10)).toEqual(['64', '314', '20.4%', '20.4%（64/314，分母：复议已审结）']);
    // a blank 总计 gives no value and says so; the user's cohort is said to be the user's
    expect(line('上海市人民政府办公厅', '予以公开率').slice(1, 10)).toEqual([
      '县级以上政府',
      '用户设定',
      '上海市人民政府办公厅',
      '予以公开率',
      '办结',
      '',
      '805',
      '',
      '—（无值：表三（一）予以公开·总计 未填数字）',
    ]);
    // 12 rates for each of the 12 agencies and years: 淮安市 2024; 平潭 公安局, 行政审批局 and 财政金融局 2024, 社会事业局
    // and 行政审批局 2023, 交通与建设局 2019; 平潭综合实验区 2021, 2022, 2023 and 2024 (the area's own reports);
    // 上海市人民政府办公厅 2019
    expect(body).toHaveLength(12 * 12);
    expect(new Set(body.map((l) => `${l[3]} ${l[0]}`)).size).toBe(12);
    const page = readFileSync(html!, 'utf8');
    // one strip chart per rate and year: 2019, 2021, 2022, 2023, 2024
    expect(page.match(/<svg /g)).toHaveLength(12 * 5);
    expect(page).toContain('59.5%（1816/3050）');
    const files = unzipSync(new Uint8Array(readFileSync(xlsx!)));
    expect([...strFromU8(files['xl/workbook.xml']!).matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual([
      '汇总',
      '问题清单',
      '表三',
      '表二',
      '表二（2019版）',
      '表四',
      '对标',
      '对标分位',
    ]);
  });
});
