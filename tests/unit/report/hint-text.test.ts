import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../lib/model/finding';
import { checkText } from '../../../lib/pipeline';
import { hintText, renderFinding } from '../../../lib/report/render-finding';
import { runCrossYear } from '../../../lib/rules/cross-year/run-cross-year';
import { ALL_RULES } from '../../../lib/rules/registry';
import { messagesOf } from '../../../lib/rules/rule-info';
import { seedText } from '../../helpers/seeds';
import { lastYear, setFigures, thisYear, TITLE_2022 } from '../rules/cross-year/last-year';

/**
 * A finding's hint is a message code of its rule's table and data, rendered after the finding's words
 * (issue 19). Each hint the rules give, on a real seed where its finding occurs.
 */
const hintOf = (f: Finding | undefined) => (f?.detail.kind === 'compare' || f?.detail.kind === 'previous-year' ? f.detail.hint : undefined);

/** Seed 003 (通州区 2024, a government's report, real) with its region's count said of 区政府办 (the office's own figure) instead. */
function ownScope(): Finding {
  const REGION = '2024年全区收到依申请公开总数为2333件';
  const text = seedText('003');
  expect(text).toContain(REGION);
  const { report } = checkText(text.replace(REGION, '2024年区政府办收到依申请公开总数为100件'), 'https://www.bjtzh.gov.cn/003.html');
  const [f] = report.findings.filter((x) => x.rule === 'narrative-received');
  if (!f) throw new Error('no narrative-received finding');
  return f;
}

/** Seed 000 (通州区国资委 2023, real) against a last year built from it whose 规范性文件 in force were 4 (this year: 0 + 0 − 0 = 0). */
function cleanUp(): Finding {
  const distinct = { 'requests.newReceived.total': 7 };
  const [f] = runCrossYear(thisYear(), lastYear({ ...distinct, 'active.normativeDocuments.effective': 4 })).filter((x) => x.rule === 'cross-year-effective');
  if (!f) throw new Error('no cross-year-effective finding');
  return f;
}

/** Seed 000 with 一、本年新收·总计 `now` against a last year whose figure was `before`. */
function ratio(now: number, before: number): Finding {
  const current = thisYear();
  setFigures(current.report, { 'requests.newReceived.total': now });
  const [f] = runCrossYear(current, lastYear({ 'requests.newReceived.total': before })).filter((x) => x.rule === 'cross-year-ratio');
  if (!f) throw new Error('no cross-year-ratio finding');
  return f;
}

describe('hintText', () => {
  it('should word N-6’s own-scope hint in both languages, after the comparison, on seed 003', () => {
    const f = ownScope();
    expect([f.code, f.severity, hintOf(f)]).toEqual(['compare', 'info', { code: 'own-scope', data: {} }]);
    expect(hintText(f.rule, { code: 'own-scope', data: {} }, 'zh')).toBe('正文为政府本级的数字，表格通常为本行政区域汇总，口径可能不同，请核实');
    expect(hintText(f.rule, { code: 'own-scope', data: {} }, 'en')).toBe(
      'The text gives the government office’s own figure; the tables usually sum up the whole region',
    );
    expect(renderFinding(f, 'zh')).toContain('。正文为政府本级的数字，表格通常为本行政区域汇总，口径可能不同，请核实。原文：“');
    expect(renderFinding(f, 'en')).toContain('. The text gives the government office’s own figure; the tables usually sum up the whole region. Text: "');
  });

  it('should word X-2’s clean-up hint in both languages on seed 000 against last year', () => {
    const f = cleanUp();
    expect(hintOf(f)).toEqual({ code: 'clean-up', data: {} });
    expect(renderFinding(f, 'zh')).toBe(
      `表二行政规范性文件·现行有效件数（与上年报告对照）：上年报告（${TITLE_2022}）现行有效件数 4 + 本年制发件数 0 − 本年废止件数 0 = 4 ≠ 本年现行有效件数 0，差 4。如本年开展了规章、规范性文件清理，现行有效件数可依清理结果调整，请核实报告是否作出说明`,
    );
    expect(renderFinding(f, 'en')).toBe(
      `Table 2, normative documents in force, against last year: last year's report (${TITLE_2022}): in force 4 + issued 0 − repealed 0 = 4 ≠ in force this year 0, off by 4. A clean-up (清理) of the documents in force can legitimately explain this: check whether the report says so`,
    );
  });

  it.each([
    [12, 2, { code: 'over', data: { ratio: 6 } }, '本年为上年的 6.0 倍（超过 5 倍），请核实', "6.0× last year's (over 5×): worth a look"],
    [
      2,
      12,
      { code: 'under', data: { ratio: 2 / 12 } },
      '本年不足上年的五分之一（上年为本年的 6.0 倍），请核实',
      "under a fifth of last year's (6.0× less): worth a look",
    ],
  ])('should word the ratio hint of %i against last year’s %i in both languages on seed 000', (now, before, hint, zh, en) => {
    const f = ratio(now, before);
    expect(hintOf(f)).toEqual(hint);
    expect(renderFinding(f, 'zh')).toBe(`表三“一、本年新收政府信息公开申请数量”·总计同比：上年报告（${TITLE_2022}）同一单元格 ${before} ≠ 本年 ${now}。${zh}`);
    expect(renderFinding(f, 'en')).toBe(
      `Table 3 I. new requests, total, year on year: last year's report (${TITLE_2022}): the same cell ${before} ≠ this year ${now}. ${en}`,
    );
  });

  it('should find every hint the rules give in its rule’s table, in both languages', () => {
    const findings = [ownScope(), cleanUp(), ratio(12, 2), ratio(2, 12)];
    const hints = findings.map((f) => [f.rule, hintOf(f)?.code] as const);
    expect(hints).toEqual([
      ['narrative-received', 'own-scope'],
      ['cross-year-effective', 'clean-up'],
      ['cross-year-ratio', 'over'],
      ['cross-year-ratio', 'under'],
    ]);
    for (const [rule, code] of hints) {
      expect(typeof messagesOf(rule).zh[code ?? '']).toBe('function');
      expect(typeof messagesOf(rule).en[code ?? '']).toBe('function');
    }
    // the other narrative rules that compare a figure share the table, hint and all
    for (const rule of ['narrative-processed', 'narrative-outcomes', 'narrative-review'] as const)
      expect(Object.keys(messagesOf(rule).zh)).toContain('own-scope');
  });

  it.each(ALL_RULES.map((r) => [r.id, r] as const))('should give %s’s messages, hints among them, the same codes in zh and en', (_id, rule) => {
    expect(Object.keys(rule.messages.en).sort()).toEqual(Object.keys(rule.messages.zh).sort());
  });

  it('should name the rule and code of a hint this version has no words for (a finding of another version)', () => {
    expect(hintText('cross-year-ratio', { code: 'gone', data: {} }, 'en')).toBe('cross-year-ratio: gone');
  });
});
