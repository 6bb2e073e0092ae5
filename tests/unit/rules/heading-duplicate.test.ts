import { describe, expect, it } from 'vitest';
import { headingDuplicate } from '../../../lib/rules/heading-duplicate';
import { cutNarrative, formRendered, formFindings, replaced, unknownWithoutTable } from './seed-form';

/** heading-duplicate (§2) on seed 000 (real: each of its six section headings printed once), headings repeated. */
const duplicate = (edit?: (t: string) => string, exEdit?: Parameters<typeof formFindings>[2]) => formFindings('heading-duplicate', edit, exEdit);
const S3 = '三、收到和处理政府信息公开申请情况';
const S4 = '四、政府信息公开行政复议、行政诉讼情况';
const S5 = '五、存在的主要问题及改进情况';
const S6 = '六、其他需要报告的事项';
/** seed 000 with `headings` printed once more, above 五 */
const again =
  (...headings: string[]) =>
  (t: string) =>
    replaced(t, S5, `${headings.join('\n')}\n${S5}`);

describe('heading-duplicate on seed 000', () => {
  it('should find nothing in the report as printed', () => {
    expect(duplicate()).toEqual([]);
  });

  it('should note a heading printed twice and three times, quoting the second', () => {
    expect(duplicate(again(S3))).toEqual([['twice', 'info', { heading: S3, times: 2 }, S3]]);
    expect(duplicate(again(S3, S3))).toEqual([['twice', 'info', { heading: S3, times: 3 }, S3]]);
    // the second printed otherwise (2、 for 二、): quoted as printed
    expect(duplicate(again('3、收到和处理政府信息公开申请情况'))).toEqual([['twice', 'info', { heading: S3, times: 2 }, '3、收到和处理政府信息公开申请情况']]);
  });

  it('should note up to three headings printed twice, and none when four are (the report printed twice over)', () => {
    expect(duplicate(again(S3, S4)).map(([, , d]) => d)).toEqual([
      { heading: S3, times: 2 },
      { heading: S4, times: 2 },
    ]);
    expect(duplicate((t) => `${again(S3, S4)(t)}\n${S5}`)).toHaveLength(3);
    expect(duplicate((t) => `${again(S3, S4)(t)}\n${S5}\n${S6}`)).toEqual([]);
  });

  it('should judge nothing on a cut narrative, nor on a text of no known template without table 三', () => {
    expect(duplicate(again(S3), cutNarrative)).toEqual([]);
    expect(duplicate(again(S3), unknownWithoutTable)).toEqual([]);
    // either alone is not enough
    expect(duplicate(again(S3), (ex) => void (ex.format = 'unknown'))).toHaveLength(1);
    expect(duplicate(again(S3), (ex) => void (ex.tables.requests = null))).toHaveLength(1);
  });

  it('should render its finding from its message table', () => {
    expect(formRendered('heading-duplicate', again(S3))).toEqual([
      '标题“三、收到和处理政府信息公开申请情况”出现 2 次。原文：“三、收到和处理政府信息公开申请情况”',
    ]);
  });
});

describe('heading-duplicate as declared', () => {
  it('should be an info of clause §2 under its own id', () => {
    expect([headingDuplicate.id, headingDuplicate.severity, headingDuplicate.clause]).toEqual(['heading-duplicate', 'info', '§2']);
  });
});
