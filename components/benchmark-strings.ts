/** The 对标 view's interface text (batch and history pages): zh-CN, or English when the browser is English. */

export const BENCHMARK_STRINGS = {
  zh: {
    heading: '对标',
    intro:
      '按年度、同类（部门、县级以上政府、乡镇街道）比较各机关的比率。每项比率写出分子/分母，表头写明分母；空白、未能读取或分母为 0 时不给数值（不按 0 计）。同类有值机关少于 5 个不列分位数；分母少于 30 件不作提示卡。',
    year: '年度',
    agency: '机关',
    cohort: '同类',
    accepted: '受理总量',
    processed: '办结量',
    rank: (r: number, n: number) => `第 ${r}/${n}`,
    stat: (p: string) => `同类 ${p}`,
    picture: '分布图',
    rate: '指标',
    pictureNote: '每点一个机关；阴影为 P25–P75，竖线为中位数；红点为提示卡，空心为依据数字与报告自身勾稽不符；点击表中机关名称可在图中标出。',
    inferred: '（按名称推断）',
    corrected: '（已更正）',
    exportCsv: '对标 CSV',
    exportHtml: '对标图表（HTML）',
    none: '没有可对标的报告（需已识别机关名称、表格已读取）。',
    skipped: (n: number) => `${n} 份未纳入（非年报、表格未读取或无机关名称）。`,
    copies: (n: number) => `另有 ${n} 个网址为同一机关同一年度的报告`,
    disputed: '依据数字与报告自身勾稽不符',
  },
  en: {
    heading: 'Benchmark',
    intro:
      'Agencies compared by year and cohort (departments, governments, townships). Every rate shows its numerator/denominator and its column names the denominator; a blank, unread or zero denominator gives no value (never 0). No percentile for fewer than 5 agencies with a value; no card under 30 cases.',
    year: 'Year',
    agency: 'Agency',
    cohort: 'Cohort',
    accepted: 'Requests handled',
    processed: 'Completed',
    rank: (r: number, n: number) => `rank ${r}/${n}`,
    stat: (p: string) => `Cohort ${p}`,
    picture: 'Distribution',
    rate: 'Rate',
    pictureNote:
      'One dot per agency; band P25–P75, line at the median; a red dot has a card, a hollow one rests on figures the report’s own arithmetic contradicts; click an agency in the table to mark it.',
    inferred: ' (from the name)',
    corrected: ' (corrected)',
    exportCsv: 'Benchmark CSV',
    exportHtml: 'Benchmark charts (HTML)',
    none: 'No report to benchmark (an agency name and readable tables are needed).',
    skipped: (n: number) => `${n} left out (not a report, tables not read, or no agency name).`,
    copies: (n: number) => `${n} more address(es) hold a report of the same agency and year`,
    disputed: 'rests on figures the report’s own arithmetic contradicts',
  },
};
export type BenchmarkStrings = (typeof BENCHMARK_STRINGS)['zh'];
