import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../lib/pipeline';
import { renderFinding } from '../../../lib/report/render-finding';
import { cellsUnread } from '../../../lib/rules/cells-unread';
import { CORPUS } from '../../helpers/corpus';
import { seedText } from '../../helpers/seeds';
import { editFigures, SEED } from './seed-table';

/**
 * cells-unread (§3 abstain) on 平潭交通与建设局 2019 (tests/fixtures/corpus/text/pingtan-jtj-2019.txt, real: four
 * 表二 rows whose figures run together, `8801`, each splitting two ways) and on seed 004 (real, read in full)
 * with a figure too long for a number.
 */
const unread = (text: string) =>
  checkText(text, 'https://www.pingtan.gov.cn/jtj/2019.html')
    .report.findings.filter((f) => f.rule === 'cells-unread')
    .map((f) => [f.code, f.severity, f.cells, f.detail.kind === 'note' ? f.detail.data : f.detail.kind]);
const JTJ = readFileSync(path.join(CORPUS, 'text/pingtan-jtj-2019.txt'), 'utf8');

describe('cells-unread', () => {
  it('should find nothing in seed 004, read in full', () => {
    expect(unread(seedText(SEED))).toEqual([]);
  });

  it('should state only the first of the cells it lists, as a note does unless it says otherwise', () => {
    const f = checkText(JTJ, 'https://www.pingtan.gov.cn/jtj/2019.html').report.findings.find((x) => x.rule === 'cells-unread');
    expect(f?.cells.length).toBeGreaterThan(1);
    expect(f?.stated).toEqual(['active.licensing.previous']);
  });

  it('should list the cells of figures that run together two ways, with the runs and their readings', () => {
    const [f, ...more] = unread(JTJ);
    expect(more).toEqual([]);
    expect(f?.slice(0, 3)).toEqual([
      'unread',
      'info',
      [
        'active.licensing.previous',
        'active.licensing.change',
        'active.licensing.count',
        'active.punishment.previous',
        'active.punishment.change',
        'active.punishment.count',
        'active.fees.previous',
        'active.fees.change',
        'active.procurement.count',
        'active.procurement.amount',
      ],
    ]);
    const data = f?.[3] as { table: string; detail: { code: string; rows: { label: string; run: string; splits: string[][] }[] } };
    expect(data.table).toBe('active');
    expect(data.detail.code).toBe('run-together');
    expect(data.detail.rows.map((r) => [r.label, r.run, r.splits])).toEqual([
      [
        '行政许可',
        '8801',
        [
          ['8', '80', '1'],
          ['88', '0', '1'],
        ],
      ],
      [
        '行政处罚',
        '2600',
        [
          ['2', '60', '0'],
          ['26', '0', '0'],
        ],
      ],
      [
        '行政事业性收费',
        '114',
        [
          ['1', '14'],
          ['11', '4'],
        ],
      ],
      [
        '政府集中采购',
        '547.9659万元',
        [
          ['5', '47.9659万元'],
          ['54', '7.9659万元'],
        ],
      ],
    ]);
  });

  it('should name each row as printed when 表三’s header is not the template’s (a 小计 column in seed 000 as a crawler saves it)', () => {
    const crawled = readFileSync(path.join(import.meta.dirname, '../../fixtures/crawler/seed-000.txt'), 'utf8');
    expect(crawled).toContain('法人或其他组织总计');
    const found = checkText(crawled.replace('法人或其他组织总计', '法人或其他组织小计总计'), 'https://www.bjtzh.gov.cn/000.html').findings.filter(
      (f) => f.rule === 'cells-unread',
    );
    expect(found).toHaveLength(1);
    const zh = renderFinding(found[0]!);
    expect(zh).toMatch(/^表三（收到和处理申请）未能确定读取，未作核对：表头不是模板的七列（自然人……总计），各行数字均未读取；/);
    expect(zh).toContain('；一、本年新收政府信息公开申请数量“5100006”；二、上年结转政府信息公开申请数量“0000000”；（一）予以公开“4000004”；');
    expect(renderFinding(found[0]!, 'en')).toBe('Table 3 (requests): figures not read for sure, not checked');
  });

  it('should list a figure too long to hold exactly, and a 15-digit one not', () => {
    expect(unread(editFigures('一、本年新收', ['1234567890123456789']))).toEqual([
      ['too-long', 'info', ['requests.newReceived.natural'], { figures: [{ path: 'requests.newReceived.natural', raw: '1234567890123456789' }] }],
    ]);
    expect(unread(editFigures('一、本年新收', ['123456789012345']))).toEqual([]);
  });

  it('should be an info of clause §3 (abstain) under its own id', () => {
    expect([cellsUnread.id, cellsUnread.severity, cellsUnread.clause]).toEqual(['cells-unread', 'info', '§3 (abstain)']);
  });
});

describe('cells-unread in words', () => {
  it('should name a misaligned row in both languages (seed 000, a cut table’s row whose figures stand off the named columns)', () => {
    const { extraction } = checkText(seedText('000'), 'https://www.bjtzh.gov.cn/gzw/2023.html');
    const cells = ['requests.granted.natural', 'requests.granted.total'];
    extraction.problems.push({ kind: 'cells-unread', table: 'requests', row: 'granted', detail: { code: 'misaligned', printed: '3 | 3' }, cells });
    const found = cellsUnread.check({ ex: extraction, text: extraction.lines.join('\n') });
    expect(found.map((f) => [f.rule, f.code, f.cells])).toEqual([['cells-unread', 'unread', cells]]);
    expect(found.map((f) => renderFinding(f, 'en'))).toEqual(['Table 3 (requests) row "(1) disclosed": figures not read for sure, not checked']);
    expect(found.map((f) => renderFinding(f))).toEqual(['表三（收到和处理申请）“（一）予以公开”未能确定读取，未作核对：数字与表头各列对不齐，未读取：3 | 3']);
  });

  it('should say in both languages how many figures were too long to hold', () => {
    const [f, ...more] = checkText(
      editFigures('一、本年新收', ['1234567890123456789', '98765432109876543210']),
      'https://www.bjtzh.gov.cn/004.html',
    ).report.findings.filter((x) => x.rule === 'cells-unread');
    expect(more).toEqual([]);
    expect(renderFinding(f!, 'en')).toBe('2 figures with more than 15 significant digits cannot be held exactly: not read, not checked');
    expect(renderFinding(f!)).toBe(
      '表三“一、本年新收政府信息公开申请数量”·自然人印为“1234567890123456789”；表三“一、本年新收政府信息公开申请数量”·商业企业印为“98765432109876543210”：数字超过 15 位有效数字，无法按所印精确读取，未作核对',
    );
  });
});
