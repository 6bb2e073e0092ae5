/** The history page's interface text: zh-CN by default, English when the browser's UI language is English. */
import type { Lang } from '@/lib/model/lang';
import { plural } from '@/lib/text/plural';
export type { Lang };

export const STRINGS = {
  zh: {
    title: '核查历史记录',
    intro: '本机查看过核查结果的年报（仅保存在本浏览器中，不上传）。同一机关相邻两年的报告会相互对照（上年结转、现行有效件数、沿用上年内容）。',
    agency: '机关',
    year: '年度',
    verdict: '结论',
    counts: '错误/警告/提示',
    checkedAt: '核查时间',
    link: '原文',
    open: '打开',
    allYears: '全部年度',
    allVerdicts: '全部结论',
    filterAgency: '按机关名称筛选',
    verdicts: { error: '有错误', warning: '有警告', ok: '一致', partial: '部分数字未能读取', unreadable: '表格无法读取' },
    shown: (n: number, total: number) => `显示 ${n} / ${total} 条`,
    empty: '还没有记录。在年报页面打开扩展弹窗后，报告会记入这里。',
    yearOnYear: '逐年对照',
    showYears: (agency: string) => `逐年对照：${agency}`,
    close: '关闭',
    figure: '项目',
    step: (a: number, b: number) => `${a} → ${b} 年`,
    stepOk: '衔接一致，未发现问题',
    gap: '年份不连续，无法逐年衔接核对',
    export: '导出 JSON',
    import: '导入 JSON',
    clear: '清空历史记录',
    confirmClear: '确定清空全部历史记录？此操作不能撤销。',
    remove: '删除',
    storage: (used: string, limit: string, n: number) => `已用 ${used} / 上限 ${limit}（${n} 条记录）；超过上限时自动删除最早的记录。`,
    imported: (n: number, bad: number) => `已导入 ${n} 条记录${bad > 0 ? `，${bad} 条无效未导入` : ''}。`,
    dropped: (n: number) => `超过容量上限，已删除最早的 ${n} 条记录。`,
    refused: (n: number) => `${n} 条记录超过 2 MB，未导入（其他记录不受影响）。`,
    importFailed: (why: string) => `导入失败：${why}。本次未导入任何记录，原有记录未受影响。`,
    writeFailed: (why: string) => `操作未完成：${why}。`,
    cleared: '历史记录已清空。',
    unavailable: '无法打开本地数据库（IndexedDB）：',
  },
  en: {
    title: 'History of checked reports',
    intro:
      'Reports whose check you viewed on this computer (kept in this browser only, never uploaded). Two consecutive years of one agency are checked against each other (carry-over, documents in force, reused content).',
    agency: 'Agency',
    year: 'Year',
    verdict: 'Verdict',
    counts: 'Errors/warnings/notes',
    checkedAt: 'Checked',
    link: 'Source',
    open: 'Open',
    allYears: 'All years',
    allVerdicts: 'All verdicts',
    filterAgency: 'Filter by agency',
    verdicts: { error: 'Errors', warning: 'Warnings', ok: 'Consistent', partial: 'Some figures unread', unreadable: 'Tables unreadable' },
    shown: (n: number, total: number) => `${n} of ${total} shown`,
    empty: 'Nothing yet. Open the extension’s popup on a report page and the report is recorded here.',
    yearOnYear: 'Year on year',
    showYears: (agency: string) => `Year on year: ${agency}`,
    close: 'Close',
    figure: 'Figure',
    step: (a: number, b: number) => `${a} → ${b}`,
    stepOk: 'Consistent: nothing to report',
    gap: 'Years not consecutive: no year-to-year check',
    export: 'Export JSON',
    import: 'Import JSON',
    clear: 'Clear the history',
    confirmClear: 'Clear the whole history? This cannot be undone.',
    remove: 'Delete',
    storage: (used: string, limit: string, n: number) => `${used} used of ${limit} (${plural(n, 'record')}); the oldest records are removed beyond the limit.`,
    imported: (n: number, bad: number) => `${plural(n, 'record')} imported${bad > 0 ? `, ${plural(bad, 'invalid one')} skipped` : ''}.`,
    dropped: (n: number) => (n === 1 ? 'Over the size limit: the oldest record was removed.' : `Over the size limit: the ${n} oldest records were removed.`),
    refused: (n: number) => `${n} record${n === 1 ? ' is' : 's are'} over 2 MB and ${n === 1 ? 'was' : 'were'} not imported (the others are unaffected).`,
    importFailed: (why: string) => `Import failed: ${why}. No record was imported; the records already kept are unchanged.`,
    writeFailed: (why: string) => `Not done: ${why}.`,
    cleared: 'The history was cleared.',
    unavailable: 'The local database (IndexedDB) cannot be opened: ',
  },
} as const;

export type Strings = (typeof STRINGS)[Lang];

/** 1.2 MB / 340 kB, for the storage line. */
export function formatBytes(n: number): string {
  if (n === 0) return '0 kB';
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} kB`;
}
