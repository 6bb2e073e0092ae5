import { describe, expect, it } from 'vitest';
import { REQUEST_COLUMNS } from '../../../lib/model/keys';
import type { OcrMark } from '../../../lib/model/types';
import { renderFinding } from '../../../lib/report/render-finding';
import { runRules } from '../../../lib/rules/run-rules';
import { makeExtraction } from '../../helpers/make-extraction';
import { errorsOf } from '../../helpers/errors-of';

type Extraction = ReturnType<typeof makeExtraction>;

const row = (...v: number[]) => Object.fromEntries(REQUEST_COLUMNS.map((c, i) => [c, v[i]!]));

/** Every figure of 三 and 四 marked as read by OCR, sure of itself and proven; `marks` overrides some. */
function scanned(ex: Extraction, marks: Record<string, Partial<OcrMark>>): Extraction {
  for (const t of ['requests', 'review'] as const)
    for (const [key, cols] of Object.entries(ex.tables[t]!))
      for (const [col, cell] of Object.entries(cols)) {
        const read = String(cell.value ?? '');
        cell.ocr = {
          confidence: 0.99,
          alternatives: [{ text: read, p: 0.99 }],
          read,
          status: 'proven',
          page: 1,
          box: { x: 0, y: 0, w: 1, h: 1 },
          ...marks[`${t}.${key}.${col}`],
        };
        if (marks[`${t}.${key}.${col}`]?.read !== undefined) {
          cell.value = Number(cell.ocr.read);
          cell.raw = cell.ocr.read;
        }
      }
  return ex;
}

const errors = (ex: Extraction) => errorsOf(runRules(ex));

