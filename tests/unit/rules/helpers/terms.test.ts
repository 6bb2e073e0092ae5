import { describe, expect, it } from 'vitest';
import { checkText } from '../../../../lib/pipeline';
import { renderFinding } from '../../../../lib/report/render-finding';
import { seedText } from '../../../helpers/seeds';
import { editFigures, editReview, SEED } from '../seed-table';

/**
 * The operands rules build from table cells (requestTerm and its kin), on seed 004 (real, consistent): a cell
 * the table does not have at all is said to be missing from the table, a blank cell to be blank. The edit
 * takes out 四、结转下年度继续办理 (its label and its seven figures), as a page that lost the row would print.
 */
const withoutCarriedForward = () => {
  const lines = seedText(SEED).split('\n');
  const at = lines.findIndex((l) => l.includes('四、结转下年度继续办理'));
  expect(lines.slice(at + 1, at + 8).every((l) => /^\t\d+$/.test(l))).toBe(true);
  lines.splice(at, 8);
  return lines.join('\n');
};
const balances = (text: string) =>
  checkText(text, `https://www.bjtzh.gov.cn/${SEED}.html`).report.findings.filter(
    (f) => f.rule === 't3-balance' && f.cells[0] === 'requests.newReceived.natural',
  );

describe('the operands of a table check', () => {
  it('should mark a cell of a row the table lacks as absent, and say it is missing rather than blank', () => {
    const [f] = balances(withoutCarriedForward());
    expect(f).toMatchObject({ code: 'unassessable', severity: 'info' });
    expect(f!.detail).toMatchObject({ kind: 'unassessable', missing: [{ path: 'requests.carriedForward.natural', value: null, absent: true }] });
    expect(renderFinding(f!)).toBe('表三·自然人列：四 在表中缺失，无法核对（若空白按 0 计则不符）');
    expect(renderFinding(f!, 'en')).toBe(
      'Table 3, natural persons column: carried forward missing from the table, not assessable (if blanks were 0 it would fail)',
    );
  });

  it('should call the same cell printed blank blank, not missing', () => {
    const [f] = balances(editFigures('四、结转下年度继续办理', ['']));
    expect(f!.detail).toMatchObject({ kind: 'unassessable', missing: [{ path: 'requests.carriedForward.natural', value: null }] });
    expect((f!.detail as { missing: { absent?: boolean }[] }).missing[0]!.absent).toBeUndefined();
    expect(renderFinding(f!)).toBe('表三·自然人列：四 未填数字，无法核对（若空白按 0 计则不符）');
  });

  it('should name a 表三 row’s and a 表四 group’s operands by their column, and add blanks as 0 only for the hint', () => {
    const said = (text: string, rule: string) =>
      checkText(text, `https://www.bjtzh.gov.cn/${SEED}.html`)
        .report.findings.filter((f) => f.rule === rule)
        .map((f) => [renderFinding(f), renderFinding(f, 'en')]);
    // 一's 科研机构 0 printed blank: 33 + 5 + 0 + … = 38 holds with it as 0
    expect(said(editFigures('一、本年新收', [undefined, undefined, '']), 't3-row-total')).toEqual([
      [
        '表三“一、本年新收政府信息公开申请数量”·总计：科研机构 未填数字，无法核对（若空白按 0 计则相符）',
        'Table 3, I. new requests, total: research bodies blank, not assessable (if blanks were 0 it would pass)',
      ],
    ]);
    // 表四's 复议·结果纠正 0 printed blank
    expect(said(editReview([undefined, '']), 't4-group-total')).toEqual([
      [
        '表四行政复议·总计：结果纠正 未填数字，无法核对（若空白按 0 计则相符）',
        'Table 4 administrative reconsideration, total: corrected blank, not assessable (if blanks were 0 it would pass)',
      ],
    ]);
  });
});
