import { describe, expect, it } from 'vitest';
import type { Finding } from '../../lib/model/finding';
import type { PublicReport } from '../../lib/model/public-report';
import { classify } from './classify';
import { fixtureSource } from './fixture-source';
import { allFixtures } from './fixtures';
import { FORMS } from './forms';
import { digitOf, locateFigures, type Figure } from './locate-figures';
import { applyMutant, mutantsOf, mutatedValue, writeFigure } from './mutants';
import { figuresOf, onePerFigure, spread } from './run-mutants';
import { brokenChecks, isConsistent } from './template-checks';
import { textStream } from './text-stream';
import { truthValues, type Truth } from './truth';

/** The suite's own parts: where it finds figures, how it changes them, how it names an outcome. */

const row = (name: string, values: number[], cols = ['natural', 'commercial', 'research', 'publicInterest', 'legal', 'other', 'total']) =>
  values.map((value, i) => ({ path: `${name}.${cols[i]}`, value }));

describe('textStream', () => {
  it('should show a page’s text with markup as gaps, &nbsp; as a blank and scripts hidden', () => {
    const s = textStream('<td>1<span>2</span></td><script>var a = 34;</script>&nbsp;5<!-- 6 -->', 'markup');
    expect(s.text).toBe('\u00001\u00002\u0000\u0000\u0000 5\u0000');
    expect(s.offsets).toEqual([0, 4, 5, 11, 12, 19, 24, 52, 58, 59]);
  });

  it('should make Markdown’s cell bars gaps and leave text as it is', () => {
    expect(textStream('| 7 | 0 |', 'markdown').text).toBe('\u0000 7 \u0000 0 \u0000');
    expect(textStream('a|1', 'text').text).toBe('a|1');
  });
});

describe('locateFigures', () => {
  const truth: Truth = { rows: [row('requests.r1', [1, 0, 0, 0, 0, 0, 1]), row('requests.r2', [0, 0, 0, 0, 0, 0, 0])] };

  it('should split a run-together row by the truth and never take a label’s number for a figure', () => {
    const text = '一、本年新收1.属于国家秘密10000012.其他法律行政法规禁止公开0000000三';
    const figures = locateFigures(textStream(text, 'text'), truth);
    expect(figures.map((f) => [f.path, f.value, f.offsets])).toEqual([
      ['requests.r1.natural', 1, [14]],
      ['requests.r1.commercial', 0, [15]],
      ['requests.r1.research', 0, [16]],
      ['requests.r1.publicInterest', 0, [17]],
      ['requests.r1.legal', 0, [18]],
      ['requests.r1.other', 0, [19]],
      ['requests.r1.total', 1, [20]],
      ...['natural', 'commercial', 'research', 'publicInterest', 'legal', 'other', 'total'].map((c, i) => [`requests.r2.${c}`, 0, [35 + i]]),
    ]);
  });

  it('should throw, naming the row, when the source does not print what the truth says', () => {
    const text = '一、本年新收1.属于国家秘密10000012.其他法律行政法规禁止公开0000010三';
    expect(() => locateFigures(textStream(text, 'text'), truth)).toThrow('figures of row requests.r2 (0000000) not found');
  });

  // every fixture of every form but the PDFs (printed from the pages located here)
  const fixtures = allFixtures([]);
  // its rows are printed out of order by the converter (expected.json's notes): the truth cannot be walked in order
  const unlocatable = ['markdown/shanghai-stcsm-2024.md'];

  it.each(fixtures.filter((f) => !unlocatable.includes(f.name)).map((f) => [f.form, f.name, f] as const))(
    'should find every printed figure of %s %s where its digits stand',
    (_form, _name, f) => {
      const source = fixtureSource(f);
      const figures = figuresOf(f, source);
      if (typeof figures === 'string') throw new Error(figures);
      expect(figures.map((g) => g.path)).toEqual(f.truth.rows.flatMap((r) => r.filter((c) => c.value !== null).map((c) => c.path)));
      expect(figures.filter((g) => g.offsets.map((o) => digitOf(source[o])).join('') !== String(g.value))).toEqual([]);
    },
  );

  it.each(fixtures.filter((f) => f.consistent).map((f) => [f.form, f.name, f] as const))(
    'should write each mutant of %s %s where the figure is, leaving every other figure as it was',
    (form, _name, f) => {
      const source = fixtureSource(f);
      const figures = figuresOf(f, source) as Figure[];
      for (const m of spread(mutantsOf(figures, FORMS[form].runTogether), 12)) {
        const truth: Truth = { rows: f.truth.rows.map((r) => r.map((c) => (c.path === m.path ? { ...c, value: m.to } : c))) };
        const again = locateFigures(textStream(applyMutant(source, m), FORMS[form].syntax), truth);
        expect(again.map((g) => g.value)).toEqual(figures.map((g) => (g.path === m.path ? m.to : g.value)));
        expect(again.find((g) => g.path === m.path)!.offsets[0]).toBe(m.figure.offsets[0]);
      }
    },
  );

  it('should say why the fixtures it cannot walk are left out', () => {
    expect(unlocatable.map((name) => figuresOf(fixtures.find((f) => f.name === name)!, fixtureSource(fixtures.find((f) => f.name === name)!)))).toEqual([
      'figures not located: figures of row requests.other.overdueFee (0000000) not found after offset 3578',
    ]);
  });
});

