import { describe, expect, it } from 'vitest';
import { checkText } from '../../../lib/pipeline';
import { renderFinding } from '../../../lib/report/render-finding';
import { runRules } from '../../../lib/rules/run-rules';
import { makeExtraction } from '../../helpers/make-extraction';
import { seedText } from '../../helpers/seeds';
import { editFigures, editReview, findingsOf, SEED } from './seed-table';

/**
 * total-blank on seed 004 (real, consistent): a 总计 blanked over parts holding numbers is a missing figure;
 * one blanked over parts that are all 0 is left to blank-cells.
 */
const blankTotal = (text: string) => findingsOf('total-blank', text);
const u = undefined;

describe('total-blank on a real report', () => {
  it('should find nothing in the report as printed', () => {
    expect(blankTotal(seedText(SEED))).toEqual([]);
  });

  it('should flag a blanked 表三 row 总计 over 33 + 5, and not one over zeros (二、上年结转)', () => {
    expect(blankTotal(editFigures('一、本年新收', [u, u, u, u, u, u, '/']))).toEqual([['blank-total', 'error', 'requests.newReceived.total', 38, null]]);
    expect(blankTotal(editFigures('二、上年结转', [u, u, u, u, u, u, '/']))).toEqual([]);
  });

  it('should name the parts printed non-zero and their sum in its data (33 + 5 = 38 under a blank 一·总计)', () => {
    const { findings } = checkText(editFigures('一、本年新收', [u, u, u, u, u, u, '/']), `https://www.bjtzh.gov.cn/${SEED}.html`);
    const [f] = findings.filter((x) => x.rule === 'total-blank');
    expect(f?.detail.kind === 'note' ? f.detail.data : null).toEqual({
      subject: expect.anything(),
      known: [
        { label: expect.objectContaining({ zh: expect.stringContaining('自然人') }), value: 33 },
        { label: expect.objectContaining({ zh: expect.stringContaining('商业企业') }), value: 5 },
      ],
      sum: 38,
    });
  });

  it('should give no expected 总计 where a part is blank too, and name the blank 总计 as the figure stated', () => {
    // 一·总计 "/" over 33 + blank + 0…: a figure is missing, but the blank part leaves its sum unknown
    const text = editFigures('一、本年新收', [u, '', u, u, u, u, '/']);
    expect(blankTotal(text)).toEqual([['blank-total', 'error', 'requests.newReceived.total', null, null]]);
    const { findings } = checkText(text, `https://www.bjtzh.gov.cn/${SEED}.html`);
    expect(findings.filter((x) => x.rule === 'total-blank').map((f) => f.stated)).toEqual([['requests.newReceived.total']]);
  });

  it('should name only the parts that hold a figure, not the blank one, among the parts printed non-zero', () => {
    // a blank 商业企业 is no figure to show: listing it would print "商业企业 null" in the message
    const { findings } = checkText(editFigures('一、本年新收', [u, '', u, u, u, u, '/']), `https://www.bjtzh.gov.cn/${SEED}.html`);
    const [f] = findings.filter((x) => x.rule === 'total-blank');
    expect(f?.detail.kind === 'note' ? f.detail.data : null).toEqual({
      subject: expect.anything(),
      known: [{ label: expect.objectContaining({ zh: expect.stringContaining('自然人') }), value: 33 }],
      sum: 33,
    });
  });

  it('should flag a blank （七）总计 column whose outcomes hold numbers', () => {
    expect(blankTotal(editFigures('（七）总计', ['']))).toEqual([['blank-total', 'error', 'requests.totalProcessed.natural', 29, null]]);
  });

  it('should name the blank （七）总计 column as its subject, in both languages', () => {
    const { findings } = checkText(editFigures('（七）总计', ['']), `https://www.bjtzh.gov.cn/${SEED}.html`);
    const [f] = findings.filter((x) => x.rule === 'total-blank');
    expect(f?.detail.kind === 'note' ? f.detail.data : null).toMatchObject({
      subject: { zh: '表三（七）总计·自然人', en: 'Table 3 total processed, natural persons' },
      sum: 29,
    });
  });

  it('should flag a blank or "/" 表四 总计 over a part of 1, and not one over zeros', () => {
    for (const mark of ['', '/'])
      expect(blankTotal(editReview([u, u, u, u, u, u, u, u, u, mark]))).toEqual([['blank-total', 'error', 'review.litigationDirect.total', 1, null]]);
    expect(blankTotal(editReview([u, u, u, u, '/']))).toEqual([]);
  });

  it('should name every cell of a blank 总计 and its parts, the 总计 first', () => {
    const { findings } = checkText(editFigures('一、本年新收', [u, u, u, u, u, u, '/']), `https://www.bjtzh.gov.cn/${SEED}.html`);
    expect(findings.filter((x) => x.rule === 'total-blank').map((f) => f.cells)).toEqual([
      ['total', 'natural', 'commercial', 'research', 'publicInterest', 'legal', 'other'].map((c) => `requests.newReceived.${c}`),
    ]);
  });

  it('should leave a blank 总计 over parts blank or 0 to blank-cells, whatever the mix (二、上年结转 with a blank 自然人)', () => {
    expect(blankTotal(editFigures('二、上年结转', ['', u, u, u, u, u, '/']))).toEqual([]);
  });

  it('should name the blank 表四 group 总计 as its subject, in both languages', () => {
    const { findings } = checkText(editReview([u, u, u, u, u, u, u, u, u, '']), `https://www.bjtzh.gov.cn/${SEED}.html`);
    const [f] = findings.filter((x) => x.rule === 'total-blank');
    expect(f?.detail.kind === 'note' ? f.detail.data : null).toMatchObject({
      subject: { zh: '表四行政诉讼·未经复议直接起诉·总计', en: expect.stringMatching(/^Table 4 .+ total$/) },
    });
    expect(renderFinding(f!, 'zh')).toMatch(/^表四行政诉讼·未经复议直接起诉·总计空白/);
    expect(renderFinding(f!, 'en')).toMatch(/^Table 4 .+ total is blank while its parts hold numbers \(sum 1\)/);
  });
});

describe('total-blank on tables read in part', () => {
  /** total-blank's findings on an extraction (a failure of the rule is one of them: rule-failed). */
  const ofRule = (ex: ReturnType<typeof makeExtraction>) => runRules(ex).filter((f) => f.rule === 'total-blank');
  /** 表三 with 5 natural persons granted, and 表四 with 1 reconsideration upheld, every other cell 0. */
  const withFigures = () =>
    makeExtraction({
      requests: { newReceived: { natural: 5, total: 5 }, granted: { natural: 5, total: 5 }, totalProcessed: { natural: 5, total: 5 } },
      review: { reconsideration: { upheld: 1, total: 1 } },
    });

  it('should find nothing, and not fail, where 表三 or 表四 was not found at all', () => {
    expect(ofRule(makeExtraction({ without: ['requests', 'review'] }))).toEqual([]);
  });

  it('should call no 总计 blank where its row, its cell or the （七） row was not read: missing is not blank', () => {
    const ex = withFigures();
    // 一's 总计 not read, （七） not read, 表四's 复议 总计 not read and 复议后起诉 not read at all
    delete ex.tables.requests!.newReceived!.total;
    delete ex.tables.requests!.totalProcessed;
    delete ex.tables.review!.reconsideration!.total;
    delete ex.tables.review!.litigationAfterReconsideration;
    // and a row of 表三 not read at all
    delete ex.tables.requests!.carriedOver;
    expect(ofRule(ex)).toEqual([]);
  });
});
