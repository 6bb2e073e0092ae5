import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInput } from '../../cli/check-input';
import { checkOne } from '../../cli/check-one';
import { readInput } from '../../cli/read-input';

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

describe('checkInput', () => {
  it('should look for what made a non-report look like one only when asked (the summary says it, nothing else)', async () => {
    const read = await readInput(join(__dirname, '../fixtures/pages/attachment-only.html'));
    if (!read.ok) throw new Error(read.refused.reason);
    const explained = checkInput(read);
    const plain = checkInput(read, false);
    expect(explained.result.report.detected).toBe(false);
    expect(explained.signals.length + explained.attachments.length).toBeGreaterThan(0);
    expect([plain.signals, plain.attachments]).toEqual([[], []]);
    expect(plain.result.report).toEqual(explained.result.report);
  });
});
