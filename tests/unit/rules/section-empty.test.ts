import { describe, expect, it } from 'vitest';
import { seedText } from '../../helpers/seeds';
import { sectionEmpty } from '../../../lib/rules/section-empty';
import { cutNarrative, FORM_SEED, formFindings, formRendered, replaced, unknownWithoutTable } from './seed-form';

/**
 * section-empty (§2 / D-1) on seed 000 (real: 五 and 六 have two lines each under their headings, the
 * report's last lines), their bodies cut.
 */
const empty = (edit?: (t: string) => string, exEdit?: Parameters<typeof formFindings>[2]) => formFindings('section-empty', edit, exEdit);
const S5 = '五、存在的主要问题及改进情况';
const S6 = '六、其他需要报告的事项';
const lines = seedText(FORM_SEED).split('\n');
const at = (heading: string) => lines.findIndex((l) => l.trim() === heading);
/** seed 000 with `n` of the lines under `heading` kept (五 and 六 have two each) */
const keep = (heading: string, n: number) => () => {
  const h = at(heading);
  return [...lines.slice(0, h + 1 + n), ...lines.slice(h + 3)].join('\n');
};

describe('section-empty on seed 000', () => {
  it('should find nothing in the report as printed, nor with one line left under 五 or 六', () => {
    expect(at(S5)).toBeGreaterThan(0);
    expect(lines[at(S5) + 3]?.trim()).toBe(S6);
    expect(empty()).toEqual([]);
    expect(empty(keep(S5, 1))).toEqual([]);
    expect(empty(keep(S6, 1))).toEqual([]);
  });

  it('should note 五 with nothing under it before 六, and 六 with nothing under it at the end', () => {
    expect(empty(keep(S5, 0))).toEqual([['empty', 'info', { heading: S5 }, S5]]);
    expect(empty(keep(S6, 0))).toEqual([['empty', 'info', { heading: S6 }, S6]]);
    // lines of spaces are nothing (the reader keeps them as lines)
    expect(empty(keep(S6, 0), (ex) => void ex.lines.push(' ', '\t'))).toEqual([['empty', 'info', { heading: S6 }, S6]]);
    expect(empty(keep(S6, 0), (ex) => void ex.lines.push(' ', '无'))).toEqual([]);
  });

  it('should end a section at the next heading, whichever heading follows', () => {
    // 五 empty, 六 with its two lines, then 三's heading printed again: 五 ends at 六, not at the last heading
    expect(empty(() => `${keep(S5, 0)()}\n三、收到和处理政府信息公开申请情况`)).toEqual([['empty', 'info', { heading: S5 }, S5]]);
  });

  it('should judge the sections it finds: 六 without 五', () => {
    expect(empty(() => replaced(keep(S6, 0)(), `${S5}\n`, ''))).toEqual([['empty', 'info', { heading: S6 }, S6]]);
  });

  it('should judge 五 and 六 only: 一 followed at once by 二 says nothing', () => {
    const text = seedText(FORM_SEED);
    const one = text.indexOf('一、总体情况');
    const two = text.indexOf('二、主动公开政府信息情况');
    expect(one).toBeGreaterThan(0);
    expect(empty(() => `${text.slice(0, one)}一、总体情况\n${text.slice(two)}`)).toEqual([]);
  });

  it('should judge a narrative of 15 lines and not one of 14 (a summary page lacks the body)', () => {
    const lastLines = (n: number) => (ex: Parameters<typeof cutNarrative>[0]) => void (ex.lines = ex.lines.slice(-n));
    expect(empty(keep(S6, 0), lastLines(15))).toEqual([['empty', 'info', { heading: S6 }, S6]]);
    expect(empty(keep(S6, 0), lastLines(14))).toEqual([]);
  });

  it('should judge nothing on a cut narrative, nor on a text of no known template without table 三', () => {
    expect(empty(keep(S6, 0), cutNarrative)).toEqual([]);
    expect(empty(keep(S6, 0), unknownWithoutTable)).toEqual([]);
    expect(empty(keep(S6, 0), (ex) => void (ex.format = 'unknown'))).toHaveLength(1);
    expect(empty(keep(S6, 0), (ex) => void (ex.tables.requests = null))).toHaveLength(1);
  });

  it('should render its finding from its message table', () => {
    expect(formRendered('section-empty', keep(S6, 0))).toEqual(['“六、其他需要报告的事项”下没有内容。原文：“六、其他需要报告的事项”']);
  });
});

describe('section-empty as declared', () => {
  it('should be an info of clause §2 / D-1 under its own id', () => {
    expect([sectionEmpty.id, sectionEmpty.severity, sectionEmpty.clause]).toEqual(['section-empty', 'info', '§2 / D-1']);
  });
});
