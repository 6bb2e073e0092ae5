import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../lib/pipeline';
import { t3Subtotal } from '../../../lib/rules/t3-subtotal';

/**
 * t3-subtotal (T3-D) on seed 003 as converter Markdown (tests/fixtures/markdown/seed-003.md: real figures,
 * consistent). The 2021 template has no subtotal, so each test adds one as the non-standard variants print
 * it — a （三）不予公开 row holding the sums of its eight items (162 3 0 0 0 1 | 166), or a 小计 column of the
 * five 法人或其他组织 columns in every row (一、本年新收: 82 2 0 0 7 → 91) — and moves one figure across it.
 */
const MD = readFileSync(path.join(import.meta.dirname, '../../fixtures/markdown/seed-003.md'), 'utf8');
const DENIED_ITEMS = '|  | （三）不予公开 | 1.属于国家秘密 |';
const COLUMNS = ['natural', 'commercial', 'research', 'publicInterest', 'legal', 'other', 'total'] as const;
const DENIED = [162, 3, 0, 0, 0, 1, 166];

const findings = (md: string) =>
  checkText(md, 'seed-003.md')
    .report.findings.filter((f) => f.rule === 't3-subtotal')
    .map((f) => [f.code, f.severity, f.cells[0], f.expected, f.actual]);

/** seed 003 with a （三）不予公开 subtotal row of `values` (natural … other, total) above its eight items */
function withDeniedSubtotal(values: readonly (number | string)[] = DENIED, md = MD): string {
  if (!md.includes(DENIED_ITEMS)) throw new Error('（三）不予公开 not found');
  return md.replace(DENIED_ITEMS, `|  | （三）不予公开 |  | ${values.join(' | ')} |\n|  |  | 1.属于国家秘密 |`);
}

