import { describe, expect, it } from 'vitest';
import type { FullExtraction } from '../../../lib/extract/map/build-extraction';
import { headingNumbering } from '../../../lib/rules/heading-numbering';
import { numeralValue } from '../../../lib/rules/helpers/section-headings';
import { seedText } from '../../helpers/seeds';
import { cutNarrative, formRendered, formFindings, replaced, unknownWithoutTable } from './seed-form';

/**
 * heading-numbering (§2) on seed 000 (real: sections 一 to 六 in order; section 一 has items （一） to （四）, each
 * a short title followed by sentences), numbers edited.
 */
const numbering = (edit?: (t: string) => string, exEdit?: Parameters<typeof formFindings>[2]) => formFindings('heading-numbering', edit, exEdit);
const S5 = '五、存在的主要问题及改进情况';
const ITEM3 = '（三）政府信息管理及平台建设情况';
const ITEM4 = '（四）监督保障和教育培训情况';
const edit = (from: string, to: string) => (t: string) => replaced(t, from, to);

describe('heading-numbering on seed 000: the six sections', () => {
  it('should find nothing in the report as printed', () => {
    expect(numbering()).toEqual([]);
  });

  it('should note a section numbered out of turn, with the template’s number', () => {
    expect(numbering(edit(S5, '四、存在的主要问题及改进情况'))).toEqual([
      ['section', 'info', { heading: '四、存在的主要问题及改进情况', numeral: '四', want: '五、' }, '四、存在的主要问题及改进情况'],
    ]);
    expect(numbering(edit(S5, '6、存在的主要问题及改进情况'))).toEqual([
      ['section', 'info', { heading: '6、存在的主要问题及改进情况', numeral: '6', want: '五、' }, '6、存在的主要问题及改进情况'],
    ]);
  });

  it('should take Word’s flattened 5、 for 五, and say nothing of an unnumbered heading', () => {
    expect(numbering(edit(S5, '5、存在的主要问题及改进情况'))).toEqual([]);
    expect(numbering(edit(S5, '存在的主要问题及改进情况'))).toEqual([]);
  });
});

