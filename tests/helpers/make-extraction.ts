import type { FullExtraction } from '../../lib/extract/map/build-extraction';
import { activeRows, REQUEST_COLUMNS, requestRows, REVIEW_COLUMNS, REVIEW_GROUPS, type Format } from '../../lib/model/keys';
import type { Cell, CellTable } from '../../lib/model/types';
import { parseNumber } from '../../lib/parse/parse-number';

type Values = Record<string, Record<string, number | string | null>>;

export interface ExtractionSpec {
  format?: Format;
  year?: number | null;
  /** where the year was read; a title's by default */
  yearBasis?: FullExtraction['yearBasis'];
  agency?: string | null;
  title?: string | null;
  published?: string | null;
  lines?: string[];
  /** overrides, as printed (string) or as numbers; everything else is a consistent all-zero report */
  active?: Values;
  requests?: Values;
  review?: Values;
  /** drop whole tables */
  without?: ('active' | 'requests' | 'review')[];
}

function cell(v: number | string | null): Cell {
  const raw = v === null ? '' : String(v);
  const parsed = parseNumber(raw);
  return { value: parsed.value, raw, ...(parsed.note ? { note: parsed.note } : {}), ...(parsed.unit ? { unit: parsed.unit } : {}) };
}

function table(rows: readonly string[], cols: (row: string) => readonly string[], over: Values = {}): CellTable {
  const out: CellTable = {};
  for (const r of rows) out[r] = Object.fromEntries(cols(r).map((c) => [c, cell(over[r]?.[c] ?? 0)]));
  return out;
}

/** The narrative of a clean 2023 report: six section headings and a fee paragraph of zeros. */
export const CLEAN_LINES = [
  '某局2023年政府信息公开工作年度报告',
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
  '根据《政府信息公开信息处理费管理办法》(国办函〔2020〕109号)，2023年度某局收取信息处理费情况为：发出收费通知的件数为0件，总金额为0元，实际收取的总金额为0元。',
];

/** A FullExtraction for rule tests: consistent zeros everywhere unless overridden. */
export function makeExtraction(spec: ExtractionSpec = {}): FullExtraction {
  const format = spec.format ?? '2021';
  const without = new Set(spec.without ?? []);
  const active = activeRows(format);
  return {
    detected: true,
    format,
    title: spec.title === undefined ? '某局2023年政府信息公开工作年度报告' : spec.title,
    agency: spec.agency === undefined ? '某局' : spec.agency,
    year: spec.year === undefined ? 2023 : spec.year,
    published: spec.published ?? null,
    tables: {
      active: without.has('active')
        ? null
        : table(
            active.map((r) => r.key),
            (r) => active.find((x) => x.key === r)!.columns.map((c) => c.key),
            spec.active,
          ),
      requests: without.has('requests') ? null : table(requestRows(format), () => REQUEST_COLUMNS, spec.requests),
      review: without.has('review') ? null : table(REVIEW_GROUPS, () => REVIEW_COLUMNS, spec.review),
    },
    requestSubtotals: {},
    // a made extraction has no printed table, so no template label to count
    tableMarkers: { m2021: 0, m2019: 0 },
    yearBasis: spec.yearBasis !== undefined ? spec.yearBasis : spec.year === null ? null : { from: 'title' },
    lines: spec.lines ?? CLEAN_LINES,
    problems: [],
  };
}
