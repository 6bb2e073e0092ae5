import { activeRows, type Format, REQUEST_ROW_LABELS, requestRows, type RequestRow } from '../model/keys';
import type { ProblemDetail, TableName } from '../model/types';
import { problemText } from './problem-text';
import type { Finding } from '../model/finding';
import { cellLabel, rowLabel } from '../model/cell-label';
import { plural } from '../text/plural';
import { eachCell } from './each-cell';
import { sayer } from './note';
import type { Rule, RuleMessages } from './rule';

const TABLE_ZH = { active: '表二（主动公开）', requests: '表三（收到和处理申请）', review: '表四（行政复议、行政诉讼）' } as const;
const TABLE_EN = { active: 'Table 2 (proactive disclosure)', requests: 'Table 3 (requests)', review: 'Table 4 (review and litigation)' } as const;

/** A problem the extractor recorded, as a note's data: its table, row and what it says. */
type Problem = { table: TableName; row?: string; detail?: ProblemDetail };
const problem = (p: Problem): Problem => ({
  table: p.table,
  ...(p.row !== undefined ? { row: p.row } : {}),
  ...(p.detail !== undefined ? { detail: p.detail } : {}),
});

/** D-1 (tables): a standard table that is absent or not machine-readable (e.g. published as an image). */
const TABLE_MISSING: RuleMessages<{ 'no-table': object; missing: Problem }> = {
  zh: {
    'no-table': () => '页面中未找到可读取的标准表格（表二、表三、表四）；表格可能以图片或附件形式发布，未作核对',
    missing: (p) => `未找到${TABLE_ZH[p.table]}，或其不可读取`,
  },
  en: {
    'no-table': () => 'No readable standard table (2, 3, 4) on this page; the tables may be images or an attachment. Nothing was checked.',
    missing: (p) => `${TABLE_EN[p.table]} not found or not readable`,
  },
};
const sayTableMissing = sayer('table-missing', TABLE_MISSING);
export const tableMissing: Rule = {
  id: 'table-missing',
  severity: 'warning',
  clause: 'D-1',
  clauseText: { section: '§4.6 D-1', text: 'Six sections present, in order (§2). Missing 六 (seed 002) or missing a table ⇒ WARN.' },
  summary: { zh: '缺少标准表格，或表格不可读取（如以图片发布）。', en: 'A standard table is missing or not machine-readable.' },
  messages: TABLE_MISSING,
  check({ ex }) {
    if (ex.format === 'unknown' && !ex.tables.requests && !ex.tables.review && !ex.tables.active) return [sayTableMissing('no-table', 'warning', {})];
    return ex.problems.filter((p) => p.kind === 'table-missing').map((p) => sayTableMissing('missing', 'warning', problem(p)));
  },
};

/** No row may be added or removed in the template (§3): every canonical row of a present table. */
const ROW_MISSING: RuleMessages<{ 'requests-rows': { rows: RequestRow[] }; 'active-rows': { rows: string[]; format: Format }; regulations: object }> = {
  zh: {
    'requests-rows': ({ rows }) => `表三缺少 ${rows.length} 行：${rows.map((r) => REQUEST_ROW_LABELS[r]).join('、')}`,
    'active-rows': ({ rows, format }) => `表二缺少：${rows.map((r) => activeRows(format).find((s) => s.key === r)?.label ?? r).join('、')}`,
    regulations: () => '表二未列“规章”行（无规章制定权的机关常省略此行；模板要求保留并填 0 或“/”）',
  },
  en: {
    'requests-rows': ({ rows }) => `Table 3 lacks ${plural(rows.length, 'row')}: ${rows.map((r) => rowLabel('requests', r, 'en')).join('; ')}`,
    'active-rows': ({ rows }) => `Table 2 lacks: ${rows.map((r) => rowLabel('active', r, 'en')).join(', ')}`,
    regulations: () => 'Table 2 has no 规章 row (often dropped by bodies that cannot make 规章; the template keeps it)',
  },
};
const sayRowMissing = sayer('row-missing', ROW_MISSING);
export const rowMissing: Rule = {
  id: 'row-missing',
  severity: 'warning',
  clause: 'D-1 / §3',
  clauseText: { section: '§4.6 D-1 / §3', text: 'Missing a table ⇒ WARN (D-1). No row or column may be added or removed (§3).' },
  summary: { zh: '标准表格缺少模板规定的行。', en: 'A standard table lacks a row of the template.' },
  messages: ROW_MISSING,
  check({ ex }) {
    const out: Finding[] = [];
    const req = ex.tables.requests;
    if (req) {
      const missing = requestRows(ex.format, ex.tables.requests).filter((r) => !req[r]);
      if (missing.length > 0) out.push(sayRowMissing('requests-rows', 'warning', { rows: missing }));
    }
    const act = ex.tables.active;
    if (act) {
      const missing = activeRows(ex.format).filter((r) => !act[r.key] && r.key !== 'otherDocuments');
      // a body without the power to make 规章 often drops that row: the template keeps it, but nothing is wrong with the figures
      const others = missing.filter((r) => r.key !== 'regulations').map((r) => r.key);
      if (others.length > 0) out.push(sayRowMissing('active-rows', 'warning', { rows: others, format: ex.format }));
      if (missing.some((r) => r.key === 'regulations')) out.push(sayRowMissing('regulations', 'info', {}));
    }
    return out;
  },
};

