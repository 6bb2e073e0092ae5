import { describe, expect, it } from 'vitest';
import { freeSlots, ROW_SLOTS, splitRun } from '../../../lib/extract/text/split-run';
import { REQUEST_COLUMNS } from '../../../lib/model/keys';
import type { CellReading } from '../../../lib/model/types';
import type { Finding } from '../../../lib/model/finding';
import { FindingSchema } from '../../../lib/model/finding';
import { renderFinding } from '../../../lib/report/render-finding';
import { runRules } from '../../../lib/rules/run-rules';
import { makeExtraction, type ExtractionSpec } from '../../helpers/make-extraction';
import { errorsOf } from '../../helpers/errors-of';

const row = (...v: number[]) => Object.fromEntries(REQUEST_COLUMNS.map((c, i) => [c, v[i]!]));
/** 151 natural persons and 3 companies received, all granted (the row issue 8 took from a real text). */
const BASE: ExtractionSpec = {
  requests: { newReceived: row(151, 3, 0, 0, 0, 0, 154), granted: row(151, 3, 0, 0, 0, 0, 154), totalProcessed: row(151, 3, 0, 0, 0, 0, 154) },
};

/** Every split of a run the digits allow, as values (what the run-together reader leaves for an unread row). */
const splitsOf = (run: string) => splitRun(run, freeSlots(ROW_SLOTS), 4096).splits.map((s) => s.map(Number));

/**
 * The extraction with `rows` of table 三 left unread as the text reader leaves them: the cells empty
 * (note unread) and a cells-unread problem carrying what their print allows.
 */
function withUnread(spec: ExtractionSpec, rows: Record<string, { options: (number | null)[][] | null; printed: string; blank?: boolean }>) {
  const ex = makeExtraction(spec);
  const readings: CellReading[] = [];
  for (const [key, r] of Object.entries(rows)) {
    for (const c of REQUEST_COLUMNS) ex.tables.requests![key]![c] = { value: null, raw: '', note: 'unread' };
    readings.push({ cells: REQUEST_COLUMNS.map((c) => `requests.${key}.${c}`), options: r.options, printed: r.printed, ...(r.blank ? { blank: true } : {}) });
  }
  ex.problems.push({ kind: 'cells-unread', table: 'requests', cells: readings.flatMap((r) => r.cells), readings });
  return ex;
}

const errors = (findings: Finding[]) => errorsOf(findings);

