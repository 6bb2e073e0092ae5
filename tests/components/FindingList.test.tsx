/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FindingList } from '../../components/FindingList';
import { STRINGS } from '../../components/strings';
import { checkHtml } from '../../lib/pipeline';

const check = (file: string) =>
  checkHtml(new DOMParser().parseFromString(readFileSync(path.join(__dirname, '../fixtures/pages', file), 'utf8'), 'text/html'), file);

function list(file: string) {
  const { report, findings } = check(file);
  const outline = vi.fn(async (_index: number) => '已在页面上标出 22 个单元格');
  const view = render(<FindingList t={STRINGS.zh} lang="zh" outline={outline} report={report} findings={findings} />);
  return { ...view, outline, findings };
}

afterEach(() => cleanup());

describe('FindingList', () => {
  it('should fold the 27 checks the blank 法人 columns of blank-columns.html leave undone into one line that expands', () => {
    const { container } = list('blank-columns.html');
    const toggle = screen.getByRole('button', { name: /27 处核对因未填数字无法进行（涉及 3 条规则，展开查看各处）/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    // a clean report with blank columns: one folded line and the blank-cells count, nothing else to read
    expect([...container.querySelectorAll('button.finding')].map((b) => b.getAttribute('data-rule'))).toEqual(['blank-cells']);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(container.querySelectorAll('button.finding[data-rule="t3-row-total"]')).toHaveLength(25);
    expect(container.querySelectorAll('button.finding[data-rule="t3-balance"], button.finding[data-rule="t3-outcome-total"]')).toHaveLength(2);
  });

  it('should hide the severities unticked in the filter', () => {
    const { container } = list('trs-002.html');
    expect(container.querySelectorAll('button.finding')).toHaveLength(10);
    fireEvent.click(screen.getByRole('checkbox', { name: '提示 4' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '警告 3' }));
    expect([...container.querySelectorAll('button.finding')].map((b) => b.getAttribute('data-rule'))).toEqual([
      't3-balance',
      't3-balance',
      't3-balance',
      't3-outcome-total',
      't3-outcome-total',
    ]);
    fireEvent.click(screen.getByRole('checkbox', { name: '错误 5' }));
    expect(screen.getByText('所选类别下没有核查发现。')).toBeTruthy();
  });

  it('should say what the rule checks in Chinese under 为什么？, with no English developer text and no file name', () => {
    const { container } = list('trs-002.html');
    const button = container.querySelector('button.finding[data-index="3"]')!;
    expect(button.querySelector('.rule-summary')!.textContent).toBe('表三每一列：（七）总计 = （一）至（六）各项办理结果之和。');
    const why = button.closest('li')!.querySelector('details.why')!;
    expect(why.querySelector('.clause-source')!.textContent).toBe('规则 t3-outcome-total · T3-C');
    expect(why.textContent).toContain('表三每一列：（七）总计 = （一）至（六）各项办理结果之和。');
    expect(why.textContent).not.toMatch(/report-format|\.md|§|[A-Za-z]{4,} [A-Za-z]{3,}/);
    expect(why.querySelector('blockquote')).toBeNull();
  });

  it('should quote the clause in the English interface, still without a file name, and name the rows in English', () => {
    const { report, findings } = check('trs-002.html');
    const { container } = render(<FindingList t={STRINGS.en} lang="en" outline={vi.fn(async () => '')} report={report} findings={findings} />);
    const li = container.querySelector('button.finding[data-index="3"]')!.closest('li')!;
    expect(li.querySelector('details.why blockquote')!.textContent).toContain('(七)总计 = (一) + (二) + Σ(三)1–8');
    expect(li.querySelector('details.why')!.textContent).not.toMatch(/report-format|\.md/);
    const rowLabels = [...li.querySelectorAll('details.rows tbody th')].map((th) => th.textContent);
    expect(rowLabels.length).toBeGreaterThan(0);
    // 查看所在表格行 in English: the rows' English labels, no Chinese where an English label exists
    expect(rowLabels.join(' ')).not.toMatch(/[\u4e00-\u9fff]/);
    expect(
      [...li.querySelectorAll('details.rows thead th')]
        .slice(1)
        .map((th) => th.textContent)
        .join(' '),
    ).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('should name the addends of a 21-term sum that are not 0 and say how many are 0', () => {
    const { container, findings } = list('trs-002.html');
    const index = findings.findIndex((f) => f.rule === 't3-outcome-total');
    expect(container.querySelector(`button.finding[data-index="${index}"] .cells`)!.textContent).toBe(
      '涉及单元格：表三（七）总计·自然人，加数 表三（一）予以公开·自然人、表三（三）5.属于三类内部事务信息·自然人、表三（四）1.本机关不掌握相关政府信息·自然人、表三（六）3.其他·自然人（其余 17 项为 0）',
    );
  });

  it('should mark the stated figure and the addends in the rows of a T3-B finding', () => {
    const { container, findings } = list('blank-columns.html');
    fireEvent.click(screen.getByRole('button', { name: /27 处核对因未填数字无法进行/ }));
    const index = findings.findIndex((f) => f.rule === 't3-row-total' && f.stated[0] === 'requests.newReceived.total');
    const rows = container.querySelector(`button.finding[data-index="${index}"]`)!.closest('li')!.querySelector('details.rows table')!;
    expect([...rows.querySelectorAll('tbody th')].map((th) => th.textContent)).toEqual(['一、本年新收政府信息公开申请数量']);
    expect([...rows.querySelectorAll('td.stated')].map((td) => td.textContent)).toEqual(['6']);
    // the blank 法人 cells add nothing: marked as not checked, never called 加数
    expect([...rows.querySelectorAll('td.addend')].map((td) => td.textContent)).toEqual(['5', '1']);
    expect([...rows.querySelectorAll('td.blank')].map((td) => [td.textContent, td.getAttribute('title')])).toEqual(
      Array.from({ length: 4 }, () => ['·', '未填数字，未核']),
    );
  });

  it('should ask to outline a finding without cells too, which clears the last outline, and say it has none', async () => {
    const { container, outline, findings } = list('trs-002.html');
    const index = findings.findIndex((f) => f.rule === 'fee-paragraph');
    fireEvent.click(container.querySelector(`button.finding[data-index="${index}"]`)!);
    await waitFor(() => expect(container.querySelector('.outcome')!.textContent).toBe('此项不涉及表格单元格'));
    expect(outline).toHaveBeenCalledWith(index);
  });
});
