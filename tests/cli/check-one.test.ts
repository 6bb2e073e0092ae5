import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOne } from '../../cli/check-one';

const SEED = join(__dirname, '../fixtures/seeds/002_ff4ead9d5fb148eb.txt');

describe('checkOne', () => {
  it('should render the summary only in the language asked, and none when the run prints none', async () => {
    const [none, zh, en] = await Promise.all([checkOne(SEED, null), checkOne(SEED, 'zh'), checkOne(SEED, 'en')]);
    expect(none.summary).toBeNull();
    expect(zh.summary).toMatch(/^== .*002_ff4ead9d5fb148eb\.txt\n标题：北京市密云区商务局2023年政府信息公开年度报告\n/);
    expect(en.summary).toMatch(/^== .*002_ff4ead9d5fb148eb\.txt\nTitle: 北京市密云区商务局2023年政府信息公开年度报告\n/);
    // the rest of the outcome is the same whatever the summary: the JSON, tables and workbook read it
    for (const o of [zh, en]) expect({ ...o, summary: null }).toEqual(none);
    expect(none.report?.findings.filter((f) => f.severity === 'error')).toHaveLength(5);
  });

  it('should give a missing file its code and no summary', async () => {
    expect(await checkOne(join(__dirname, 'no-such-report.txt'), 'zh')).toMatchObject({
      error: { reason: 'no-such-file' },
      report: null,
      summary: null,
    });
  });
});
