/** The three kinds of sentence of a report's body that state its reporting year, each read on its own. */
export type YearSignal = 'period' | 'naming' | 'subject';

/** The year a body without a title is about, with the kinds of sentence that state it. */
export interface BodyYear {
  year: number;
  /** the kinds of sentence that give this year (independent: each kind read from other sentences) */
  agreeing: YearSignal[];
  /** what each kind of sentence gives, where the body has one */
  signals: Partial<Record<YearSignal, number>>;
}

const YEAR = '((?:19|20)\\d{2})';
/**
 * 统计期限 (report-format.md §2): 本年度报告中所列数据统计期限为2023年1月1日至12月31日; 报告所列数据的统计期为…;
 * 本报告所列数据的统计期限自2023年1月1日起至…止. Only a period that starts on 1月1日 names the year.
 */
export const PERIOD = new RegExp(`统计(?:期限|期|时限|时段|区间|时间)[^。\\d]{0,8}?${YEAR}\\s*年\\s*1\\s*月\\s*1\\s*日`);
/**
 * The report naming itself: 编制2023年政府信息公开工作年度报告, 我局编制了2019年度政府信息公开年度报告, 现将2023年度
 * 政府信息公开工作情况报告如下. The year must stand right before the report's name (no digit, bracket or
 * punctuation between), so 〔2019〕60号 (a document number), 国务院令第711号 and (2019年修订) never give it.
 */
const NAMING = new RegExp(`${YEAR}\\s*年度?的?[^\\d。；;，,：:（）()《》〈〉〔〕【】]{0,24}?政府信息公开(?:工作)?(?:的|情况的?)?(?:年度报告|报告如下)`);
/**
 * A sentence whose subject is a year (2023年，我局…; 2023年度北京市通州区…收取信息处理费情况为), also after a
 * numbered heading that crawler text glues on (一、总体情况2024年，…). The year opens the sentence: not
 * "…编制《2024年通州区政务公开工作要点》", and a date (2025年1月23日, 截至2019年12月底) is no subject.
 */
const SUBJECT = new RegExp(`^(?:(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十]+[)）])[^\\d。；]{0,24}?)?${YEAR}\\s*年度?(?!\\s*\\d)`);

/**
 * The reporting year of a body without a title (the article text as crawlers and copy-paste give it),
 * from the sentences that state it: the 统计期限, the report naming itself, and the year most sentences
 * open with. Never from a document number, a law's citation or a date. The year most kinds agree on wins
 * (ties: 统计期限, then the naming sentence, then the subject year); `agreeing` says how many kinds give it,
 * which is what the rules ask before they warn about a year no title states.
 * @example bodyYear(['本报告所列数据统计期限为2021年1月1日至12月31日。', '2021年，我厅……']) → { year: 2021, agreeing: ['period', 'subject'], … }
 */
export function bodyYear(lines: readonly string[]): BodyYear | null {
  const signals: Partial<Record<YearSignal, number>> = {};
  const opening = new Map<number, number>();
  for (const s of lines.flatMap((l) => l.normalize('NFKC').split(/(?<=[。；;！!？?])/))) {
    const t = s.trim();
    const period = PERIOD.exec(t);
    if (period) signals.period ??= Number(period[1]);
    const naming = NAMING.exec(t);
    if (naming) signals.naming ??= Number(naming[1]);
    if (period || naming) continue;
    const subject = SUBJECT.exec(t);
    if (subject) opening.set(Number(subject[1]), (opening.get(Number(subject[1])) ?? 0) + 1);
  }
  const ranked = [...opening].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (first && (!second || first[1] > second[1])) signals.subject = first[0];
  const order: YearSignal[] = ['period', 'naming', 'subject'];
  let best: BodyYear | null = null;
  for (const kind of order) {
    const year = signals[kind];
    if (year === undefined) continue;
    const agreeing = order.filter((k) => signals[k] === year);
    if (!best || agreeing.length > best.agreeing.length) best = { year, agreeing, signals };
  }
  return best;
}