/** A row whose cells could not all be read (a half table): its values are not guessed. */
const ROW_INCOMPLETE: RuleMessages<{ incomplete: Problem }> = {
  zh: { incomplete: (p) => `${TABLE_ZH[p.table]}“${rowLabel(p.table, p.row ?? '')}”行不完整：${problemText(p.table, p.detail)}` },
  en: { incomplete: (p) => `${TABLE_EN[p.table]} row "${rowLabel(p.table, p.row ?? '', 'en')}" is incomplete` },
};
const sayRowIncomplete = sayer('row-incomplete', ROW_INCOMPLETE);
export const rowIncomplete: Rule = {
  id: 'row-incomplete',
  severity: 'warning',
  clause: '§3',
  clauseText: {
    section: '§3',
    text: 'All layouts below are identical in the five seeds and in the 2022–2023 reports. No row or column may be added or removed.',
  },
  summary: { zh: '表格行的单元格数不足，未猜测其数值。', en: 'A table row has too few cells; its values are not guessed.' },
  messages: ROW_INCOMPLETE,
  check({ ex }) {
    return ex.problems.filter((p) => p.kind === 'row-incomplete').map((p) => sayRowIncomplete('incomplete', 'warning', problem(p)));
  },
};

/**
 * Figures printed without separators (crawler text) that were cut into cells in the one way the digits
 * and the table's own arithmetic allow: said once per table, naming the rows that needed the arithmetic.
 */
const CELLS_SPLIT: RuleMessages<{ split: { tables: Problem[] } }> = {
  zh: {
    split: ({ tables }) =>
      `原文表格的单元格数字连写在一起，已拆分读取（请对照原文核实）：${tables.map((p) => `${TABLE_ZH[p.table]}${problemText(p.table, p.detail)}`).join('；')}`,
  },
  en: {
    split: ({ tables }) =>
      `Figures run together in the text were split into cells where only one split fits (${tables.map((p) => TABLE_EN[p.table]).join(', ')})`,
  },
};
const sayCellsSplit = sayer('cells-split', CELLS_SPLIT);
export const cellsSplit: Rule = {
  id: 'cells-split',
  severity: 'info',
  clause: '§3 (text forms)',
  clauseText: { section: '§3.4', text: 'Rule: strip whitespace inside a single cell’s digit string, but record an INFO flag; never merge across cells.' },
  summary: {
    zh: '原文单元格数字连写时，按位数及表内勾稽关系唯一拆分，并说明拆法。',
    en: 'Figures run together in the text are split in the only way the digits and the table arithmetic allow.',
  },
  messages: CELLS_SPLIT,
  check({ ex }) {
    const split = ex.problems.filter((p) => p.kind === 'cells-split');
    if (split.length === 0) return [];
    return [sayCellsSplit('split', 'info', { tables: split.map(problem) })];
  },
};

/** A figure printed too long to hold exactly, as the note names it: its cell and the first 40 characters printed. */
type LongFigure = { path: string; raw: string };

/**
 * Figures printed but not read for sure (several splits fit, or none): their cells stay empty, no rule
 * runs on them, and the badge shows "?" instead of ✓. Not a fault of the report: an info that names the rows.
 */