/** The 表三 rows of the Markdown, from its title to 表四's. */
function requestLines(md: string): [string[], number, number] {
  const lines = md.split('\n');
  return [lines, lines.findIndex((l) => l.startsWith('三、收到和处理')), lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'))];
}

/** seed 003 with a 小计 column after 其他 holding the sum of the five 法人或其他组织 figures of each row */
function withSubtotalColumn(md = MD): string {
  const [lines, start, end] = requestLines(md);
  return lines
    .map((line, i) => {
      if (i <= start || i >= end || !line.startsWith('|')) return line;
      const cells = line.split('|').slice(1, -1);
      const legal = cells.slice(4, 9).map((c) => c.trim());
      const added = /^\s*-+\s*$/.test(cells[0] ?? '')
        ? '---'
        : legal[0] === '商业企业'
          ? '小计'
          : legal.every((c) => /^\d+$/.test(c))
            ? String(legal.reduce((s, c) => s + Number(c), 0))
            : '';
      cells.splice(9, 0, ` ${added} `);
      return `|${cells.join('|')}|`;
    })
    .join('\n');
}

/** the figure `index` (0 = 自然人) of the 表三 row whose label includes `label` replaced by `value` */
function setFigure(md: string, label: string, index: number, value: string): string {
  const [lines, start, end] = requestLines(md);
  const at = lines.findIndex((l, i) => i > start && i < end && l.startsWith('|') && l.split('|').slice(1, 4).join('').includes(label));
  if (at < 0) throw new Error(`${label} not found in 表三`);
  const cells = lines[at]!.split('|');
  cells[4 + index] = ` ${value} `;
  lines[at] = cells.join('|');
  return lines.join('\n');
}

describe('t3-subtotal: a category subtotal row', () => {
  it('should find nothing in the report as printed (no subtotal) nor with a subtotal row that adds up', () => {
    expect(findings(MD)).toEqual([]);
    expect(findings(withDeniedSubtotal())).toEqual([]);
  });

  it.each(COLUMNS.map((col, i) => [col, i] as const))('should flag the subtotal of column %s one above and one below its items', (col, i) => {
    const moved = (by: number) => withDeniedSubtotal(DENIED.map((v, k) => (k === i ? v + by : v)));
    expect(findings(moved(1))).toEqual([['sum', 'error', `requestSubtotals.denied.${col}`, DENIED[i], DENIED[i]! + 1]]);
    expect(findings(moved(-1))).toEqual([['sum', 'error', `requestSubtotals.denied.${col}`, DENIED[i], DENIED[i]! - 1]]);
  });

  it('should add the eight items of its own category and none of the next', () => {
    // 4.保护第三方合法权益 自然人 14 → 15: the items now make 163 against the printed 162
    expect(findings(setFigure(withDeniedSubtotal(), '4.保护第三方合法权益', 0, '15'))).toEqual([['sum', 'error', 'requestSubtotals.denied.natural', 163, 162]]);
    // the last item, 8.属于行政查询事项 其他 0 → 1
    expect(findings(setFigure(withDeniedSubtotal(), '8.属于行政查询事项', 5, '1'))).toEqual([['sum', 'error', 'requestSubtotals.denied.other', 2, 1]]);
    // （四）1.本机关不掌握 is not an item of （三）
    expect(findings(setFigure(withDeniedSubtotal(), '1.本机关不掌握相关政府信息', 0, '932'))).toEqual([]);
  });

  it('should name the subtotal and its eight items', () => {
    const f = checkText(withDeniedSubtotal([163, ...DENIED.slice(1)]), 'seed-003.md').report.findings.find((x) => x.rule === 't3-subtotal');
    expect(f?.cells).toEqual([
      'requestSubtotals.denied.natural',
      ...['stateSecret', 'lawForbidden', 'threeSecurity', 'thirdParty', 'internalAffairs', 'processInfo', 'enforcementFile', 'queryMatter'].map(
        (r) => `requests.denied.${r}.natural`,
      ),
    ]);
    expect(f?.stated).toEqual(['requestSubtotals.denied.natural']);
    if (f?.detail.kind !== 'sum') throw new Error(f?.detail.kind);
    expect(f.detail.subject).toEqual({ zh: '表三（三）不予公开小计·自然人', en: 'Table 3 (3) withheld subtotal, natural persons' });
    expect(f.detail.stated).toMatchObject({ value: 163, label: { zh: '小计', en: 'subtotal' } });
  });

  it('should compare the columns a subtotal row has, and not fail on one it lacks', () => {
    const { extraction } = checkText(withDeniedSubtotal([163, ...DENIED.slice(1, 6), 167]), 'seed-003.md');
    delete extraction.requestSubtotals.denied!.research;
    expect(t3Subtotal.check({ ex: extraction, text: '' }).map((f) => [f.code, f.cells[0], f.expected, f.actual])).toEqual([
      ['sum', 'requestSubtotals.denied.natural', 162, 163],
      ['sum', 'requestSubtotals.denied.total', 166, 167],
    ]);
  });

  it('should call a "/" item unassessable, and leave a blank subtotal alone', () => {
    expect(findings(setFigure(withDeniedSubtotal(), '1.属于国家秘密', 0, '/'))).toEqual([
      ['unassessable', 'info', 'requestSubtotals.denied.natural', null, 162],
    ]);
    expect(findings(withDeniedSubtotal(['', ...DENIED.slice(1)]))).toEqual([]);
  });
});

describe('t3-subtotal: the 法人或其他组织小计 column', () => {
  const NEW = '一、本年新收';

  it('should find nothing when every row’s 小计 adds up its five columns', () => {
    expect(findings(withSubtotalColumn())).toEqual([]);
  });

  it('should flag a 小计 one above and one below its five columns', () => {
    expect(findings(setFigure(withSubtotalColumn(), NEW, 6, '92'))).toEqual([['sum', 'error', 'requests.newReceived.legalSubtotal', 91, 92]]);
    expect(findings(setFigure(withSubtotalColumn(), NEW, 6, '90'))).toEqual([['sum', 'error', 'requests.newReceived.legalSubtotal', 91, 90]]);
  });

  it.each([
    [1, '83', 92],
    [2, '3', 92],
    [3, '1', 92],
    [4, '1', 92],
    [5, '8', 92],
  ])('should count the legal-person column %i in the 小计', (index, value, expected) => {
    expect(findings(setFigure(withSubtotalColumn(), NEW, index, value))).toEqual([['sum', 'error', 'requests.newReceived.legalSubtotal', expected, 91]]);
  });

  it('should leave 自然人 and 总计 out of the 小计', () => {
    expect(findings(setFigure(withSubtotalColumn(), NEW, 0, '2241'))).toEqual([]);
    expect(findings(setFigure(withSubtotalColumn(), NEW, 7, '2332'))).toEqual([]);
  });

  it('should name the 小计 and its five columns', () => {
    const f = checkText(setFigure(withSubtotalColumn(), NEW, 6, '92'), 'seed-003.md').report.findings.find((x) => x.rule === 't3-subtotal');
    expect(f?.cells).toEqual(['legalSubtotal', 'commercial', 'research', 'publicInterest', 'legal', 'other'].map((c) => `requests.newReceived.${c}`));
    if (f?.detail.kind !== 'sum') throw new Error(f?.detail.kind);
    expect(f.detail.subject).toEqual({ zh: '表三“一、本年新收政府信息公开申请数量”·法人或其他组织小计', en: 'Table 3 I. new requests, legal-person subtotal' });
  });

  it('should check no row that prints no 小计, even beside one that does', () => {
    const { extraction } = checkText(setFigure(withSubtotalColumn(), NEW, 6, '92'), 'seed-003.md');
    // 二、上年结转 without its 小计 while 一、本年新收 keeps one
    delete extraction.tables.requests!.carriedOver!.legalSubtotal;
    expect(t3Subtotal.check({ ex: extraction, text: '' }).map((f) => f.cells[0])).toEqual(['requests.newReceived.legalSubtotal']);
  });
});

describe('t3-subtotal without a 表三', () => {
  it('should find nothing when the report has no table 三', () => {
    const [lines, start, end] = requestLines(withDeniedSubtotal());
    const without = [...lines.slice(0, start), ...lines.slice(end)].join('\n');
    expect(checkText(without, 'seed-003.md').extraction.tables.requests).toBeNull();
    expect(findings(without)).toEqual([]);
    expect(t3Subtotal.check({ ex: checkText(without, 'seed-003.md').extraction, text: without })).toEqual([]);
  });
});

describe('t3-subtotal as declared', () => {
  it('should be clause T3-D, an error, under its own id', () => {
    expect([t3Subtotal.id, t3Subtotal.severity, t3Subtotal.clause]).toEqual(['t3-subtotal', 'error', 'T3-D']);
  });
});
