import { OUTCOME_ROWS_2021, REQUEST_COLUMNS, REVIEW_GROUPS } from '../../lib/model/keys';
import type { Values } from './arbitrary-report';
import { renderPage, type Layout, type Raw } from './render-html';

/** A small deterministic PRNG (mulberry32): the same county for the same seed, on any machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const COUNTY = '青山县';
export const COUNTY_GOVERNMENT = `${COUNTY}人民政府`;
const DEPARTMENTS = [
  '发展和改革局',
  '教育局',
  '科学技术局',
  '工业和信息化局',
  '公安局',
  '民政局',
  '司法局',
  '财政局',
  '人力资源和社会保障局',
  '自然资源局',
  '生态环境局',
  '住房和城乡建设局',
  '交通运输局',
  '水利局',
  '农业农村局',
  '商务局',
  '文化和旅游局',
  '卫生健康委员会',
  '退役军人事务局',
  '应急管理局',
  '审计局',
  '市场监督管理局',
  '统计局',
  '医疗保障局',
  '城市管理局',
];
const TOWNSHIPS = [
  '城关镇人民政府',
  '东坝镇人民政府',
  '西河镇人民政府',
  '南山乡人民政府',
  '北岭乡人民政府',
  '新华街道办事处',
  '东城街道办事处',
  '青石镇人民政府',
  '柳溪乡人民政府',
  '长岗镇人民政府',
  '白沙镇人民政府',
  '凤鸣街道办事处',
  '桃源乡人民政府',
  '石门镇人民政府',
];
/** The 39 members (25 departments, 14 townships and sub-districts) and the county government, 40 agencies. */
export const COUNTY_MEMBERS = [...DEPARTMENTS.map((d) => `${COUNTY}${d}`), ...TOWNSHIPS.map((t) => `${COUNTY}${t}`)];

const APPLICANTS = REQUEST_COLUMNS.filter((c) => c !== 'total');

/** One generated report: its agency, year, canonical values and the page a portal would publish. */
export interface CountyReport {
  agency: string;
  year: number;
  values: Values;
  url: string;
  html: string;
  layout: Layout;
}

type Rng = () => number;
const int = (rng: Rng, max: number) => Math.floor(rng() * (max + 1));
/** Mostly small figures, zeros common, now and then a large one: the shape of real 表三 columns. */
const count = (rng: Rng, scale: number) => {
  const u = rng();
  return u < 0.45 ? 0 : u < 0.9 ? int(rng, 3 * scale) : int(rng, 12 * scale);
};

function requestTable(rng: Rng, scale: number, carried: number[]): Record<string, Record<string, number>> {
  const rows: Record<string, number[]> = {};
  for (const key of OUTCOME_ROWS_2021) {
    const main = key === 'granted' || key === 'partial' || key === 'unable.notHeld';
    rows[key] = APPLICANTS.map((c) => (c === 'natural' || c === 'commercial' ? count(rng, main ? scale * 2 : scale / 4) : count(rng, 0.3)));
  }
  let processed = APPLICANTS.map((_, c) => OUTCOME_ROWS_2021.reduce((s, r) => s + rows[r]![c]!, 0));
  // what was carried over must be processed or carried forward: top up （一） where it is not, so 一 ≥ 0
  const forward = APPLICANTS.map(() => count(rng, 0.5));
  APPLICANTS.forEach((_, c) => {
    const short = carried[c]! - processed[c]! - forward[c]!;
    if (short > 0) rows.granted![c]! += short;
  });
  processed = APPLICANTS.map((_, c) => OUTCOME_ROWS_2021.reduce((s, r) => s + rows[r]![c]!, 0));
  rows.totalProcessed = processed;
  rows.carriedForward = forward;
  rows.carriedOver = carried;
  rows.newReceived = processed.map((p, c) => p + forward[c]! - carried[c]!);
  return Object.fromEntries(
    Object.entries(rows).map(([k, v]) => [k, { ...Object.fromEntries(APPLICANTS.map((c, i) => [c, v[i]!])), total: v.reduce((a, b) => a + b, 0) }]),
  );
}