const CELLS_UNREAD: RuleMessages<{ unread: Problem; 'too-long': { figures: LongFigure[] } }> = {
  zh: {
    unread: (p) => `${TABLE_ZH[p.table]}${p.row ? `“${rowLabel(p.table, p.row)}”` : ''}未能确定读取，未作核对：${problemText(p.table, p.detail)}`,
    'too-long': ({ figures }) =>
      `${figures.map((c) => `${cellLabel(c.path)}印为“${c.raw.slice(0, 40)}${c.raw.length > 40 ? '…' : ''}”`).join('；')}：数字超过 15 位有效数字，无法按所印精确读取，未作核对`,
  },
  en: {
    unread: (p) => `${TABLE_EN[p.table]}${p.row ? ` row "${rowLabel(p.table, p.row, 'en')}"` : ''}: figures not read for sure, not checked`,
    'too-long': ({ figures }) => `${plural(figures.length, 'figure')} with more than 15 significant digits cannot be held exactly: not read, not checked`,
  },
};
const sayCellsUnread = sayer('cells-unread', CELLS_UNREAD);
export const cellsUnread: Rule = {
  id: 'cells-unread',
  severity: 'info',
  clause: '§3 (abstain)',
  clauseText: { section: '§4', text: 'A rule with a missing operand (blank, /, unparsable) is not assessable — never coerce blanks to 0 for a PASS.' },
  summary: {
    zh: '表格数字已印出但无法确定各单元格的值（如数字连写有多种拆法）：不读取、不核对。',
    en: 'Figures are printed but cannot be assigned to cells for sure: not read, not checked.',
  },
  messages: CELLS_UNREAD,
  check({ ex }) {
    const problems = ex.problems.filter((p) => p.kind === 'cells-unread');
    const out = problems.map((p) => sayCellsUnread('unread', 'info', problem(p), { cells: p.cells ?? [] }));
    // a figure a double cannot hold exactly (over 15 significant digits): printed, but not read as another number
    const listed = new Set(problems.flatMap((p) => p.cells ?? []));
    const long = eachCell(ex.tables).filter((c) => c.cell.note === 'unread' && !listed.has(c.path));
    if (long.length > 0)
      out.push(
        sayCellsUnread('too-long', 'info', { figures: long.map((c) => ({ path: c.path, raw: c.cell.raw.trim() })) }, { cells: long.map((c) => c.path) }),
      );
    return out;
  },
};

/** Two complete tables 三 (or 四) with different figures on one page: which is the report's cannot be told. */
const TABLE_CANDIDATES: RuleMessages<{ candidates: Problem }> = {
  zh: { candidates: (p) => `${TABLE_ZH[p.table]}：${problemText(p.table, p.detail)}` },
  en: { candidates: (p) => `${TABLE_EN[p.table]}: the page holds two complete copies with different figures; the fuller (first) one was checked` },
};
const sayTableCandidates = sayer('table-candidates', TABLE_CANDIDATES);
export const tableCandidates: Rule = {
  id: 'table-candidates',
  severity: 'info',
  clause: '§3 (which table)',
  clauseText: { section: '§7.4', text: 'Tables as images / not text ⇒ report "tables not machine-readable", do not guess.' },
  summary: {
    zh: '页面上有两份完整而数字不同的同一标准表格时，说明按哪一份核对，不默默选择。',
    en: 'Two complete copies of one standard table with different figures: says which one was checked.',
  },
  messages: TABLE_CANDIDATES,
  check({ ex }) {
    return ex.problems.filter((p) => p.kind === 'table-candidates').map((p) => sayTableCandidates('candidates', 'info', problem(p)));
  },
};

/** A reading limit was reached (a PDF of thousands of pages read to its 300th): said, never silent. */
const INPUT_CAPPED: RuleMessages<{ capped: Problem }> = {
  zh: { capped: (p) => problemText(p.table, p.detail) },
  en: { capped: () => 'The input was read only up to a reading limit' },
};
const sayInputCapped = sayer('input-capped', INPUT_CAPPED);
export const inputCapped: Rule = {
  id: 'input-capped',
  severity: 'info',
  clause: '§3 (limits)',
  clauseText: { section: '§7.4', text: 'Attachments: .pdf, .doc, .docx, .wps via download links; what could not be read is reported, not guessed.' },
  summary: { zh: '输入超过读取上限（如 PDF 页数）时说明读到哪里为止。', en: 'Says where reading stopped when an input exceeds a reading limit (PDF pages).' },
  messages: INPUT_CAPPED,
  check({ ex }) {
    return ex.problems.filter((p) => p.kind === 'input-capped').map((p) => sayInputCapped('capped', 'info', problem(p)));
  },
};

/** Columns whose header labels could not be read are taken in template order: said plainly. */
const COLUMNS_BY_POSITION: RuleMessages<{ 'by-position': Problem }> = {
  zh: { 'by-position': (p) => `${TABLE_ZH[p.table]}：${problemText(p.table, p.detail)}` },
  en: { 'by-position': (p) => `${TABLE_EN[p.table]}: header labels not matched; columns read in template order` },
};
const sayColumnsByPosition = sayer('columns-by-position', COLUMNS_BY_POSITION);
export const columnsByPosition: Rule = {
  id: 'columns-by-position',
  severity: 'info',
  clause: '§3',
  clauseText: { section: '§3', text: 'No row or column may be added or removed: the columns keep the template’s order when their headers cannot be matched.' },
  summary: { zh: '表头未能逐列识别时按模板列序读取，并提示。', en: 'Columns read in template order when header labels cannot be matched.' },
  messages: COLUMNS_BY_POSITION,
  check({ ex }) {
    return ex.problems.filter((p) => p.kind === 'columns-by-position').map((p) => sayColumnsByPosition('by-position', 'info', problem(p)));
  },
};
