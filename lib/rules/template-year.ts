import { sayer } from './note';
import type { Rule, RuleMessages } from './rule';
import { trustedYear } from './helpers/trusted-year';

declare module '../model/rule-ids' {
  interface RuleIds {
    'template-year': true;
  }
}

const MESSAGES: RuleMessages<{ 'trial-template': { year: number }; 'later-template': { year: number }; mixed: object }> = {
  zh: {
    'trial-template': ({ year }) => `${year} 年度报告使用了 2019 年试行格式的表格，应使用 2021 年修订格式`,
    'later-template': ({ year }) => `${year} 年度报告使用了 2021 年格式的表格，当年应使用 2019 年试行格式`,
    mixed: () => '表格同时具有 2021 版与 2019 版模板的标签或结构（如（六）其他处理单列一行）：非标准模板',
  },
  en: {
    'trial-template': ({ year }) => `A ${year} report uses the 2019 trial template; the 2021 template applies`,
    'later-template': ({ year }) => `A ${year} report uses the 2021 template; the 2019 trial template applied then`,
    mixed: () => 'The tables carry labels or structure of both the 2021 and 2019 templates (such as one row for (6) other handling): a non-standard template',
  },
};
const say = sayer('template-year', MESSAGES);

/**
 * D-4: the 2021 format (国办公开办函〔2021〕30号) is used from the 2021 reporting year on, the 2019 trial
 * format (〔2019〕60号) for 2019 and 2020. Labels of both templates in one report's tables, or the 2021 labels
 * with the 2019 single （六）其他处理 row: non-standard template (report-format.md §5, template classifier).
 * The year is the title's, or one two kinds of sentence of the body state (trustedYear): never a guess.
 */
export const templateYear: Rule = {
  id: 'template-year',
  severity: 'warning',
  rank: 620,
  clause: 'D-4',
  clauseText: { section: '§4.6 D-4', text: 'Template matches year: 2019-format labels (§5) in a Y ≥ 2021 report, or 2021 labels in Y ≤ 2020 ⇒ WARN.' },
  summary: {
    zh: '表格模板与报告年度相符（2021年度起用2021版格式），且未混用两版标签。',
    en: 'The table template matches the report year, and the two templates are not mixed.',
  },
  messages: MESSAGES,
  check({ ex }) {
    const out = [];
    // the printed labels of the tables, not the narrative: prose may name 政府集中采购 in a 2021 report
    // the 2019 template's single （六） row among them, weighed as two labels, as the classifier does
    const { m2021, m2019 } = ex.tableMarkers;
    const year = trustedYear(ex);
    if (year !== null) {
      if (ex.format === '2019' && year >= 2021) out.push(say('trial-template', 'warning', { year }));
      if (ex.format === '2021' && year <= 2020) out.push(say('later-template', 'warning', { year }));
    }
    if (m2021 >= 2 && m2019 >= 2) out.push(say('mixed', 'warning', {}));
    return out;
  },
};
