import { cellPath } from '../../model/cell-ref';
import {
  type ActiveRowSpec,
  activeRows,
  REQUEST_COLUMNS,
  REQUEST_ROW_LABELS,
  REVIEW_COLUMN_LABELS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  type Format,
  type RequestRow,
} from '../../model/keys';
import type { CellReading, ExtractionProblem, TableName, UnreadRun } from '../../model/types';
import { plainCell, type RawCell, type RawTable } from '../raw-table';
import { asciiDigitView } from './ascii-digits';
import { decodeByDigits, decodeRequests, decodeReview, type DecodedRow } from './decode-rows';
import { readingOf } from './reading-of';
import { findLabel, labelIndex, type Found, type FoundLabel, type LabelIndex } from './label-index';
import type { Slot } from './split-run';
import { itemAt } from '../../model/item-at';

/** The standard tables found in a text whose cells run together, the problems met, and where the tables stood. */
export interface RunTogetherTables {
  tables: RawTable[];
  problems: ExtractionProblem[];
  /** spans of the original text that were table text (left out of the narrative) */
  regions: Found[];
  format: Format | null;
}

/** Characters a run of figures may hold: digits, spaces, marks for not-applicable cells, signs, a decimal point. */
const RUN = /^[\d\s\u00a0\u3000/\\\-—－–+.]*$/;
const RUN_PREFIX = /^[\d\s\u00a0\u3000/\\\-—－–+.]*/;

type RowSpec = { key: string | null; re: RegExp };

/** A label's numbering printed before it ("2." of 2.其他法律…): part of the label, not of the figures before it. */
const item = (n: number, core: string) => new RegExp(`(?:\\(${n}\\)|${n}[.、．])?(?:${core})`);
const category = (n: string, core: string) => new RegExp(`(?:\\(${n}\\)|${n}、)?(?:${core})`);

/** Table 三's first and last labels: where its text begins and the end of its labels. */
const FIRST_LABEL = /(?:一、)?本年新收(?:政府信息公开申请数量|政府信息公开申请)?/;
const LAST_LABEL = /(?:四、)?结转下一?年度继续办理|(?:四、)?结转下一?年度/;

/** Table 三's labels in template order (report-format.md §3.2), after NFKC and with whitespace removed. */
const REQUEST_SPECS: readonly RowSpec[] = [
  { key: 'newReceived', re: FIRST_LABEL },
  { key: 'carriedOver', re: /(?:二、)?上年结转(?:政府信息公开申请数量|政府信息公开申请)?/ },
  { key: null, re: /(?:三、)?本年度办理结果/ },
  { key: 'granted', re: category('一', '(?<!不)予以公开') },
  { key: 'partial', re: category('二', '部分公开(?:\\(区分处理的,只计这一情[形况],不计其他情形\\))?') },
  { key: null, re: category('三', '不予公开') },
  { key: 'denied.stateSecret', re: item(1, '属于国家秘密') },
  { key: 'denied.lawForbidden', re: item(2, '其他法律行政法规禁止公开|其他法律行政[^0-9]{0,4}公开') },
  { key: 'denied.threeSecurity', re: item(3, '危及"?三安全一稳定"?') },
  { key: 'denied.thirdParty', re: item(4, '保护第三方合法权益') },
  { key: 'denied.internalAffairs', re: item(5, '属于三类内[部容]事务信息') },
  { key: 'denied.processInfo', re: item(6, '属于四类过程性信息') },
  { key: 'denied.enforcementFile', re: item(7, '属于行政执法案卷') },
  { key: 'denied.queryMatter', re: item(8, '属于行政查询事项') },
  { key: null, re: category('四', '无法提供') },
  { key: 'unable.notHeld', re: item(1, '本机关不掌握相关政府信息') },
  { key: 'unable.needCreate', re: item(2, '没有现成信息需要另行制作') },
  { key: 'unable.unclear', re: item(3, '补正后申请内容仍不明确') },
  { key: null, re: category('五', '不予处理') },
  { key: 'notProcessed.petition', re: item(1, '信访举报投诉类申请') },
  { key: 'notProcessed.duplicate', re: item(2, '重复申请') },
  { key: 'notProcessed.publication', re: item(3, '要求提供公开出版物') },
  { key: 'notProcessed.massive', re: item(4, '无正当理由大量反复申请') },
  { key: 'notProcessed.confirm', re: item(5, '要求行政机关确认或重新出具已获取信息') },
  { key: 'other', re: category('六', '其他处理') },
  { key: 'other.overdueCorrection', re: item(1, '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请|申请人无正当理由逾期不补正') },
  { key: 'other.overdueFee', re: item(2, '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请|申请人逾期未按收费通知要求缴纳费用') },
  { key: 'other.other', re: item(3, '其他(?!处理)') },
  { key: 'totalProcessed', re: category('七', '总计') },
  { key: 'carriedForward', re: LAST_LABEL },
];