describe('arithmetic over figures read by OCR that no equation proved', () => {
  const spec = {
    requests: { newReceived: row(7, 3, 0, 0, 1, 0, 11), granted: row(7, 3, 0, 0, 1, 0, 11), totalProcessed: row(7, 3, 0, 0, 1, 0, 11) },
  };

  /** 予以公开's 7 natural persons read as `natural`: left unread (as accept-figures does when a reading makes the row hold) or unproven. */
  const granted = (natural: Partial<OcrMark>) => {
    const ex = scanned(makeExtraction(spec), {
      'requests.granted.natural': { read: '6', ...natural },
      ...Object.fromEntries(REQUEST_COLUMNS.filter((c) => c !== 'natural').map((c) => [`requests.granted.${c}`, { status: 'unproven' as const }])),
    });
    const cell = ex.tables.requests!.granted!.natural!;
    if (natural.status === 'unread') ex.tables.requests!.granted!.natural = { value: null, raw: '', note: 'unread', ocr: cell.ocr! };
    return ex;
  };

  it('should raise no error on a figure read 6 where the picture also allows the 7 printed (seed 59035663: 26 for 36)', () => {
    // the 7 half rubbed out: read 6, 7 only at 1 in 500; the row's others unproven
    expect(
      errors(
        granted({
          status: 'unread',
          alternatives: [
            { text: '6', p: 0.99 },
            { text: '7', p: 0.002 },
          ],
        }),
      ),
    ).toEqual([]);
    expect(
      errors(
        granted({
          status: 'unproven',
          alternatives: [
            { text: '6', p: 0.99 },
            { text: '7', p: 0.002 },
          ],
        }),
      ),
    ).toEqual([]);
    // where the picture allows no 7, 6 + 3 + 1 = 10 ≠ 11 whichever way it is read: an error
    expect(
      errors(
        granted({
          status: 'unproven',
          alternatives: [
            { text: '6', p: 0.99 },
            { text: '5', p: 0.002 },
          ],
        }),
      ).map((f) => f.rule),
    ).toContain('t3-row-total');
  });

  it('should take a cell whose picture gave no figure (a smudge read "S") as some count ≥ 0, not as a reading to try', () => {
    // the 7 rubbed into an "S", the recogniser's next reading a 5: 5 + 3 + 1 ≠ 11, but the picture holds no figure
    const smudge = granted({
      status: 'unread',
      read: 'S',
      alternatives: [
        { text: 'S', p: 0.9 },
        { text: '5', p: 0.05 },
      ],
    });
    expect(smudge.tables.requests!.granted!.natural!.value).toBeNull();
    expect(errors(smudge)).toEqual([]);
    // read as a figure, the same picture is a reading: 5, and 5 + 3 + 1 = 9 ≠ 11 under it
    const five = granted({ status: 'unread', read: '5', alternatives: [{ text: '5', p: 0.9 }] });
    expect(errors(five).map((f) => [f.rule, f.code])).toContainEqual(['t3-row-total', 'every-reading']);
  });

  it('should call a row an error when its 总计 read by OCR breaks the row one way and the (七) column the other, with no split to show', () => {
    // 予以公开·总计 read 12 (11 the next reading): 11 adds up in its row but not to （七）'s 12 (a misprinted （七）·总计); 12 the other way round
    const ex = scanned(makeExtraction({ requests: { ...spec.requests, totalProcessed: row(7, 3, 0, 0, 1, 0, 12) } }), {
      'requests.granted.total': {
        read: '12',
        status: 'unproven',
        alternatives: [
          { text: '12', p: 0.9 },
          { text: '11', p: 0.05 },
        ],
      },
    });
    const joint = errors(ex).filter((f) => f.rule === 't3-row-total' && f.stated[0] === 'requests.granted.total');
    expect(joint.map((f) => f.code)).toEqual(['jointly']);
    const detail = joint[0]!.detail;
    if (detail.kind !== 'jointly') throw new Error(detail.kind);
    expect(detail.count).toBe(2);
    // an OCR reading has no printed run to split: each case's split and the printed runs are empty
    expect(detail.printed).toEqual([]);
    expect(detail.cases.map((c) => [c.split, c.failed])).toEqual([
      [[], 0],
      [[], 1 + REQUEST_COLUMNS.indexOf('total')],
    ]);
    // so each reading is said by its figure, not as an empty split ("按  拆")
    const zh = renderFinding(joint[0]!, 'zh');
    expect(zh).toContain('无论按哪种读法，');
    expect(zh).toMatch(/读作 [^，；]*予以公开[^，；]*总计 12 时，/);
    expect(zh).toMatch(/读作 [^，；]*予以公开[^，；]*总计 11 时，/);
    expect(zh).not.toMatch(/拆法|按\s+拆/);
    expect(renderFinding(joint[0]!, 'en')).toMatch(/whichever way the figures are read, .*read as [^:]*11: /);
  });

  it('should call a 表四 total an error that fails under every reading of its unproven figures, in both languages', () => {
    // 002's 表四 prints 0 for 10 + 1 + 0 + 0: every figure read sure, none proven
    const ex = scanned(makeExtraction({ review: { reconsideration: { upheld: 10, corrected: 1, other: 0, pending: 0, total: 0 } } }), {
      ...Object.fromEntries(['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => [`review.reconsideration.${c}`, { status: 'unproven' as const }])),
      'review.reconsideration.total': {
        status: 'unproven',
        alternatives: [
          { text: '0', p: 0.99 },
          { text: '8', p: 0.0005 },
          { text: '1', p: 0.0004 },
        ],
      },
      'review.reconsideration.corrected': {
        status: 'unproven',
        alternatives: [
          { text: '1', p: 0.99 },
          { text: '7', p: 0.0003 },
        ],
      },
    });
    const found = errors(ex);
    expect(found.map((f) => [f.rule, f.code, f.stated])).toEqual([['t4-group-total', 'every-reading', ['review.reconsideration.total']]]);
    // no figure of it taken as printed: the readings tried are listed, nearest first
    expect(found[0]!.expected).toBeNull();
    expect(renderFinding(found[0]!, 'zh')).toContain('10+1+0+0 = 11 ≠ 0');
    expect(renderFinding(found[0]!, 'en')).toContain('10+1+0+0 = 11 ≠ 0');
    // an OCR'd figure's alternatives are ways to read it, not to split a run of digits
    expect(renderFinding(found[0]!, 'zh')).toContain('无论按哪种读法都不相符');
    expect(renderFinding(found[0]!, 'zh')).not.toContain('拆法');
    expect(renderFinding(found[0]!, 'en')).toContain('whichever way the figures are read');
  });

  it('should not let two unlikely misreads at once hide that error', () => {
    // 1 + 1 ≠ 0: 1 → 0 and 0 → 1 at 1 in 1000 each would make it hold, but two misreads at once are no reading
    const group = (total: OcrMark['alternatives']) =>
      scanned(makeExtraction({ review: { reconsideration: { upheld: 1, corrected: 1, other: 0, pending: 0, total: 0 } } }), {
        ...Object.fromEntries(['upheld', 'other', 'pending'].map((c) => [`review.reconsideration.${c}`, { status: 'unproven' as const }])),
        'review.reconsideration.corrected': {
          status: 'unproven',
          alternatives: [
            { text: '1', p: 0.99 },
            { text: '0', p: 0.001 },
          ],
        },
        'review.reconsideration.total': { status: 'unproven', alternatives: total },
      });
    expect(
      errors(
        group([
          { text: '0', p: 0.99 },
          { text: '1', p: 0.001 },
        ]),
      ).map((f) => f.rule),
    ).toEqual(['t4-group-total']);
    // one likely misread that makes it hold (0 read for a 2): no error
    expect(
      errors(
        group([
          { text: '0', p: 0.9 },
          { text: '2', p: 0.05 },
        ]),
      ),
    ).toEqual([]);
  });

  it('should take no reading with a leading zero: a 0 read with a speck beside it ("01") is no 1 (page-pingtan-hzs-2024-150)', () => {
    // the scan's printed error 1 + 0 + 0 + 0 ≠ 0, its 总计 0 read with "01" at 1 in 2000
    const ex = scanned(makeExtraction({ review: { reconsideration: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 0 } } }), {
      ...Object.fromEntries(['upheld', 'corrected', 'other', 'pending'].map((c) => [`review.reconsideration.${c}`, { status: 'unproven' as const }])),
      'review.reconsideration.total': {
        status: 'unproven',
        alternatives: [
          { text: '0', p: 0.98 },
          { text: '00', p: 0.004 },
          { text: '01', p: 0.0005 },
        ],
      },
    });
    expect(errors(ex).map((f) => f.rule)).toEqual(['t4-group-total']);
  });
});