describe('arithmetic over figures not read for sure', () => {
  it('should report a row whose run no split adds up (issue 15: 15130000153) as an error naming its cells, with each split’s arithmetic, nearest first', () => {
    const options = splitsOf('15130000153');
    expect(options).toHaveLength(31);
    expect(splitRun('15130000153', ROW_SLOTS)).toMatchObject({ splits: [], truncated: false });
    const found = errors(runRules(withUnread(BASE, { newReceived: { options, printed: '15130000153' } })));
    const rowTotal = found.find((f) => f.rule === 't3-row-total')!;
    expect(rowTotal).toMatchObject({
      severity: 'error',
      stated: ['requests.newReceived.total'],
      cells: REQUEST_COLUMNS.map((c) => `requests.newReceived.${c}`).sort((a, b) => Number(b.endsWith('total')) - Number(a.endsWith('total'))),
      expected: null,
      actual: null,
      detail: { kind: 'every-reading', relation: 'sum', count: 31 },
    });
    expect(renderFinding(rowTotal)).toBe(
      '表三“一、本年新收政府信息公开申请数量”·总计：一、本年新收政府信息公开申请数量印为“15130000153”，无论按哪种拆法都不相符：' +
        '151+3+0+0+0+0 = 154 ≠ 153；1+5+130+0+0+0 = 136 ≠ 153；1+51+30+0+0+0 = 82 ≠ 153；15+130+0+0+0+1 = 146 ≠ 53；' +
        '15+1+30+0+0+0 = 46 ≠ 153；15+13+0+0+0+0 = 28 ≠ 153；……（共 31 种拆法，均不相符）',
    );
    expect(renderFinding(rowTotal, 'en')).toMatch(
      /^Table 3, .*, total: .* printed "15130000153"; whichever way the figures are split, it does not add up: \d.* \(31 splits in all, none adds up\)$/,
    );
    // 一 + 二 = （七） + 四 in the 总计 column fails too: no split ends in 154
    expect(found.map((f) => `${f.rule}:${f.stated.join(',')}`)).toContain('t3-balance:requests.totalProcessed.total,requests.carriedForward.total');
  });

  it('should say nothing where a check holds under every reading, or holds under some and fails under others', () => {
    // 110000011: 1|10|0|0|0|0|11 or 11|0|0|0|0|0|11, both add up; the natural-person column balances under one only
    const spec: ExtractionSpec = {
      requests: { newReceived: row(11, 0, 0, 0, 0, 0, 11), granted: row(11, 0, 0, 0, 0, 0, 11), totalProcessed: row(11, 0, 0, 0, 0, 0, 11) },
    };
    const options = splitsOf('110000011').filter((s) => s[6] === s.slice(0, 6).reduce((a, b) => a + b, 0));
    expect(options).toEqual([
      [1, 10, 0, 0, 0, 0, 11],
      [11, 0, 0, 0, 0, 0, 11],
    ]);
    expect(runRules(withUnread(spec, { granted: { options, printed: '110000011' } })).filter((f) => f.rule.startsWith('t3-'))).toEqual([]);
  });

  it('should prove by bounds what no reading is listed for: read leaves of 26 against a （七） of 20', () => {
    const spec: ExtractionSpec = {
      requests: {
        newReceived: row(20, 0, 0, 0, 0, 0, 20),
        granted: row(20, 0, 0, 0, 0, 0, 20),
        partial: row(6, 0, 0, 0, 0, 0, 6),
        totalProcessed: row(20, 0, 0, 0, 0, 0, 20),
      },
    };
    // a row only known to be printed (too many splits to list): each cell some count ≥ 0
    const found = errors(runRules(withUnread(spec, { 'unable.notHeld': { options: null, printed: '3'.repeat(30) } })));
    const bound = found.find((f) => f.rule === 't3-outcome-total' && f.stated[0] === 'requests.totalProcessed.natural')!;
    expect(bound.detail).toMatchObject({ kind: 'range', relation: 'sum' });
    expect(renderFinding(bound)).toBe(
      `表三（七）总计·自然人：已读出的各项之和 26 已大于（七） 20（未确定读取：（四）1.本机关不掌握相关政府信息 ≥ 0；（四）1.本机关不掌握相关政府信息印为“${'3'.repeat(30)}”）`,
    );
    expect(renderFinding(bound, 'en')).toMatch(
      /^Table 3 total processed, natural persons: the sum of the parts is 26 from the figures read alone, more than total processed 20 \(not read for sure: .* ≥ 0; /,
    );
    // the same row, where its print may hold a mark ("/"): nothing can be proven on it
    const blank = withUnread(spec, { 'unable.notHeld': { options: null, printed: '3 / 3', blank: true } });
    expect(errors(runRules(blank)).filter((f) => f.cells.includes('requests.unable.notHeld.natural'))).toEqual([]);
  });

  it('should use each reading’s least and most when the joint readings are too many to try, and prove nothing on overlap', () => {
    const spec: ExtractionSpec = {
      requests: { newReceived: row(5, 0, 0, 0, 0, 0, 5), granted: row(5, 0, 0, 0, 0, 0, 5), totalProcessed: row(5, 0, 0, 0, 0, 0, 5) },
    };
    // three leaf rows of 30 options each (27,000 combinations): natural persons 0–29 each, against 5 in all
    const { options, rows } = thirtyReadingsEach();
    expect(errors(runRules(withUnread(spec, rows))).filter((f) => f.rule === 't3-outcome-total')).toEqual([]);
    const high = options.map((o) => o.map((v) => v + 10));
    const found = errors(runRules(withUnread(spec, { ...rows, 'denied.processInfo': { options: high, printed: 'y' } })));
    const natural = found.find((f) => f.rule === 't3-outcome-total' && f.stated[0] === 'requests.totalProcessed.natural')!;
    expect(natural.detail.kind).toBe('range');
    expect(renderFinding(natural)).toMatch(
      /^表三（七）总计·自然人：各项之和至少为 15 已大于（七） 5（未确定读取：（三）4\.保护第三方合法权益 0–29、（三）6\.属于四类过程性信息 10–39、（四）2\.没有现成信息需要另行制作 0–29；/,
    );
  });

  it('should prove by bounds a stated figure above the most its parts can be (（七） 100 against three rows of at most 29)', () => {
    const spec: ExtractionSpec = {
      requests: { newReceived: row(100, 0, 0, 0, 0, 0, 100), granted: row(100, 0, 0, 0, 0, 0, 100), totalProcessed: row(100, 0, 0, 0, 0, 0, 100) },
    };
    const { rows } = thirtyReadingsEach();
    const found = errors(runRules(withUnread({ requests: { ...spec.requests, granted: row(0, 0, 0, 0, 0, 0, 0) } }, rows)));
    const natural = found.find((f) => f.rule === 't3-outcome-total' && f.stated[0] === 'requests.totalProcessed.natural');
    expect(natural?.detail.kind).toBe('range');
    expect(renderFinding(natural!)).toMatch(/^表三（七）总计·自然人：/);
    expect(renderFinding(natural!)).toContain('（七） 100');
  });

  it('should say by its bound what more readings than a message lists all show (30 splits of one row, each above （七）)', () => {
    const spec: ExtractionSpec = {
      requests: { newReceived: row(5, 0, 0, 0, 0, 0, 5), granted: row(5, 0, 0, 0, 0, 0, 5), totalProcessed: row(5, 0, 0, 0, 0, 0, 5) },
    };
    const high = Array.from({ length: 30 }, (_, v) => [v + 10, 0, 0, 0, 0, 0, v + 10]);
    const found = errors(runRules(withUnread(spec, { 'denied.processInfo': { options: high, printed: 'y' } })));
    const natural = found.find((f) => f.rule === 't3-outcome-total' && f.stated[0] === 'requests.totalProcessed.natural');
    expect(natural?.detail.kind).toBe('range');
    // six readings or fewer are listed one by one
    const few = errors(runRules(withUnread(spec, { 'denied.processInfo': { options: high.slice(0, 6), printed: 'y' } })));
    const listed = few.find((f) => f.rule === 't3-outcome-total' && f.stated[0] === 'requests.totalProcessed.natural');
    expect(listed?.detail).toMatchObject({ kind: 'every-reading', count: 6 });
  });

  it('should report an outcome above 一 + 二 under every reading (t3-outcome-bound), and leave a blank operand not assessable', () => {
    const spec: ExtractionSpec = {
      requests: { newReceived: row(3, 0, 0, 0, 0, 0, 3), granted: row(3, 0, 0, 0, 0, 0, 3), totalProcessed: row(3, 0, 0, 0, 0, 0, 3) },
    };
    const options = [
      [12, 0, 0, 0, 0, 0, 12],
      [1, 2, 0, 0, 0, 0, 3],
    ];
    const found = errors(runRules(withUnread(spec, { granted: { options, printed: '1200000012' } })));
    expect(found.filter((f) => f.rule === 't3-outcome-bound')).toEqual([]); // 1 ≤ 3 under the second
    const all = errors(runRules(withUnread(spec, { granted: { options: [options[0]!, [12, 0, 0, 0, 0, 0, 12]], printed: '120000012' } })));
    const bound = all.find((f) => f.rule === 't3-outcome-bound' && f.stated[0] === 'requests.granted.natural')!;
    expect(renderFinding(bound)).toBe('表三（一）予以公开·自然人：（一）予以公开印为“120000012”，无论按哪种拆法都不相符：（一）予以公开 > 一+二：12 > 3+0 = 3');
    // a printed blank among the operands: under no reading can the check fail
    const blank = withUnread(
      { requests: { ...spec.requests, carriedOver: { natural: '' } } },
      { granted: { options: [[12, 0, 0, 0, 0, 0, 12]], printed: '120000012' } },
    );
    const natural = errors(runRules(blank)).filter((f) => f.cells.includes('requests.carriedOver.natural'));
    expect(natural).toEqual([]);
    // the 总计 column has no blank: there 12 > 3 + 0 whatever the split
    expect(errors(runRules(blank)).map((f) => `${f.rule}:${f.stated[0]}`)).toContain('t3-outcome-bound:requests.granted.total');
  });

  it('should prove a row’s own 总计 over splits too many to list when the search on it found none (CellReading.unbalanced)', () => {
    const ex = withUnread(BASE, { granted: { options: null, printed: '1234567123456712345671' } });
    ex.problems[0]!.readings![0]!.unbalanced = {
      sums: [{ of: [0, 1, 2, 3, 4, 5], total: 6 }],
      samples: [
        [1, 2, 3, 4, 5671, 2345671, 2345671],
        [1, 2, 3, 4, 567123, 456712, 345671],
      ],
    };
    const [rowTotal] = errors(runRules(ex)).filter((f) => f.rule === 't3-row-total');
    expect(rowTotal).toMatchObject({ stated: ['requests.granted.total'], detail: { kind: 'every-reading', count: null } });
    expect(renderFinding(rowTotal!)).toBe(
      '表三（一）予以公开·总计：（一）予以公开印为“1234567123456712345671”，无论按哪种拆法都不相符：' +
        '1+2+3+4+5671+2345671 = 2351352 ≠ 2345671；1+2+3+4+567123+456712 = 1023845 ≠ 345671；……（拆法众多，均不相符）',
    );
  });

  it('should report a row whose every split breaks either its 总计 or a column, though each check alone holds under some split', () => {
    const spec: ExtractionSpec = { requests: { newReceived: row(12, 4, 0, 0, 0, 0, 16), totalProcessed: row(12, 4, 0, 0, 0, 0, 16) } };
    // 1|15|…|16 adds up in its row but not in the natural-person column; 12|4|…|17 the other way round
    const options = [
      [1, 15, 0, 0, 0, 0, 16],
      [12, 4, 0, 0, 0, 0, 17],
    ];
    const found = errors(runRules(withUnread(spec, { granted: { options, printed: '11500001612400017' } })));
    expect(found.map((f) => [f.rule, f.detail.kind])).toEqual([['t3-row-total', 'jointly']]);
    expect(found[0]!.cells).toEqual(expect.arrayContaining(REQUEST_COLUMNS.map((c) => `requests.granted.${c}`)));
    expect(renderFinding(found[0]!)).toBe(
      '表三（一）予以公开：（一）予以公开印为“11500001612400017”，无论按哪种拆法，表三（一）予以公开·总计、表三（七）总计·自然人、表三（七）总计·商业企业等 8 项都不能同时相符：' +
        '按 12|4|0|0|0|0|17 拆，表三（一）予以公开·总计 12+4+0+0+0+0 = 16 ≠ 17；按 1|15|0|0|0|0|16 拆，表三（七）总计·自然人 1+0+0+0+0+0+0+0+0+0+0+0+0+0+0+0+0+0+0+0+0 = 1 ≠ 12',
    );
  });

  it('should give as the finding’s figures only the side read whole: the stated figure of a sum, the bound of an at-most', () => {
    // 15230000154: 1, 15, 152, 1523 or 15230 natural persons granted, never the 151 of （七）
    const options = splitsOf('15230000154');
    expect(new Set(options.map((o) => o[0]))).toEqual(new Set([1, 15, 152, 1523, 15230]));
    const found = errors(runRules(withUnread(BASE, { granted: { options, printed: '15230000154' } })));
    const sum = found.find((f) => f.rule === 't3-outcome-total' && f.stated[0] === 'requests.totalProcessed.natural');
    // the stated （七） is read (151); the outcomes' sum has an unread addend, so no expected sum
    expect(sum).toMatchObject({ detail: { kind: 'every-reading', relation: 'sum' }, expected: null, actual: 151 });
    // an outcome against 一 + 二: the unread outcome is the side stated, the read bound 一 + 二 the expected
    const spec: ExtractionSpec = {
      requests: { newReceived: row(3, 0, 0, 0, 0, 0, 3), granted: row(3, 0, 0, 0, 0, 0, 3), totalProcessed: row(3, 0, 0, 0, 0, 0, 3) },
    };
    const twelve = [
      [12, 0, 0, 0, 0, 0, 12],
      [12, 0, 0, 0, 0, 0, 12],
    ];
    const bounds = errors(runRules(withUnread(spec, { granted: { options: twelve, printed: '120000012' } })));
    const bound = bounds.find((f) => f.rule === 't3-outcome-bound' && f.stated[0] === 'requests.granted.natural');
    expect(bound).toMatchObject({ detail: { relation: 'at-most' }, expected: 3, actual: null });
  });

  it('should send every new kind of detail across contexts whole (FindingSchema), and render it in English too', () => {
    const kinds = new Map<string, Finding>();
    const add = (fs: Finding[]) => fs.forEach((f) => kinds.set(`${f.detail.kind}${'count' in f.detail && f.detail.count === null ? '-uncounted' : ''}`, f));
    add(runRules(withUnread(BASE, { newReceived: { options: splitsOf('15130000153'), printed: '15130000153' } })));
    const over = {
      requests: {
        newReceived: row(20, 0, 0, 0, 0, 0, 20),
        granted: row(20, 0, 0, 0, 0, 0, 20),
        partial: row(6, 0, 0, 0, 0, 0, 6),
        totalProcessed: row(20, 0, 0, 0, 0, 0, 20),
      },
    };
    add(runRules(withUnread(over, { 'unable.notHeld': { options: null, printed: '3'.repeat(30) } })));
    const joint = { requests: { newReceived: row(12, 4, 0, 0, 0, 0, 16), totalProcessed: row(12, 4, 0, 0, 0, 0, 16) } };
    add(
      runRules(
        withUnread(joint, {
          granted: {
            options: [
              [1, 15, 0, 0, 0, 0, 16],
              [12, 4, 0, 0, 0, 0, 17],
            ],
            printed: 'x',
          },
        }),
      ),
    );
    const big = withUnread(BASE, { granted: { options: null, printed: 'y' } });
    big.problems[0]!.readings![0]!.unbalanced = { sums: [{ of: [0, 1, 2, 3, 4, 5], total: 6 }], samples: [[1, 2, 3, 4, 5, 6, 7]] };
    add(runRules(big));
    expect([...kinds.keys()].filter((k) => !['sum', 'balance', 'note', 'unassessable', 'compare'].includes(k)).sort()).toEqual([
      'every-reading',
      'every-reading-uncounted',
      'jointly',
      'range',
    ]);
    for (const f of kinds.values()) {
      expect(FindingSchema.safeParse(f).success).toBe(true);
      expect(renderFinding(f, 'en').replace(/"[^"]*"/g, '')).not.toMatch(/[\u4e00-\u9fff]/); // no Chinese outside the quoted print
    }
  });
});

/** Three leaf rows of 表三 unread, each with 30 readings (natural persons 0–29): 27,000 joint readings, too many to try one by one. */
function thirtyReadingsEach() {
  const options = Array.from({ length: 30 }, (_, v) => [v, 0, 0, 0, 0, 0, v]);
  const rows = {
    'denied.thirdParty': { options, printed: 'x' },
    'denied.processInfo': { options, printed: 'y' },
    'unable.needCreate': { options, printed: 'z' },
  };
  return { options, rows };
}
