import { describe, expect, it } from 'vitest';
import { checkText } from '../../../lib/pipeline';
import { renderFinding } from '../../../lib/report/render-finding';
import { realBatch, type BatchReport } from '../../helpers/real-batch';
import { countyBatch } from '../../helpers/county-batch';
import { seedText } from '../../helpers/seeds';

const FORM = ['heading-numbering', 'heading-duplicate', 'section-empty', 'fixed-wording'];
/** Seed 000 (北京市通州区国资委 2023, real and clean) with its text edited: the form findings it then gets. */
const form = (edit: (text: string) => string = (t) => t) =>
  checkText(edit(seedText('000')), 'https://www.bjtzh.gov.cn/gzw/2023.html')
    .report.findings.filter((f) => FORM.includes(f.rule))
    .map((f) => [f.rule, f.severity, renderFinding(f)]);

describe("the rules on the report's own form (§2)", () => {
  it('should find nothing on a clean real report', () => {
    expect(form()).toEqual([]);
  });

  it('should note a section numbered out of turn, and an item list that skips or repeats a number', () => {
    expect(form((t) => t.replace('五、存在的主要问题及改进情况', '四、存在的主要问题及改进情况'))).toEqual([
      ['heading-numbering', 'info', '“四、存在的主要问题及改进情况”编号为“四”，模板为“五、”。原文：“四、存在的主要问题及改进情况”'],
    ]);
    expect(form((t) => t.replace('（三）政府信息管理及平台建设情况', '（四）政府信息管理及平台建设情况'))).toEqual([
      ['heading-numbering', 'info', '序号“（四）”前缺少第 3 项。原文：“（四）政府信息管理及平台建设情况”'],
      // the item after it was (四) already
      ['heading-numbering', 'info', '序号“（四）”重复。原文：“（四）监督保障和教育培训情况”'],
    ]);
    expect(form((t) => t.replace('（三）政府信息管理及平台建设情况', '（二）政府信息管理及平台建设情况'))).toEqual([
      ['heading-numbering', 'info', '序号“（二）”重复。原文：“（二）政府信息管理及平台建设情况”'],
      ['heading-numbering', 'info', '序号“（四）”前缺少第 3 项。原文：“（四）监督保障和教育培训情况”'],
    ]);
    // Word's numbering flattened to 2、 is 二 (report-format.md §2)
    expect(form((t) => t.replace('二、主动公开政府信息情况', '2、主动公开政府信息情况'))).toEqual([]);
  });

  it('should note a heading printed twice, an empty section 六, and a statistical period that is not a whole year', () => {
    expect(form((t) => t.replace('五、存在的主要问题及改进情况', '三、收到和处理政府信息公开申请情况\n五、存在的主要问题及改进情况'))).toEqual([
      ['heading-duplicate', 'info', '标题“三、收到和处理政府信息公开申请情况”出现 2 次。原文：“三、收到和处理政府信息公开申请情况”'],
    ]);
    expect(form((t) => t.slice(0, t.indexOf('六、其他需要报告的事项') + '六、其他需要报告的事项'.length))).toEqual([
      ['section-empty', 'info', '“六、其他需要报告的事项”下没有内容。原文：“六、其他需要报告的事项”'],
    ]);
    expect(form((t) => t.replace('编制本报告。', '编制本报告。本报告所列数据的统计期限为2023年1月1日至2023年11月30日。'))).toEqual([
      ['fixed-wording', 'info', '所述统计期限不是一个完整年度（1月1日至12月31日）。原文：“统计期限为2023年1月1日至2023年11月30日”'],
    ]);
    expect(
      form((t) => t.replace('依据《中华人民共和国政府信息公开条例》(以下简称《政府信息公开条例》)第五十条规定，编制本报告。', '现将本单位年度报告公布如下。')),
    ).toEqual([
      [
        'fixed-wording',
        'info',
        '报告开头未说明依据《中华人民共和国政府信息公开条例》编制（模板：依据《中华人民共和国政府信息公开条例》第五十条规定，编制本报告）',
      ],
    ]);
  });
});

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
