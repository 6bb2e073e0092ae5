import { describe, expect, it } from 'vitest';
import { checkText } from '../../../lib/pipeline';
import { narrativeDocuments } from '../../../lib/rules/narrative-documents';
import { seedText } from '../../helpers/seeds';
import { findingsOn } from './seed-form';
import { SEED, withSentence } from './seed-table';

/**
 * narrative-documents (N-7) on seed 004 (real: 表二 行政规范性文件 本年制发 0, and its narrative counts no
 * 规范性文件), a count added to the narrative and 本年制发 edited.
 */
const documents = (sentence: string, issued?: string) => {
  const text = withSentence(sentence);
  return findingsOn('narrative-documents', issued === undefined ? text : text.replace(/(\t行政规范性文件\n)\t0/, `$1\t${issued}`));
};
const differs = (said: number, issued: number, quote: string) => [['differs', 'info', { said, issued }, quote]];

describe('narrative-documents on seed 004', () => {
  it('should find nothing in the report as printed', () => {
    expect(findingsOn('narrative-documents', seedText(SEED))).toEqual([]);
  });

  it('should note a count of documents made that is not 表二’s 本年制发, and not an equal one', () => {
    expect(documents('本年度制发规范性文件0件。')).toEqual([]);
    expect(documents('本年度制发规范性文件1件。')).toEqual(differs(1, 0, '本年度制发规范性文件1件。'));
    expect(documents('本年度制发规范性文件1件。', '1')).toEqual([]);
    expect(documents('本年度制发规范性文件1件。', '2')).toEqual(differs(1, 2, '本年度制发规范性文件1件。'));
  });

  it('should state the count against the cell of 表二', () => {
    const f = checkText(withSentence('本年度印发规范性文件3件。'), `https://www.bjtzh.gov.cn/${SEED}.html`).report.findings.find(
      (x) => x.rule === 'narrative-documents',
    );
    expect([f?.cells, f?.expected, f?.actual]).toEqual([['active.normativeDocuments.issued'], 0, 3]);
  });

  it('should take the figure of the documents made this year, not another count of the same sentence', () => {
    expect(documents('2023年，清理规范性文件393件，其中本年度制发的规范性文件77件。', '77')).toEqual([]);
    expect(documents('2023年，清理规范性文件393件，其中本年度制发的规范性文件70件。', '77')).toEqual(
      differs(70, 77, '2023年，清理规范性文件393件，其中本年度制发的规范性文件70件。'),
    );
  });

  it('should take a later count of documents made over an earlier plain one, judging each count by its own clause', () => {
    const sentence = '本年度印发各类文件10件，规范性文件4件，其中新制规范性文件1件。';
    expect(documents(sentence)).toEqual(differs(1, 0, sentence));
    expect(documents(sentence, '1')).toEqual([]);
  });

  it.each(['清理', '废止', '现行有效', '累计', '梳理', '备案审查'])('should not count documents %s as documents made', (measure) => {
    expect(documents(`全面${measure}规范性文件16件。`)).toEqual([]);
  });

  it('should take a plain count when no clause says made, and a count in 件, 条, 个 or 份', () => {
    for (const unit of ['件', '条', '个', '份']) expect(documents(`我局规范性文件3${unit}。`)).toEqual(differs(3, 0, `我局规范性文件3${unit}。`));
    expect(documents('我局规范性文件3次。')).toEqual([]);
  });

  it('should read a figure up to four characters after 规范性文件, and not five', () => {
    expect(documents('本年度出台规范性文件合计共有3件。')).toEqual(differs(3, 0, '本年度出台规范性文件合计共有3件。'));
    expect(documents('本年度出台规范性文件合计一共有3件。')).toEqual([]);
  });

  it('should judge nothing without 表二’s figure', () => {
    expect(findingsOn('narrative-documents', withSentence('本年度制发规范性文件1件。'), (ex) => void delete ex.tables.active?.normativeDocuments)).toEqual([]);
    expect(findingsOn('narrative-documents', withSentence('本年度制发规范性文件1件。'), (ex) => void (ex.tables.active = null))).toEqual([]);
    expect(
      findingsOn('narrative-documents', withSentence('本年度制发规范性文件1件。'), (ex) => {
        const cell = ex.tables.active?.normativeDocuments?.issued;
        if (cell) cell.value = null;
      }),
    ).toEqual([]);
  });

  it('should be an info of clause N-7 under its own id', () => {
    expect([narrativeDocuments.id, narrativeDocuments.severity, narrativeDocuments.clause]).toEqual(['narrative-documents', 'info', 'N-7']);
  });
});