describe('heading-numbering on seed 000: the items of a section', () => {
  it('should note an item after a gap, and the item numbered twice after it', () => {
    expect(numbering(edit(ITEM3, '（四）政府信息管理及平台建设情况'))).toEqual([
      ['skipped', 'info', { printed: '四', n: 4, last: 2 }, '（四）政府信息管理及平台建设情况'],
      ['twice', 'info', { printed: '四', n: 4 }, ITEM4],
    ]);
    expect(numbering(edit(ITEM3, '（二）政府信息管理及平台建设情况'))).toEqual([
      ['twice', 'info', { printed: '二', n: 2 }, '（二）政府信息管理及平台建设情况'],
      ['skipped', 'info', { printed: '四', n: 4, last: 2 }, ITEM4],
    ]);
  });

  it('should take a short unnumbered line in a gap of one for a lost number: 20 characters, not 21 nor a sentence', () => {
    const title = (t: string) => edit(ITEM3, t);
    expect(numbering(title('政府信息管理及平台建设情况'))).toEqual([]);
    expect(numbering(title('政府信息管理及平台建设情况和网站建设管理情况'.slice(0, 20)))).toEqual([]);
    const skipped = [['skipped', 'info', { printed: '四', n: 4, last: 2 }, ITEM4]];
    expect(numbering(title('政府信息管理及平台建设情况和网站建设管理情况'.slice(0, 21)))).toEqual(skipped);
    expect(numbering(title('政府信息管理及平台建设情况。'))).toEqual(skipped);
    expect(numbering(title('政府信息管理，平台建设'))).toEqual(skipped);
    // a gap of two is a gap even with a lost number
    expect(numbering((t) => edit(ITEM4, '（五）监督保障和教育培训情况')(title('政府信息管理及平台建设情况')(t)))).toEqual([
      ['skipped', 'info', { printed: '五', n: 5, last: 2 }, '（五）监督保障和教育培训情况'],
    ]);
  });

  it('should quote the first 60 characters of a long item line', () => {
    const long = `（二）政府信息管理及平台建设情况：${'严格规范信息公开的流程、标准和时限'.repeat(5)}`;
    expect(long.length).toBeGreaterThan(60);
    expect(numbering(edit(ITEM3, long))).toEqual([
      ['twice', 'info', { printed: '二', n: 2 }, long.slice(0, 60)],
      ['skipped', 'info', { printed: '四', n: 4, last: 2 }, ITEM4],
    ]);
  });

  it('should quote a repeated item without the spaces around it in its line', () => {
    // every reader trims its lines today, but SourceDoc.lines promises no trimming and the rule reads each line
    // trimmed: full-width spaces left before and after a repeated item are not quoted
    const indented = (ex: FullExtraction) => {
      ex.lines = ex.lines.map((l) => (l === '（二）政府信息管理及平台建设情况' ? `\u3000\u3000${l}\u3000` : l));
    };
    expect(numbering(edit(ITEM3, '（二）政府信息管理及平台建设情况'), indented)).toEqual([
      ['twice', 'info', { printed: '二', n: 2 }, '（二）政府信息管理及平台建设情况'],
      ['skipped', 'info', { printed: '四', n: 4, last: 2 }, ITEM4],
    ]);
  });

  it('should not note a list that starts after （一） (its first item may be inside a paragraph)', () => {
    expect(numbering(edit('（一）主动公开情况', '主动公开情况：区国资委主动公开政府信息，'))).toEqual([]);
  });

  it('should follow the items of the last section to the end of the report', () => {
    const six = '六、其他需要报告的事项';
    expect(numbering(edit(six, `${six}\n（一）收费情况\n（三）网站情况`))).toEqual([['skipped', 'info', { printed: '三', n: 3, last: 1 }, '（三）网站情况']]);
  });

  it('should read each section’s items on their own: 五’s list may go on where 一’s ended', () => {
    // 一 ends at （四）; a list in 五 whose first item stands in its paragraph starts at （四） too, no repeat
    expect(numbering(edit(S5, `${S5}\n（四）加强业务培训`))).toEqual([]);
    expect(numbering(edit(S5, `${S5}\n（四）加强业务培训\n（四）完善工作机制`))).toEqual([['twice', 'info', { printed: '四', n: 4 }, '（四）完善工作机制']]);
  });

  it('should take an item’s number from the start of its line only, not from a 条例 article quoted in a paragraph', () => {
    const line = '2023年，区国资委主动公开政府信息27条。';
    expect(numbering(edit(line, '2023年，区国资委依照《条例》第二十条（一）至（五）项主动公开政府信息27条。'))).toEqual([]);
  });

  it('should read items past （十）: （十一） printed twice', () => {
    const six = '六、其他需要报告的事项';
    const items = ['（九）收费情况', '（十）网站情况', '（十一）培训情况', '（十一）考核情况'];
    expect(numbering(edit(six, [six, ...items].join('\n')))).toEqual([['twice', 'info', { printed: '十一', n: 11 }, '（十一）考核情况']]);
  });

  it('should leave a missing section to the sections rule (seed 002 ends at 五)', () => {
    expect(formFindings('heading-numbering', () => seedText('002'))).toEqual([]);
  });

  it('should judge nothing on a cut narrative, nor on a text of no known template without table 三', () => {
    expect(numbering(edit(ITEM3, '（二）政府信息管理及平台建设情况'), cutNarrative)).toEqual([]);
    expect(numbering(edit(ITEM3, '（二）政府信息管理及平台建设情况'), unknownWithoutTable)).toHaveLength(0);
    expect(numbering(edit(ITEM3, '（二）政府信息管理及平台建设情况'), (ex) => void (ex.format = 'unknown'))).toHaveLength(2);
  });

  it('should render its finding from its message table', () => {
    expect(formRendered('heading-numbering', edit(S5, '四、存在的主要问题及改进情况'))).toEqual([
      '“四、存在的主要问题及改进情况”编号为“四”，模板为“五、”。原文：“四、存在的主要问题及改进情况”',
    ]);
  });
});

describe('heading-numbering as declared', () => {
  it('should be an info of clause §2 under its own id', () => {
    expect([headingNumbering.id, headingNumbering.severity, headingNumbering.clause]).toEqual(['heading-numbering', 'info', '§2']);
  });
});

describe('numeralValue: the number a heading numeral stands for', () => {
  it('should read 十一 to 十九 as 11 to 19, as items past （十） are numbered', () => {
    expect(['十', '十一', '十二', '十九'].map(numeralValue)).toEqual([10, 11, 12, 19]);
  });
});