function memberValues(rng: Rng, scale: number, last: Values | null): Values {
  const carried = last ? APPLICANTS.map((c) => last.requests.carriedForward![c]!) : APPLICANTS.map(() => count(rng, 0.3));
  const review = Object.fromEntries(
    REVIEW_GROUPS.map((g) => {
      const [upheld, corrected, other, pending] = [count(rng, 0.6), count(rng, 0.3), count(rng, 0.2), count(rng, 0.2)];
      return [g, { upheld, corrected, other, pending, total: upheld + corrected + other + pending }];
    }),
  );
  const docs = (prev: Record<string, number> | undefined) => {
    const issued = int(rng, 3);
    const repealed = int(rng, 1);
    const before = prev?.effective ?? int(rng, 20);
    return { issued, repealed: Math.min(repealed, before), effective: before + issued - Math.min(repealed, before) };
  };
  return {
    requests: requestTable(rng, scale, carried),
    review,
    active: {
      regulations: { issued: 0, repealed: 0, effective: 0 },
      normativeDocuments: docs(last?.active.normativeDocuments),
      licensing: { count: count(rng, 20) },
      punishment: { count: count(rng, 10) },
      enforcement: { count: count(rng, 2) },
      fees: { amount: 0 },
    },
  };
}

/** The county's 汇总: every cell the sum of its members' (表三, 表四 and 表二's counts). */
export function sumValues(members: readonly Values[]): Values {
  const out: Values = { requests: {}, review: {}, active: {} };
  for (const m of members)
    for (const table of ['requests', 'review', 'active'] as const)
      for (const [row, cols] of Object.entries(m[table]))
        for (const [col, v] of Object.entries(cols)) {
          out[table][row] ??= {};
          out[table][row]![col] = (out[table][row]![col] ?? 0) + v;
        }
  return out;
}

const LAYOUTS: Layout[] = ['word', 'trs', 'flat'];

/**
 * A report page in one of the three real layouts (Word export, TRS article, no merged cells); `printed`
 * replaces the text of cells by path (`active.enforcement.count` → '/').
 */
export function countyPage(agency: string, year: number, v: Values, layout: Layout, printed: Record<string, string> = {}): string {
  const raw = Object.fromEntries(
    (['active', 'requests', 'review'] as const).map((t) => [
      t,
      Object.fromEntries(
        Object.entries(v[t]).map(([r, cols]) => [r, Object.fromEntries(Object.entries(cols).map(([c, x]) => [c, printed[`${t}.${r}.${c}`] ?? String(x)]))]),
      ),
    ]),
  ) as Raw;
  return renderPage(raw, layout, {
    title: `${agency}${year}年政府信息公开工作年度报告`,
    before: [
      '依据《中华人民共和国政府信息公开条例》(以下简称《政府信息公开条例》)第五十条规定，编制本报告。',
      `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
      '一、总体情况',
      `${year}年，本机关认真贯彻落实政务公开工作要求。`,
    ],
    after: [
      '五、存在的主要问题及改进情况',
      '政务公开工作仍有不足，下一步将加以改进。',
      '六、其他需要报告的事项',
      `本年度发出收费通知的件数为${v.requests['other.overdueFee']!.total}件，总金额为0元，实际收取的总金额为0元。`,
    ],
    published: `${year + 1}-01-20`,
  });
}

/**
 * A generated county of 40 agencies over two years (2023, 2024): 25 departments, 14 townships and
 * sub-districts with random figures that satisfy every rule (2024's 二、上年结转 is 2023's 四, 表二's
 * documents carry over), and the county government whose 汇总 tables are the sum of its 39 members.
 * Pages rotate through the three real layouts of tests/helpers/render-html.ts.
 */
export function generateCounty(seed = 17): CountyReport[] {
  const rng = prng(seed);
  const out: CountyReport[] = [];
  const last = new Map<string, Values>();
  for (const year of [2023, 2024]) {
    const members = COUNTY_MEMBERS.map((agency, i) => {
      const scale = i < DEPARTMENTS.length ? 1 + (i % 5) * 2 : 0.6;
      const v = memberValues(rng, scale, last.get(agency) ?? null);
      last.set(agency, v);
      return { agency, v };
    });
    const all = [...members, { agency: COUNTY_GOVERNMENT, v: sumValues(members.map((m) => m.v)) }];
    all.forEach(({ agency, v }, i) => {
      const url = `https://www.qingshan.gov.cn/zfxxgk/nb/${year}/${i + 1}.html`;
      const layout = LAYOUTS[(i + year) % 3]!;
      out.push({ agency, year, values: v, url, layout, html: countyPage(agency, year, v, layout) });
    });
  }
  return out;
}
