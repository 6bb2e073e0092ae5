import { cellLabel } from '../report/cell-label';
import type { Finding, Term } from '../report/finding';
import { plural } from '../text/plural';
import { note } from '../rules/note';
import type { RollUp } from './roll-up';

/**
 * The findings of one X-4 roll-up, for the government's report: one `roll-up-sum` per cell whose printed
 * figure differs from its members' sum, with every member's figure as an addend (a warning when the set
 * of members is complete, an info while agencies are missing: a partial sum is never called an error),
 * and one `roll-up-members` note naming how many reports were summed and the agencies missing.
 */
export function rollUpFindings(r: RollUp): Finding[] {
  const severity = r.complete ? 'warning' : 'info';
  const out: Finding[] = [];
  const missing = r.missing.length > 0 ? r.missing.join('、') : '';
  const membersNote = r.complete
    ? [
        `汇总核对：与本批次${r.area}${r.government.year}年全部 ${r.members.length} 个机关的报告逐格相加比较`,
        `Roll-up: compared cell by cell with the sum of all ${r.members.length} reports of ${r.area} for ${r.government.year} in the batch`,
      ]
    : [
        `汇总核对：本批次有${r.area}${r.government.year}年 ${r.members.length} 个机关的报告${missing ? `；缺少 ${r.missing.length} 个（其他年度有报告）：${missing}` : '；无法判断是否齐全（批次中没有其他年度可对照）'}；成员不全时差异仅供参考`,
        `Roll-up: the batch holds ${plural(r.members.length, 'report')} of ${r.area} for ${r.government.year}${missing ? `; ${r.missing.length} missing (reported in another year): ${missing}` : '; whether that is all cannot be told (no other year to compare)'}; with members missing the differences are for information`,
      ];
  out.push(note('roll-up-members', 'info', membersNote[0]!, membersNote[1]!, { actual: r.members.length, expected: r.members.length + r.missing.length }));
  for (const c of r.cells) {
    if (c.stated === null || c.sum === null || c.stated === c.sum) continue;
    const label = { zh: cellLabel(c.path, 'zh'), en: cellLabel(c.path, 'en') };
    // the addends are cells of the other reports, not of this page: marked so that nothing outlines them here
    const terms: Term[] = r.members.map((m, i) => ({ path: c.path, value: c.figures[i]!, label: { zh: m.agency, en: m.agency }, lastYear: true }));
    out.push({
      rule: 'roll-up-sum',
      severity,
      cells: [c.path],
      stated: [c.path],
      expected: c.sum,
      actual: c.stated,
      detail: {
        kind: 'sum',
        subject: {
          zh: `${label.zh}（汇总）与${r.members.length}个机关报告之和${r.complete ? '' : '（成员不全）'}`,
          en: `${label.en} (roll-up) against the sum of ${plural(r.members.length, 'report')}${r.complete ? '' : ' (members missing)'}`,
        },
        terms,
        stated: { path: c.path, value: c.stated, label },
      },
    });
  }
  return out;
}