const rowLabel = (key: string) => REQUEST_ROW_LABELS[key as RequestRow] ?? key;

/** A 表三 row's own total (T3-B) and 表四's three group totals (T4-A/B/C), as places among their cells. */
const ROW_TOTAL = { of: [0, 1, 2, 3, 4, 5], total: 6 };
const REVIEW_TOTALS = [0, 5, 10].map((g) => ({ of: [g, g + 1, g + 2, g + 3], total: g + 4 }));

/** Table 二's row labels (both templates). */
const ACTIVE_LABELS: Record<string, RegExp> = {
  regulations: /规章/,
  normativeDocuments: /(?:行政)?规范性文件/,
  otherDocuments: /其他主动公开文件/,
  licensing: /行政许可/,
  otherServices: /其他对外管理服务事项/,
  punishment: /行政处罚/,
  enforcement: /行政强制/,
  fees: /行政事业性收费/,
  procurement: /政府集中采购/,
};

const HEADER_2021_REQUESTS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];

/**
 * Finds tables 二, 三 and 四 in text whose cells run together (a crawler's get_text of a portal page:
 * `一、本年新收政府信息公开申请数量15130000154二、上年结转…`) by their template labels in order, takes
 * each row's figures from between its label and the next, and decodes them (decode-rows.ts). Rows that
 * cannot be read for sure stay unread cells with a problem that lists what was printed.
 */
export function readRunTogetherTables(text: string): RunTogetherTables {
  // every digit as ASCII first: a full-width 6 read as part of a label would drop a figure from its run
  const view = asciiDigitView(text);
  const ix = labelIndex(view.text);
  const out: RunTogetherTables = { tables: [], problems: [], regions: [], format: null };
  const requests = readRequests(ix, out);
  // 表二 ends where section 三 (or table 三) begins
  const heading = findLabel(ix, /三、收到和处理政府信息公开申请/, 0, requests?.start);
  const activeEnd = heading?.normStart ?? requests?.start ?? ix.norm.length;
  readActive(ix, activeEnd, out);
  readReview(ix, requests?.end ?? 0, out);
  out.tables.forEach((t, i) => (t.index = i));
  // the view keeps the source index of each of its characters and of its end
  out.regions = out.regions.map((r) => ({ start: itemAt(view.at, r.start, 'region start'), end: itemAt(view.at, r.end, 'region end') }));
  return out;
}

interface Placed {
  key: string | null;
  found: FoundLabel;
}

/**
 * The printed figures after a label, up to `end` (original index): '' where none is printed, null where
 * other text stands among them. Text before the first figure is the rest of the label (（区分处理的…）).
 * A unit after the figures (18651.06万元) is other text here: only 表二's last row has one, and
 * runBeforeText reads it there.
 */
function runAfter(text: string, from: number, end: number): string | null {
  const body = text
    .slice(from, end)
    .replace(/^[^\d/\\\-—－–+]*/, '')
    .trim();
  return RUN.test(body) ? body : null;
}

/**
 * The figures right after the last label of a table, where narrative follows instead of another label
 * (行政事业性收费18651.064104 (二)主动公开…): the run up to the first other character, which must not
 * continue a number in the text (2023年, 61条, 15.4%: then the label had no figure and nothing is read).
 */
function runBeforeText(text: string, from: number, end: number, unit: boolean): string | null {
  const region = text.slice(from, end);
  // both patterns match at the start of any text (an empty run at least)
  const m = (unit ? /^[\d\s\u00a0\u3000/\\\-—－–+.]*(?:万元|元)?/ : RUN_PREFIX).exec(region)?.[0] ?? '';
  const next = region.slice(m.length).trimStart()[0] ?? '';
  if (/[年月日号%％件条个项次余多万元人户亿名家]/.test(next)) return null;
  return m.trim();
}

