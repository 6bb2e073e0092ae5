import { describe, expect, it } from 'vitest';
import { REQUEST_COLUMNS, requestRows, REVIEW_COLUMNS, REVIEW_GROUPS, ACTIVE_ROWS_2021 } from '../../lib/model/keys';
import { checkText } from '../../lib/pipeline';
import { printedNumbers, SEED_IDS, seedText } from '../helpers/seeds';

describe.each(SEED_IDS)('seed %s, cell for cell against the printed numbers', (id) => {
  const text = seedText(id);
  const { report } = checkText(text, id);

  it('table 三: all 175 cells, row by row', () => {
    const read = requestRows('2021').flatMap((r) => REQUEST_COLUMNS.map((c) => report.tables.requests![r]![c]!.value));
    expect(read).toEqual(printedNumbers(text, /^三、收到和处理政府信息公开申请情况/, /^四、/));
    expect(read).toHaveLength(175);
  });

  it('table 四: all 15 cells', () => {
    const read = REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((c) => report.tables.review![g]![c]!.value));
    expect(read).toEqual(printedNumbers(text, /^四、政府信息公开行政复议/, /^五、/));
  });

  it('table 二: all 10 cells', () => {
    const read = ACTIVE_ROWS_2021.flatMap((r) => r.columns.map((c) => report.tables.active![r.key]![c.key]!.value));
    expect(read).toEqual(printedNumbers(text, /主动公开政府信息情况$/, /^三、收到和处理/));
  });
});
