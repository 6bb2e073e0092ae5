import { findingPage } from '#lib/page';
import type { CheckResult } from '#lib/check';
import type { Finding, Severity, Lang, PublicReport, Bilingual } from '#lib/model';
import { cellsLine, renderFinding, reportVerdict, collapseSimilar, similarLine, verdictLine } from '#lib/report';
import type { Checked } from './check-input';
import { displayWidth } from './display-width';
import { readErrorMessage } from './read-error-message';
import type { ReadFailed } from './read-result';

/** The severity tag that opens a finding's line. */
export const TAG: Record<Lang, Record<Severity, string>> = {
  zh: { error: '[错误]', warning: '[警告]', info: '[提示]' },
  en: { error: '[error]', warning: '[warning]', info: '[info]' },
};

const FORMAT: Record<Lang, Record<PublicReport['format'], string>> = {
  zh: { '2021': '2021 年版（国办公开办函〔2021〕30号）', '2019': '2019 年版（试行，国办公开办函〔2019〕60号）', unknown: '未能判断' },
  en: { '2021': '2021 template', '2019': '2019 template (trial)', unknown: 'not determined' },
};

/** Beyond this many cells a finding lists its stated cells and the first and last addend only. */
const MAX_CELLS = 6;

/** The verdict line every screen says (lib/report/verdict-words.ts), under the CLI's 结论 label. */
export function verdict(report: PublicReport, lang: Lang): string {
  return `${lang === 'zh' ? '结论：' : 'Verdict: '}${verdictLine(reportVerdict(report), lang)}`;
}

/** A finding's cells after the summary's 单元格 label (lib/report/cells-line.ts), or null when it names none. */
export function cellsText(f: Finding, tables: PublicReport['tables'], lang: Lang): string | null {
  const body = cellsLine(f, tables, lang, MAX_CELLS);
  return body === null ? null : `${lang === 'zh' ? '单元格：' : 'cells: '}${body}`;
}

function findingLines(f: Finding, lang: Lang, result: CheckResult): string[] {
  const tag = TAG[lang][f.severity];
  const page = findingPage(result, f);
  const listed = cellsText(f, result.report.tables, lang);
  // a PDF's cells are found by page
  const cells = listed && page !== null ? `${listed}${lang === 'zh' ? `（第 ${page} 页）` : ` (page ${page})`}` : listed;
  // the cells line starts under the rule id
  const indent = ' '.repeat(displayWidth(tag) + 3);
  return [`  ${tag} ${f.rule} ${renderFinding(f, lang)}`, ...(cells ? [indent + cells] : [])];
}

const SIGNALS: Record<string, Bilingual> = {
  title: { zh: '报告标题', en: 'a report title' },
  'template-note': { zh: '表三的“勾稽关系”说明', en: 'the template note on table 三' },
  'template-labels': { zh: '模板表格的标签', en: 'the template table labels' },
  url: { zh: '网址中的年报标记', en: 'an annual-report URL' },
  column: { zh: '年报栏目', en: 'an annual-report column' },
  sections: { zh: '章节标题', en: 'the section headings' },
  boilerplate: { zh: '“第五十条”引言', en: 'the Article 50 preamble' },
  attachment: { zh: '报告附件', en: 'a report attachment' },
};

function notAReport(c: Checked, lang: Lang): string[] {
  const title = c.result.report.title;
  const zh = lang === 'zh';
  const found = c.signals.map((s) => SIGNALS[s]?.[lang] ?? s);
  const lines = zh
    ? [
        '未识别为政府信息公开工作年度报告。',
        '  查找的是：形如“××机关2023年政府信息公开工作年度报告”的标题，模板表格（三、收到和处理政府信息公开申请情况，及其“本列数据的勾稽关系”说明；二、主动公开；四、行政复议、行政诉讼），以及总体情况等章节标题。',
        found.length > 0 ? `  找到的线索：${found.join('、')}（不足以认定）` : '  一条线索也没有找到。',
      ]
    : [
        'Not recognised as an annual report on government information disclosure (政府信息公开工作年度报告).',
        '  Looked for: a title like "××机关2023年政府信息公开工作年度报告", the template tables (三、收到和处理政府信息公开申请情况 with its 勾稽关系 note; 二 and 四) and the section headings (总体情况…).',
        found.length > 0 ? `  Found: ${found.join(', ')} (not enough)` : '  Found none of these.',
      ];
  if (title) lines.push(zh ? `  读到的标题：${title}` : `  Title found: ${title}`);
  if (c.attachments.length > 0)
    lines.push(
      zh
        ? `  页面附件中可能有报告（.pdf/.docx 可直接检查其网址；.doc/.wps 请先另存为 .docx）：${c.attachments.join('、')}`
        : `  The report may be an attachment (check a .pdf/.docx by its URL; save a .doc/.wps as .docx first): ${c.attachments.join(', ')}`,
    );
  return lines;
}

/**
 * A readable summary of one checked input: identity (title, agency, year, template), a verdict line,
 * then each finding with its severity tag, rule id, message (the arithmetic written out) and cells.
 */
export function renderSummary(c: Checked, lang: Lang = 'zh'): string {
  const { report, findings } = c.result;
  const lines = [`== ${c.source}`];
  // not a report: nothing was checked, and the verdict says so as everywhere else (未能读取)
  if (!report.detected) return `${[...lines, verdict(report, lang), ...notAReport(c, lang)].join('\n')}\n`;
  const none = lang === 'zh' ? '（未知）' : '(unknown)';
  const year = report.year === null ? none : String(report.year);
  lines.push(
    lang === 'zh' ? `标题：${report.title ?? none}` : `Title: ${report.title ?? none}`,
    lang === 'zh'
      ? `机关：${report.agency ?? none}　年度：${year}　表格格式：${FORMAT.zh[report.format]}`
      : `Agency: ${report.agency ?? none}  Year: ${year}  Template: ${FORMAT.en[report.format]}`,
    verdict(report, lang),
  );
  // notes of one kind fold into one line, as in the popup (errors and warnings each keep theirs)
  for (const e of collapseSimilar(findings.map((finding, index) => ({ index, finding }))))
    if (e.kind === 'one') lines.push(...findingLines(e.finding, lang, c.result));
    else lines.push(`  ${TAG[lang][e.severity]} ${e.rules.join(lang === 'zh' ? '、' : ', ')} ${similarLine(e, lang, 'json')}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The stderr lines for an input that could not be read, rendered from its code: Chinese and English
 * together, as every diagnostic of the CLI on stderr (--lang chooses the summary's language, not these).
 */
export function renderReadError(r: ReadFailed): string {
  const error = readErrorMessage(r.refused);
  return `xxgk-audit: 无法读取 ${r.source}：${error.zh}\nxxgk-audit: cannot read ${r.source}: ${error.en}\n`;
}
