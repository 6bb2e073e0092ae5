import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../lib/pipeline';
import { readState } from '../../lib/model/read-state';
import { type CorpusEntry, expectedCells } from '../helpers/corpus';
import { renderFinding } from '../../lib/report/render-finding';

/**
 * Real converter Markdown (tests/fixtures/markdown, sources in tests/fixtures/README.md): PDF reports turned
 * into Markdown by PDF-to-Markdown converters, their tables garbled in every way such tools garble them.
 * Every cell of 三 and 四 is held to the hand reading in tests/fixtures/markdown/expected.json (for the two
 * corpus files, the entries of ../shared/corpus/expected.json).
 */
const DIR = path.join(import.meta.dirname, '../fixtures/markdown');
const EXPECTED: Record<string, CorpusEntry> = JSON.parse(readFileSync(path.join(DIR, 'expected.json'), 'utf8')).files;

describe.each(Object.keys(EXPECTED))('converter Markdown %s', (file) => {
  const { report } = checkText(readFileSync(path.join(DIR, file), 'utf8'), file);
  const value = (cellPath: string) => {
    const [table, ...rest] = cellPath.split('.');
    const col = rest.pop()!;
    return report.tables[table as 'requests' | 'review']?.[rest.join('.')]?.[col]?.value;
  };

  it('should read every cell of 三 and 四 as printed: none wrong, none left unread', () => {
    const cells = expectedCells(EXPECTED[file]!);
    expect(cells).toHaveLength(190);
    expect(cells.map(([p, want]) => [p, value(p) ?? null, want]).filter(([, got, want]) => got !== want)).toEqual([]);
    expect(report.findings.filter((f) => f.rule === 'cells-unread' && !/^表二/.test(renderFinding(f))).map((f) => renderFinding(f))).toEqual([]);
  });

  it('should read the year and the agency as the title prints them', () => {
    expect(report.year).toBe(EXPECTED[file]!.year);
    // the converter read 沭 as 沐 in 沭阳县's title: the agency is what the text says
    expect(report.agency).toBe(file.startsWith('shuyang') ? '沐阳县人民政府' : file.startsWith('shanghai-stcsm') ? '上海市科委' : '上海市人民政府办公厅');
  });

  it('should raise no warning about the tables 三 and 四 themselves (rows, columns, missing tables)', () => {
    const structural = report.findings.filter((f) => ['row-missing', 'row-incomplete', 'table-missing'].includes(f.rule) && !/表二/.test(renderFinding(f)));
    expect(structural.map((f) => renderFinding(f))).toEqual([]);
  });
});

describe('converter Markdown: the verdicts', () => {
  const check = (file: string) => checkText(readFileSync(path.join(DIR, file), 'utf8'), file);

  it('should find nothing wrong in the consistent 沭阳县 2025 (no error, no warning, every figure read)', () => {
    const { report } = check('shuyang-gov-2025.md');
    expect(report.findings.filter((f) => f.severity !== 'info').map((f) => [f.rule, renderFinding(f)])).toEqual([]);
    expect(readState(report)).toBe('full');
  });

  it('should flag 上海市科委 2024: 四、结转下年度 总计 blank while its parts sum to 1 (and not assess the 总计 column over that blank)', () => {
    const { findings } = check('shanghai-stcsm-2024.md');
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.rule, f.stated, f.expected, f.actual])).toEqual([['total-blank', ['requests.carriedForward.total'], 1, null]]);
    // 一+二 = 36 against （七）35 + a blank: not a 0, so the balance is left to the blank (expected.json: inconsistent both ways)
    expect(findings.find((f) => f.rule === 't3-balance')).toMatchObject({ severity: 'info', expected: 36 });
  });

  it('should raise no error on the consistent 上海市人民政府办公厅 2025', () => {
    const { findings } = check('shanghai-office-2025.md');
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