describe('mutants', () => {
  it.each([
    [0, 'plus', 1],
    [0, 'minus', null],
    [0, 'digit', 5],
    [7, 'digit', 2],
    [10, 'minus', 9],
    [2240, 'digit', 3240],
    [982, 'digit', 882],
  ] as const)('should change %i by %s to %s', (value, kind, to) => {
    expect(mutatedValue(value, kind)).toBe(to);
  });

  const figure = (value: number, offsets: number[]) => ({ path: 'requests.r1.natural', value, offsets, row: 0 });

  it('should keep the length of a run-together figure (9 + 1 and 10 − 1 are left out)', () => {
    expect(mutantsOf([figure(9, [0]), figure(10, [1, 2])], true).map((m) => [m.from, m.kind, m.to])).toEqual([
      [9, 'minus', 8],
      [9, 'digit', 4],
      [10, 'plus', 11],
      [10, 'digit', 20],
    ]);
    expect(mutantsOf([figure(9, [0])], false).map((m) => m.to)).toEqual([10, 8, 4]);
  });

  it('should write a figure where it is printed, digit for digit around markup, or over its span when longer', () => {
    expect(writeFigure('<td>1<span>2</span></td>', figure(12, [4, 11]), 13)).toBe('<td>1<span>3</span></td>');
    expect(writeFigure('<td>9</td>', figure(9, [4]), 10)).toBe('<td>10</td>');
    expect(writeFigure('｜１２｜', figure(12, [1, 2]), 13)).toBe('｜１３｜');
  });

  it('should take one mutant per figure, the kind turning, and spread a sample evenly', () => {
    const ms = mutantsOf([figure(5, [0]), figure(6, [1]), figure(7, [2])], false);
    expect(onePerFigure(ms).map((m) => [m.from, m.kind])).toEqual([
      [5, 'plus'],
      [6, 'minus'],
      [7, 'digit'],
    ]);
    expect(spread([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 3)).toEqual([1, 5, 8]);
  });
});

describe('template checks', () => {
  const seed000 = allFixtures([]).find((f) => f.name === 'pages/trs-000.html')!;
  const values = truthValues(seed000.truth);

  it('should find the seeds’ tables consistent and name what one changed figure breaks', () => {
    expect(isConsistent(values)).toBe(true);
    const changed = new Map(values).set('requests.newReceived.natural', 6);
    expect(isConsistent(changed)).toBe(false);
    expect(brokenChecks('requests.newReceived.natural', changed).map((k) => k.clause)).toEqual(['T3-B', 'T3-A']);
    expect(brokenChecks('review.litigationDirect.upheld', new Map(values).set('review.litigationDirect.upheld', 1)).map((k) => k.clause)).toEqual(['T4']);
  });
});

describe('classify', () => {
  const printed = new Map<string, number | null>([
    ['review.reconsideration.upheld', 2],
    ['review.reconsideration.total', 1],
  ]);
  const report = (upheld: number | null, total: number | null, findings: PublicReport['findings'] = []): PublicReport => ({
    schemaVersion: 1,
    source: 'x',
    detected: true,
    format: '2021',
    title: null,
    agency: null,
    year: null,
    tables: {
      active: null,
      requests: null,
      review: { reconsideration: { upheld: { value: upheld, raw: String(upheld ?? '') }, total: { value: total, raw: String(total ?? '') } } },
    },
    findings,
  });
  // only its rule, severity and cells matter to classify
  const error = (cells: string[]): Finding => ({
    rule: 't4-group-total',
    severity: 'error',
    code: 'note',
    cells,
    stated: [],
    expected: null,
    actual: null,
    detail: { kind: 'note', data: {} },
  });
  const path = 'review.reconsideration.upheld';

  it.each([
    ['caught', report(2, 1, [error([path])]), new Set<string>()],
    ['missed-unread', report(null, 1), new Set<string>()],
    ['missed-silent', report(2, 1), new Set<string>()],
    ['missed-elsewhere', report(2, 1, [error(['review.reconsideration.total'])]), new Set<string>()],
    ['wrong', report(2, 11, [error([path])]), new Set<string>()],
    // an error the unchanged report already had is no catch
    ['missed-silent', report(2, 1, [error([path])]), new Set([`t4-group-total|${path}`])],
  ] as const)('should call it %s', (outcome, r, before) => {
    expect(classify({ ok: true, report: r }, path, printed, before).outcome).toBe(outcome);
  });

  it('should say why: an unread input, a blank cell, a check with every operand read', () => {
    expect(classify({ ok: false, reason: 'empty content' }, path, printed, new Set()).cause).toBe('input not read: empty content');
    expect(classify({ ok: true, report: report(null, 1) }, path, printed, new Set()).cause).toBe('表四: cell empty');
    expect(classify({ ok: true, report: report(2, 11) }, path, printed, new Set()).wrong).toEqual(['review.reconsideration.total=11 (printed 1)']);
  });
});
