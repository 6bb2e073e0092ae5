import { describe, expect, it } from 'vitest';
import { readFailed } from '../../cli/read-result';
import { renderReadError, renderSummary } from '../../cli/render-summary';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { checkHtml, checkText } from '../../lib/pipeline';
import { seedText } from '../helpers/seeds';

const checked = (id: string, attachments: string[] = []) => ({
  source: `seed-${id}.txt`,
  result: checkText(seedText(id), `seed-${id}.txt`),
  signals: [],
  attachments,
});

describe('renderSummary', () => {
  it('should show identity, verdict and each finding of seed 002 with its arithmetic and cell labels', () => {
    const c = checked('002');
    const n = (s: string) => c.result.findings.filter((f) => f.severity === s).length;
    const lines = renderSummary(c).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '== seed-002.txt',
      '标题：北京市密云区商务局2023年政府信息公开年度报告',
      '机关：北京市密云区商务局　年度：2023　表格格式：2021 年版（国办公开办函〔2021〕30号）',
      '结论：有错误：5 个错误；3 个警告、4 条提示',
    ]);
    expect(n('error')).toBeGreaterThan(0);
    const i = lines.indexOf('  [错误] t3-outcome-total 表三（七）总计·自然人：2+0+0+0+0+0+3+0+0+0+2+0+0+0+0+0+0+0+0+0+1 = 8，报告为 10，差 2');
    expect(i).toBeGreaterThan(0);
    // 22 cells: the stated total, the 4 addends that are not 0 by name, and how many are 0 (no "及 21 个加数")
    expect(lines[i + 1]).toBe(
      '         单元格：表三（七）总计·自然人，加数 表三（一）予以公开·自然人、表三（三）5.属于三类内部事务信息·自然人、表三（四）1.本机关不掌握相关政府信息·自然人、表三（六）3.其他·自然人（其余 17 项为 0）',
    );
    expect(lines).toContain(
      '         单元格：表三“一、本年新收政府信息公开申请数量”·自然人、表三“二、上年结转政府信息公开申请数量”·自然人、表三（七）总计·自然人、表三“四、结转下年度继续办理”·自然人',
    );
    // the two copy-paste traces fold into one line, as in the popup
    expect(lines.filter((l) => /^ {2}\[(错误|警告|提示)\] [a-z0-9-]+ /.test(l))).toHaveLength(c.result.findings.length - 1);
    expect(lines).toContain('  [提示] copy-paste-traces 2 条同类提示——正文出现不属于本单位类型的称谓（如区级部门报告中的“我镇”“在县……指导下”）。');
  });

  it('should say 一致 for a clean report', () => {
    expect(renderSummary(checked('000')).split('\n')[3]).toBe('结论：一致：未发现错误；0 个警告、0 条提示');
  });

  it('should count infos without changing the verdict', () => {
    expect(renderSummary(checked('001'))).toContain('结论：一致：未发现错误；0 个警告、1 条提示\n  [提示] narrative-documents ');
  });

  it('should render English messages with --lang en', () => {
    const out = renderSummary(checked('002'), 'en');
    expect(out).toContain('Agency: 北京市密云区商务局  Year: 2023  Template: 2021 template');
    expect(out).toContain(
      '  [error] t3-outcome-total Table 3 total processed, natural persons: 2+0+0+0+0+0+3+0+0+0+2+0+0+0+0+0+0+0+0+0+1 = 8, reported 10, off by 2',
    );
    // people read labels; --json keeps the keys
    expect(out).toContain(
      'cells: Table 3 (7) total processed, natural persons; addends Table 3 (1) disclosed, natural persons; Table 3 (3)5 withheld: internal affairs, natural persons; Table 3 (4)1 unable: not held by this agency, natural persons; Table 3 (6)3 other, natural persons (the other 17 are 0)',
    );
    expect(out).not.toMatch(/requests\.|review\.|active\./);
  });

  it('should say what was looked for when the input is not a report, and point at attachments', () => {
    const result = checkText('关于开展消防安全检查的通知\n各单位：请于本周内完成自查。', 'notice.html');
    const out = renderSummary({ source: 'notice.html', result, signals: ['title', 'sections'], attachments: ['files/2023nb.pdf'] });
    expect(out).toContain('未识别为政府信息公开工作年度报告。\n  查找的是：形如“××机关2023年政府信息公开工作年度报告”的标题，模板表格');
    expect(out).toContain('  找到的线索：报告标题、章节标题（不足以认定）\n');
    expect(out).toContain('页面附件中可能有报告（.pdf/.docx 可直接检查其网址；.doc/.wps 请先另存为 .docx）：files/2023nb.pdf');
    expect(out.split('\n')[1]).toBe('结论：未能读取：未作核对');
    expect(renderSummary({ source: 'x', result, signals: [], attachments: [] }, 'en')).toContain('  Found none of these.\n');
  });
});

describe('renderSummary on blanks', () => {
  it('should never call blank cells addends nor print an empty stated list (format2019-illustrative.html)', () => {
    const { document } = parseHTML(readFileSync(path.join(import.meta.dirname, '../fixtures/pages/format2019-illustrative.html'), 'utf8'));
    const result = checkHtml(document as unknown as Document, 'format2019-illustrative.html');
    const out = renderSummary({ source: 'x', result, signals: [], attachments: [] });
    expect(out).not.toMatch(/单元格：，|个加数（/);
    expect(out).toContain('         单元格：共 19 个（表三（一）予以公开·总计 … 表三（六）其他处理·总计）');
    expect(out).toContain('         单元格：表三（二）部分公开·总计，加数 表三（二）部分公开·自然人（其余 5 项为 0）');
    expect(out).not.toContain('非标准单元格');
  });
});

describe('renderReadError', () => {
  it('should print the Chinese and the English message', () => {
    expect(renderReadError(readFailed('a.pdf', { reason: 'unsupported', format: 'PDF' }))).toBe(
      'xxgk-audit: 无法读取 a.pdf：这是 PDF 文件，本程序只读取网页、文本、Word（.docx）和 PDF；请打开原文核对\n' +
        'xxgk-audit: cannot read a.pdf: this is a PDF file; this program reads web pages, plain text, Word (.docx) and PDF: open the original\n',
    );
  });
});
