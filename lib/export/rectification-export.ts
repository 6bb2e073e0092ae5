import type { Lang } from '../model/lang';
import { RECTIFICATION_STATUS_NAMES, type RectificationRow } from '../review/rectification';
import type { XlsxCell, XlsxSheet } from './batch-xlsx';

const HEADERS: Record<Lang, string[]> = {
  zh: ['序号', '责任单位', '机关', '年度', '问题', '规则', '级别', '审核意见', '整改期限', '整改状态', '整改说明', '原文链接'],
  en: ['No.', 'Responsible unit', 'Agency', 'Year', 'Finding', 'Rule', 'Severity', 'Review note', 'Deadline', 'Status', 'Note', 'Link'],
};
const SEVERITY = { zh: { error: '错误', warning: '警告', info: '提示' }, en: { error: 'error', warning: 'warning', info: 'note' } } as const;

/** The 整改 list as rows of text (a CSV), one line per confirmed finding. */
export function rectificationMatrix(rows: readonly RectificationRow[], lang: Lang): string[][] {
  return [
    HEADERS[lang],
    ...rows.map((r, i) => [
      String(i + 1),
      r.entry.unit,
      r.agency,
      r.year === null ? '' : String(r.year),
      r.message,
      r.rule,
      SEVERITY[lang][r.severity],
      r.reviewNote,
      r.entry.deadline,
      RECTIFICATION_STATUS_NAMES[lang][r.entry.status],
      r.entry.note,
      r.url,
    ]),
  ];
}

/** The 整改 list as a workbook sheet (整改清单), messages wrapped. */
export function rectificationSheet(rows: readonly RectificationRow[], lang: Lang): XlsxSheet {
  const [head = [], ...body] = rectificationMatrix(rows, lang);
  const h = (value: string): XlsxCell => ({ value, fontWeight: 'bold', backgroundColor: '#eeeeee', wrap: true, align: 'center' });
  return {
    sheet: lang === 'zh' ? '整改清单' : 'Rectification',
    data: [
      head.map(h),
      ...body.map((line) => line.map((v, i): XlsxCell | null => (v === '' ? null : i === 0 || i === 3 ? { value: Number(v) } : { value: v, wrap: i === 4 }))),
    ],
    columns: [6, 24, 24, 7, 60, 20, 7, 24, 12, 10, 30, 40].map((width) => ({ width })),
    stickyRowsCount: 1,
  };
}
