import { cellLabel } from '../model/cell-label';
import type { Finding, Term } from '../model/finding';
import { plural } from '../text/plural';
import { ROLL_UP_MESSAGES } from '../rules/across-reports';
import { sayer } from '../rules/note';
import type { RollUp } from './roll-up';
import { itemAt } from '../model/item-at';

const say = sayer('roll-up-members', ROLL_UP_MESSAGES);

/**
 * The findings of one X-4 roll-up, for the government's report: one `roll-up-sum` per cell whose printed
 * figure differs from its members' sum, with every member's figure as an addend (a warning when the set
 * of members is complete, an info while agencies are missing: a partial sum is never called an error),
 * and one `roll-up-members` note naming how many reports were summed and the agencies missing.
 */
export function rollUpFindings(r: RollUp): Finding[] {
  const severity = r.complete ? 'warning' : 'info';
  const out: Finding[] = [];
  out.push(
    say(
      'members',
      'info',
      { complete: r.complete, area: r.area, year: r.government.year, members: r.members.length, missing: r.missing },
      { actual: r.members.length, expected: r.members.length + r.missing.length },
    ),
  );
  for (const c of r.cells) {
    if (c.stated === null || c.sum === null || c.stated === c.sum) continue;
    const label = { zh: cellLabel(c.path, 'zh'), en: cellLabel(c.path, 'en') };
    // the addends are cells of the other reports, not of this page: marked so that nothing outlines them here
    // a cell's figures are the members', one each, in order
    const terms: Term[] = r.members.map((m, i) => ({
      path: c.path,
      value: itemAt(c.figures, i, 'member figure'),
      label: { zh: m.agency, en: m.agency },
      lastYear: true,
    }));
    out.push({
      rule: 'roll-up-sum',
      severity,
      code: 'sum',
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
