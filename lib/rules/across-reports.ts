import { cellLabel } from '../model/cell-label';
import type { Lang } from '../model/lang';
import { plural } from '../text/plural';
import { NO_MESSAGES, type RuleDeclaration, type RuleMessages } from './rule';

declare module '../model/rule-ids' {
  interface RuleIds {
    'roll-up-sum': true;
    'roll-up-members': true;
    'publication-changed': true;
    'publication-conflict': true;
  }
}

/**
 * `members`: the reports of `area` for `year` a government's roll-up was compared with (`complete`: all of
 * the area's agencies), and the agencies with a report in another year but none in this one (`missing`).
 */
export const ROLL_UP_MESSAGES: RuleMessages<{ members: { complete: boolean; area: string; year: number; members: number; missing: string[] } }> = {
  zh: {
    members: ({ complete, area, year, members, missing }) =>
      complete
        ? `汇总核对：与本批次${area}${year}年全部 ${members} 个机关的报告逐格相加比较`
        : `汇总核对：本批次有${area}${year}年 ${members} 个机关的报告${missing.length > 0 ? `；缺少 ${missing.length} 个（其他年度有报告）：${missing.join('、')}` : '；无法判断是否齐全（批次中没有其他年度可对照）'}；成员不全时差异仅供参考`,
  },
  en: {
    members: ({ complete, area, year, members, missing }) =>
      complete
        ? `Roll-up: compared cell by cell with the sum of all ${members} reports of ${area} for ${year} in the batch`
        : `Roll-up: the batch holds ${plural(members, 'report')} of ${area} for ${year}${missing.length > 0 ? `; ${missing.length} missing (reported in another year): ${missing.join('、')}` : '; whether that is all cannot be told (no other year to compare)'}; with members missing the differences are for information`,
  },
};

/** A cell two versions of a report print differently: its path and both texts as printed. */
export type ChangedCell = { path: string; before: string; after: string };

const SHOWN = 6;
const at = (iso: string) => iso.slice(0, 16).replace('T', ' ');
const blank = (s: string) => (s === '' ? '□' : s);

function cellChanges(cells: readonly ChangedCell[], lang: Lang): string {
  const shown = cells.slice(0, SHOWN).map((c) => `${cellLabel(c.path, lang)} ${blank(c.before)}→${blank(c.after)}`);
  const more = cells.length > SHOWN ? (lang === 'zh' ? ` 等 ${cells.length} 处` : ` and ${cells.length - SHOWN} more`) : '';
  return shown.join(lang === 'zh' ? '、' : '; ') + more;
}

/**
 * `changed`: the report at this address is not what was checked there at `checkedAt`: the cells that
 * differ, and how many narrative paragraphs were `added` and `removed`.
 */
export const PUBLICATION_CHANGED_MESSAGES: RuleMessages<{ changed: { checkedAt: string; cells: ChangedCell[]; added: number; removed: number } }> = {
  zh: {
    changed: ({ checkedAt, cells, added, removed }) =>
      `本报告自上次核查（${at(checkedAt)}）以来已被修改：${cells.length > 0 ? `表格 ${cells.length} 处数字不同：${cellChanges(cells, 'zh')}` : '表格数字未变'}；正文新增 ${added} 段、删去 ${removed} 段`,
  },
  en: {
    changed: ({ checkedAt, cells, added, removed }) =>
      `This report was changed since it was last checked (${at(checkedAt)}): ${cells.length > 0 ? `${plural(cells.length, 'figure')} differ: ${cellChanges(cells, 'en')}` : 'the figures are the same'}; ${plural(added, 'paragraph')} added, ${removed} removed in the text`,
  },
};

/** `conflict`: the report of `agency` for `year` at another address (`url`) has other figures (here→there). */
export const PUBLICATION_CONFLICT_MESSAGES: RuleMessages<{ conflict: { agency: string; year: number; url: string; cells: ChangedCell[] } }> = {
  zh: {
    conflict: ({ agency, year, url, cells }) =>
      `${agency}${year}年报告在另一网址（${url}）的数字不同，${cells.length} 处（本网址→另一网址）：${cellChanges(cells, 'zh')}`,
  },
  en: {
    conflict: ({ agency, year, url, cells }) =>
      `The ${year} report of ${agency} at another address (${url}) has other figures, ${cells.length} (here→there): ${cellChanges(cells, 'en')}`,
  },
};

/** The checks across reports, in the order their findings are listed. */
/**
 * The checks that run across the reports of a batch or of the history, not on one report: what the
 * interface says of each (summary, clause) and the words of its findings. Their findings are made by
 * lib/benchmark/roll-up-findings.ts (X-4) and lib/history/publication-findings.ts.
 */
export const ACROSS_REPORTS_RULES: readonly RuleDeclaration[] = [
  {
    id: 'roll-up-sum',
    severity: 'warning',
    clause: 'X-4',
    clauseText: { section: '§4.5 X-4', text: 'County/city report tables that are 汇总 of the region ≈ Σ member reports [E7][E8].' },
    summary: {
      zh: '县级以上人民政府的汇总报告：表三、表四每个单元格与本批次同地区同年度各机关报告之和相符（成员不全时为提示）。',
      en: "A government's roll-up report: each cell of tables 3 and 4 equals the sum of its area's reports in the batch (info while members are missing).",
    },
    messages: NO_MESSAGES,
  },
  {
    id: 'roll-up-members',
    severity: 'info',
    clause: 'X-4',
    clauseText: { section: '§4.5 X-4', text: 'County/city report tables that are 汇总 of the region ≈ Σ member reports [E7][E8].' },
    summary: {
      zh: '汇总核对所用的成员报告，以及本批次缺少的成员机关。',
      en: 'The member reports a roll-up was compared with, and the members the batch lacks.',
    },
    messages: ROLL_UP_MESSAGES,
  },
  {
    id: 'publication-changed',
    severity: 'info',
    clause: '§6 发布后有变动',
    clauseText: { section: '§6 [E1]', text: 'CASS 2016: 个别对象年度报告发布不及时; 发布后有变动; 多平台发布.' },
    summary: {
      zh: '同一网址再次核查时内容已变（与上次核查比较的表格数字与正文变化）。',
      en: 'The same address checked again holds changed content (what changed in the tables and narrative since the last check).',
    },
    messages: PUBLICATION_CHANGED_MESSAGES,
  },
  {
    id: 'publication-conflict',
    severity: 'warning',
    clause: '§6 多平台发布',
    clauseText: { section: '§6 [E1]', text: 'CASS 2016: 个别对象年度报告发布不及时; 发布后有变动; 多平台发布.' },
    summary: {
      zh: '同一机关同一年度的报告在两个网址上数字不同。',
      en: 'The same agency and year under two addresses with different figures.',
    },
    messages: PUBLICATION_CONFLICT_MESSAGES,
  },
];
