import { describe, expect, it } from 'vitest';
import { renderFinding } from '../../../lib/report/render-finding';
import { realBatch, type BatchReport } from '../../helpers/real-batch';
import { countyBatch } from '../../helpers/county-batch';

const FORM = ['heading-numbering', 'heading-duplicate', 'section-empty', 'fixed-wording'];
/**
 * The four rules on a report's form (§2) over whole batches. Each rule's boundaries, on seed 000 edited, are in
 * its own file: heading-numbering, heading-duplicate, section-empty and fixed-wording.test.ts.
 */
describe('the form rules on the real reports and the generated county', () => {
  it('should say nothing of the form of the generated county’s 80 reports', () => {
    const found = countyBatch().flatMap((r) => r.result.report.findings.filter((f) => FORM.includes(f.rule)));
    expect(found).toEqual([]);
  });

  // the batch is read inside the test, not in a beforeAll: Stryker's per-test coverage counts what a hook
  // runs as "static" (run against every mutant), which made most of lib/rules static
  it('should note only what the real reports really do: the Shanghai 科委 2024 report numbers its sections its own way', async () => {
    const real: BatchReport[] = await realBatch();
    const found = real.flatMap((b) => b.result.report.findings.filter((f) => FORM.includes(f.rule)).map((f) => [b.url, f.rule, renderFinding(f)]));
    expect(found).toEqual([
      ['markdown/shanghai-stcsm-2024.md', 'heading-numbering', '“一、主动公开政府信息情况”编号为“一”，模板为“二、”。原文：“一、主动公开政府信息情况”'],
      [
        'markdown/shanghai-stcsm-2024.md',
        'heading-numbering',
        '“二、收到和处理政府信息公开申请情况”编号为“二”，模板为“三、”。原文：“二、收到和处理政府信息公开申请情况”',
      ],
      [
        'markdown/shanghai-stcsm-2024.md',
        'heading-numbering',
        '“三、政府信息公开行政复议、行政诉讼情况”编号为“三”，模板为“四、”。原文：“三、政府信息公开行政复议、行政诉讼情况”',
      ],
      ['markdown/shanghai-stcsm-2024.md', 'heading-numbering', '“五、其他需要报告的事项”编号为“五”，模板为“六、”。原文：“五、其他需要报告的事项”'],
    ]);
  });
});