function readRequests(ix: LabelIndex, out: RunTogetherTables): { start: number; end: number } | null {
  const first = findLabel(ix, FIRST_LABEL, 0);
  if (!first) return null;
  const header = findLabel(ix, /\(?本列数据的[勾钩]稽关系|申请人情况/, Math.max(0, first.normStart - 400), first.normStart);
  const start = header ?? first;
  const last = findLabel(ix, LAST_LABEL, first.normEnd);
  const bound = last ? last.normEnd : ix.norm.length;
  const placed: Placed[] = [];
  let pos = first.normStart;
  for (const spec of REQUEST_SPECS) {
    const found = findLabel(ix, spec.re, pos, spec.re === LAST_LABEL ? ix.norm.length : bound);
    if (!found) continue;
    placed.push({ key: spec.key, found });
    pos = found.normEnd;
  }
  const headerText = ix.norm.slice(start.normStart, first.normStart);
  const standardHeader = !header || (HEADER_2021_REQUESTS.every((l) => headerText.includes(l)) && !headerText.includes('小计'));

  // the 2019 template (and some 2021 reports) print （六）其他处理 as one row of figures, without its three items
  const single = !placed.some((p) => p.key?.startsWith('other.'));
  const rowKeys = REQUEST_SPECS.map((s) => s.key).filter((k): k is string => k !== null && (single ? !k.startsWith('other.') : k !== 'other'));
  const rows: { key: string; run: string | null }[] = [];
  let end = start.end;
  placed.forEach((p, i) => {
    if (p.key === null || !rowKeys.includes(p.key)) return;
    const next = placed[i + 1]?.found.start;
    const stop = next ?? p.found.end + (RUN_PREFIX.exec(ix.text.slice(p.found.end))?.[0].length ?? 0);
    const run = runAfter(ix.text, p.found.end, stop);
    rows.push({ key: p.key, run });
    end = Math.max(end, run === null ? p.found.end : stop);
  });
  const seen = new Set(rows.map((r) => r.key));
  const missing = rowKeys.filter((k) => !seen.has(k));
  const outcomes = rowKeys.slice(2, -2);
  const decoded = standardHeader
    ? decodeRequests(
        rows.filter((r): r is { key: string; run: string } => r.run !== null && r.run !== ''),
        outcomes,
      )
    : [];
  const byKey = new Map(decoded.map((d) => [d.key, d]));
  const table: RawCell[][] = [[plainCell('', 0, 0), ...HEADER_2021_REQUESTS.map((l, c) => plainCell(l, 0, c + 1))]];
  const unread: UnreadRun[] = [];
  const unreadCells: string[] = [];
  const readings: CellReading[] = [];
  for (const r of rows) {
    const d = byKey.get(r.key);
    const label = rowLabel(r.key);
    table.push(dataRow(table.length, label, d?.cells ?? null, REQUEST_COLUMNS.length));
    if (d?.cells) continue;
    unread.push(describeUnread(label, r.run, d, standardHeader));
    const cells = REQUEST_COLUMNS.map((c) => cellPath('requests', r.key, c));
    unreadCells.push(...cells);
    // a row not decoded (a header that is not the template's) says nothing of its cells
    readings.push(readingOf(cells, r.run, d ? (d.options ?? null) : [], undefined, d?.unbalanced && { sums: [ROW_TOTAL], samples: d.unbalanced }));
  }
  out.tables.push({ index: 0, rows: table });
  out.regions.push({ start: start.start, end });
  splitNote(out, 'requests', decoded, rowLabel);
  if (!standardHeader) unread.unshift({ why: 'requests-header' });
  if (unread.length > 0)
    out.problems.push({ kind: 'cells-unread', table: 'requests', detail: { code: 'run-together', rows: unread }, cells: unreadCells, readings });
  // some label is always found: the first, which placed the table
  if (missing.length > 0) out.problems.push({ kind: 'cells-unread', table: 'requests', detail: { code: 'labels-missing', labels: missing.map(rowLabel) } });
  return { start: start.normStart, end: normIndexOf(ix, end) };
}

/** Table 二: each row label followed by its figures, rows in template order, blocks headed 第二十条第（N）项. */
function readActive(ix: LabelIndex, endNorm: number, out: RunTogetherTables): void {
  const first = findLabel(ix, /第二十条/, 0, endNorm);
  if (!first) return;
  const region = ix.norm.slice(first.normStart, endNorm);
  // the 2019 template's own headers (its 本年增/减 is printed only after 上一年项目数量, in the same row: map-active.ts)
  const format: Format = /本年新制作|上一年项目数|采购项目/.test(region) ? '2019' : '2021';
  out.format = format;
  const blocks: number[] = [];
  for (let at = first.normStart; ; ) {
    const b = findLabel(ix, /第二十条/, at, endNorm);
    if (!b) break;
    blocks.push(b.start);
    at = b.normEnd;
  }
  const placed: { spec: ActiveRowSpec; found: FoundLabel }[] = [];
  let pos = first.normStart;
  for (const spec of activeRows(format)) {
    // every row of 表二 has its label here
    const label = ACTIVE_LABELS[spec.key];
    const found = label ? findLabel(ix, label, pos, endNorm) : null;
    if (!found) continue;
    placed.push({ spec, found });
    pos = found.normEnd;
  }
  const endOrig = ix.at[endNorm] ?? ix.text.length;
  const rows: RawCell[][] = [];
  const decoded: DecodedRow[] = [];
  const unread: UnreadRun[] = [];
  const unreadCells: string[] = [];
  placed.forEach(({ spec, found }, i) => {
    const stop = Math.min(placed[i + 1]?.found.start ?? endOrig, ...blocks.filter((b) => b > found.end), endOrig);
    const slots: Slot[] = spec.columns.map((c) => (c.key === 'change' ? { kind: 'signed' } : c.key === 'amount' ? { kind: 'amount' } : { kind: 'count' }));
    const unit = slots[slots.length - 1]?.kind === 'amount';
    const last = i === placed.length - 1;
    const run = runAfter(ix.text, found.end, stop) ?? (last ? runBeforeText(ix.text, found.end, stop, unit) : null);
    const d = run ? decodeByDigits(spec.key, run, slots) : null;
    if (d) decoded.push(d);
    rows.push([plainCell('信息内容', rows.length, 0), ...spec.columns.map((c, j) => plainCell(c.label, rows.length, j + 1))]);
    rows.push(dataRow(rows.length, spec.label, d?.cells ?? null, spec.columns.length));
    if (d?.cells) return;
    unread.push(describeUnread(spec.label, run, d, true));
    unreadCells.push(...spec.columns.map((c) => cellPath('active', spec.key, c.key)));
  });
  if (rows.length === 0) return;
  out.tables.push({ index: 0, rows });
  out.regions.push({ start: first.start, end: endOrig });
  // 表二's rows are read by their digits alone (decodeByDigits): the note names no row, so no label is looked up
  splitNote(out, 'active', decoded, (k) => k);
  if (unread.length > 0) out.problems.push({ kind: 'cells-unread', table: 'active', detail: { code: 'run-together', rows: unread }, cells: unreadCells });
}

/** Table 四: the header (行政复议 … 未经复议直接起诉 复议后起诉 … 总计) then its 15 figures in one run. */
function readReview(ix: LabelIndex, fromNorm: number, out: RunTogetherTables): void {
  const direct = findLabel(ix, /未经复议直接起诉/, fromNorm);
  if (!direct) return;
  const after = findLabel(ix, /复议后起诉/, direct.normEnd);
  if (!after) return;
  let head: FoundLabel | null = null;
  for (let at = fromNorm; ; ) {
    const r = findLabel(ix, /行政复议/, at, direct.normStart);
    if (!r) break;
    head = r;
    at = r.normEnd;
  }
  const totals: FoundLabel[] = [];
  for (let at = after.normEnd; totals.length < 2; ) {
    const t = findLabel(ix, /总计|合计/, at, Math.min(ix.norm.length, after.normEnd + 80));
    if (!t) break;
    totals.push(t);
    at = t.normEnd;
  }
  const start = head ?? direct;
  const headerA = ix.norm.slice(start.normEnd, direct.normStart);
  const headerBC = ix.norm.slice(after.normEnd, totals[1]?.normEnd ?? after.normEnd);
  const standard =
    totals.length === 2 && ['维持', '纠正', '其他', '审结', '总计'].every((l) => headerA.includes(l)) && (headerBC.match(/维持/g) ?? []).length === 2;
  const runStart = totals[1]?.end ?? after.end;
  const run = (RUN_PREFIX.exec(ix.text.slice(runStart))?.[0] ?? '').trim();
  const decoded = standard && run !== '' ? decodeReview(run) : [];
  const labels = REVIEW_COLUMNS.map((c) => REVIEW_COLUMN_LABELS[c]);
  const rows: RawCell[][] = [
    [
      plainCell('行政复议', 0, 0),
      ...labels.map((l, c) => plainCell(l, 0, c + 1)),
      plainCell('行政诉讼', 0, 6),
      plainCell('未经复议直接起诉', 0, 7),
      plainCell('复议后起诉', 0, 8),
    ],
    labels.concat(labels).map((l, c) => plainCell(l, 1, c)),
  ];
  const values: RawCell[] = [];
  REVIEW_GROUPS.forEach((key, g) => {
    const d = decoded.find((x) => x.key === key);
    // a group read has its five cells (decodeReview slices them from the 15)
    for (let c = 0; c < 5; c++)
      values.push(d?.cells ? plainCell(itemAt(d.cells, c, 'review cell'), 2, g * 5 + c) : { ...plainCell('', 2, g * 5 + c), unread: true });
  });
  rows.push(values);
  out.tables.push({ index: 0, rows });
  out.regions.push({ start: start.start, end: runStart + (RUN_PREFIX.exec(ix.text.slice(runStart))?.[0].length ?? 0) });
  const names: Record<string, string> = { reconsideration: '行政复议', litigationDirect: '未经复议直接起诉', litigationAfterReconsideration: '复议后起诉' };
  splitNote(out, 'review', decoded, (k) => names[k] ?? k);
  const unread: UnreadRun[] =
    decoded.length === 0
      ? [standard ? { why: 'review-no-figures' } : { why: 'review-header', printed: ix.text.slice(start.start, runStart).slice(0, 80) }]
      : decoded.filter((d) => !d.cells).map((d) => describeUnread(names[d.key] ?? d.key, run, d, true));
  const groups = REVIEW_GROUPS.filter((g) => !decoded.find((d) => d.key === g)?.cells);
  const cells = groups.flatMap((g) => REVIEW_COLUMNS.map((c) => cellPath('review', g, c)));
  // the run's 15 figures hold all three groups: a split fixes the open groups together
  const places = groups.flatMap((g) => REVIEW_COLUMNS.map((_, c) => REVIEW_GROUPS.indexOf(g) * 5 + c));
  const open = decoded.find((d) => !d.cells);
  // no split balancing any group, all three are open: their totals are the run's
  const unbalanced = groups.length === 3 && open?.unbalanced ? { sums: REVIEW_TOTALS, samples: open.unbalanced } : undefined;
  // a split of the run has its 15 figures, and a place is one of them
  const reading = readingOf(
    cells,
    run === '' ? null : run,
    open ? (open.options ?? null) : [],
    (s) => places.map((i) => itemAt(s, i, 'review figure')),
    unbalanced,
  );
  if (unread.length > 0)
    out.problems.push({ kind: 'cells-unread', table: 'review', detail: { code: 'run-together', rows: unread }, cells, readings: [reading] });
}

/** A data row: its label (a category's item as two cells, （六） then 3.其他, as the table prints them) and its values. */
function dataRow(row: number, label: string, cells: string[] | null, width: number): RawCell[] {
  const category = /^（[三四五六]）(?=\d)/.exec(label)?.[0];
  const labels = category ? [plainCell(category, row, 0), plainCell(label.slice(category.length), row, 1)] : [plainCell(label, row, 0)];
  // a row read has a cell for each of the table's `width` columns (its slots)
  const values = Array.from({ length: width }, (_, c) =>
    cells ? plainCell(itemAt(cells, c, 'row cell'), row, labels.length + c) : { ...plainCell('', row, labels.length + c), unread: true },
  );
  return [...labels, ...values];
}

/** The info of cells-split: the rows the arithmetic had to split, and how. */
function splitNote(out: RunTogetherTables, table: TableName, decoded: readonly DecodedRow[], label: (key: string) => string): void {
  const read = decoded.filter((d) => d.cells);
  if (read.length === 0) return;
  const byArithmetic = read.filter((d): d is DecodedRow & { how: 'row-total' | 'columns' } => d.how === 'row-total' || d.how === 'columns');
  const rows = byArithmetic.flatMap((d) => (d.cells ? [{ label: label(d.key), run: d.run, cells: d.cells, how: d.how }] : []));
  out.problems.push({ kind: 'cells-split', table, detail: { code: 'split', byDigits: read.length - byArithmetic.length, rows } });
}

function describeUnread(label: string, run: string | null, d: DecodedRow | null | undefined, standard: boolean): UnreadRun {
  if (run === null) return { why: 'not-figures', label };
  if (run === '') return { why: 'no-figures', label };
  if (!standard) return { why: 'header', label, run };
  if (d?.distrusted) return { why: 'distrusted', label, run, split: d.distrusted };
  const c = d?.candidates ?? [];
  if (c.length === 0) return { why: 'no-split', label, run };
  return { why: 'splits', label, run, splits: c, ...(d?.more ? { more: true } : {}) };
}

function normIndexOf(ix: LabelIndex, orig: number): number {
  let i = 0;
  // `at` ends with the text's length, and `orig` is a place in the text: the loop stops by then
  while (itemAt(ix.at, i, 'norm index') < orig) i++;
  return i;
}
