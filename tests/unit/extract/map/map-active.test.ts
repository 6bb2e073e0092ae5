import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../../lib/pipeline';

/**
 * 表二's rows by their printed labels (mapActive), on real converter Markdown: 上海市科学技术委员会 2024
 * (tests/fixtures/markdown/shanghai-stcsm-2024.md) prints the 2021 template's 行政规范性文件 row as
 * `| 规范性文件 | 13 | 0 | 55 |`, without 行政.
 */
const MD = readFileSync(path.join(import.meta.dirname, '../../../fixtures/markdown/shanghai-stcsm-2024.md'), 'utf8');

describe('mapActive: 表二 by its row labels', () => {
  it('should read a row printed 规范性文件 (no 行政) as the 行政规范性文件 row (上海市科委 2024: 13 制发, 0 废止, 55 现行有效)', () => {
    const active = checkText(MD, 'shanghai-stcsm-2024.md').report.tables.active;
    const figures = (row: 'regulations' | 'normativeDocuments') => ['issued', 'repealed', 'effective'].map((c) => active?.[row]?.[c]?.value);
    // read by hand from the fixture's lines `| 规章 | 0 | 0 | 0 |` and `| 规范性文件 | 13 | 0 | 55 |`
    expect(figures('regulations')).toEqual([0, 0, 0]);
    expect(figures('normativeDocuments')).toEqual([13, 0, 55]);
  });
});
