import { tableMatrix, tableTitle, type TableKey } from '../report/table-matrix';
import { toHtmlTable } from '../export/delimited';
import { reviewText, type Reviews } from '../review/review';
import { findingKey, withReviews } from '../report/finding-key';
import { cellList } from '../model/cell-label';
import type { Finding } from '../model/finding';
import { canonicalReport } from '../report/canonical-report';
import { renderFinding } from '../report/render-finding';
import type { Lang } from '../model/lang';
import type { PublicReport } from '../model/public-report';
import { dismissedBy, reportVerdict } from '../report/report-verdict';
import { verdictLine } from '../report/verdict-words';
import { SEVERITY_WORDS } from '../report/severity-words';
import { rectificationMatrix } from '../export/rectification-export';
import { type Rectifications, rectificationRows } from '../review/rectification';

/** Everything the evidence file records about one check. */
export interface EvidenceInput {
  report: PublicReport;
  findings: readonly Finding[];
  /** where the report was read: the page or the attachment URL */
  url: string;
  /** local time (with its offset, localIso) the content was retrieved and checked */
  retrievedAt: string;
  /** SHA-256 hex, and of what: the page's report text or the attachment's bytes */
  hash: string;
  hashOf: 'page-text' | 'attachment';
  /** PNG data URLs of the outlined cells, with what each shows */
  screenshots: { dataUrl: string; caption: string }[];
  /**
   * why there is no picture, when there is none: no finding has cells to outline, or neither a
   * screenshot nor the page drawing could be made. Said in the file's words, never a browser's error
   * text ("Either the '<all_urls>' or 'activeTab' permission is required").
   */
  noPicture?: 'nothing-to-outline' | 'not-drawn';
  reviews: Reviews;
  /** the 整改 entries the auditor keeps (lib/review/rectification.ts); the confirmed findings are listed with theirs */
  rectifications?: Rectifications;
  tool: string;
  lang: Lang;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const WORDS = {
  zh: {
    heading: '政府信息公开工作年度报告核查证据',
    url: '核查对象（网址）',
    retrieved: '获取与核查时间',
    hashPage: 'SHA-256（报告正文与表格文字）',
    hashFile: 'SHA-256（附件文件）',
    tool: '核查工具',
    verdict: '核查结论',
    findings: '核查发现',
    severity: '级别',
    rule: '规则',
    message: '问题',
    cells: '涉及单元格',
    review: '审核意见',
    shots: '单元格标注截图',
    rectification: '整改清单（已确认的问题）',
    noPicture: {
      'nothing-to-outline': '没有需要标注单元格的发现，未附图。',
      'not-drawn': '未能附图：浏览器未允许截图，页面排版也未能绘制。请打开原网页核对。',
    },
    tables: '提取的表格',
    json: '机器可读数据（JSON，schemaVersion 1）见本文件中 id="report-json" 的脚本块。',
  },
  en: {
    heading: 'Evidence: check of an annual information-disclosure report',
    url: 'Checked (URL)',
    retrieved: 'Retrieved and checked',
    hashPage: 'SHA-256 (report text and table cells)',
    hashFile: 'SHA-256 (attachment file)',
    tool: 'Tool',
    verdict: 'Result',
    findings: 'Findings',
    severity: 'Severity',
    rule: 'Rule',
    message: 'Finding',
    cells: 'Cells',
    review: 'Review',
    shots: 'Screenshots of the outlined cells',
    rectification: 'Rectification list (confirmed findings)',
    noPicture: {
      'nothing-to-outline': 'No finding with cells to outline: no picture.',
      'not-drawn': 'No picture: the browser allowed no screenshot and the page layout could not be drawn. Open the page to check.',
    },
    tables: 'Tables as extracted',
    json: 'Machine-readable data (JSON, schemaVersion 1) is in the script block id="report-json" of this file.',
  },
} as const;

/**
 * One self-contained HTML file for the working papers: what was checked (URL, time, SHA-256), the
 * verdict, every finding with its arithmetic and the auditor's decision, the screenshots, the three
 * tables as read, and the canonical JSON (with the decisions) for machines. Opens in any browser,
 * prints on paper, needs no network.
 */
export function evidenceHtml(e: EvidenceInput): string {
  const w = WORDS[e.lang];
  // the verdict every screen says, after the auditor's decisions
  const verdict = reportVerdict({ ...e.report, findings: e.findings }, dismissedBy(e.findings, e.reviews));
  const rows = e.findings
    .map((f) => {
      const review = reviewText(e.reviews[findingKey(f)], e.lang);
      return `<tr class="${f.severity}"><td>${esc(SEVERITY_WORDS[e.lang][f.severity])}</td><td><code>${esc(f.rule)}</code></td><td>${esc(renderFinding(f, e.lang))}</td><td>${esc(cellList(f.cells, e.lang, Number.POSITIVE_INFINITY))}</td><td class="review">${esc(review)}</td></tr>`;
    })
    .join('\n');
  const tables = (['active', 'requests', 'review'] as TableKey[])
    .filter((k) => e.report.tables[k] !== null)
    .map((k) => `<h3>${esc(tableTitle(e.report, k, e.lang))}</h3>\n${toHtmlTable(tableMatrix(e.report, k, e.lang))}`)
    .join('\n');
  const shots = e.screenshots
    .map((s) => `<figure><img alt="${esc(s.caption)}" src="${esc(s.dataUrl)}"><figcaption>${esc(s.caption)}</figcaption></figure>`)
    .join('\n');
  // the 整改 list of this report: its confirmed findings with their 责任单位, deadline and status
  const publicFindings = canonicalReport(e.report).findings.slice(0, e.findings.length);
  const fixes = rectificationRows(
    [
      {
        url: e.url,
        hash: e.hash,
        agency: e.report.agency,
        year: e.report.year,
        title: e.report.title,
        findings: publicFindings,
        findingKeys: e.findings.map(findingKey),
        reviews: e.reviews,
      },
    ],
    e.rectifications ?? {},
  );
  const fixTable = fixes.length > 0 ? `<h2>${esc(w.rectification)}</h2>\n<div id="rectification">${toHtmlTable(rectificationMatrix(fixes, e.lang))}</div>` : '';
  // "</" cannot close the script block early: JSON is written with "<" escaped
  const json = JSON.stringify({ ...withReviews(canonicalReport(e.report), e.findings, e.reviews), verdict }, null, 2).replace(/</g, '\\u003c');
  const title = e.report.title ?? e.url;
  return `<!doctype html>
<html lang="${e.lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${esc(w.heading)} · ${esc(title)}</title>
<style>
@page{margin:15mm}
body{font:14px/1.6 system-ui,"Microsoft YaHei",sans-serif;margin:24px auto;padding:0 24px;max-width:1100px;color:#1b1b1b}
@media print{body{padding:0;margin:0;max-width:none}}
td{overflow-wrap:break-word}#findings td code{white-space:nowrap}
#findings td:nth-child(3){min-width:16em;overflow-wrap:anywhere}#findings td:nth-child(4){font-size:12px;min-width:12em}
table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #999;padding:2px 6px;vertical-align:top}
dl{display:grid;grid-template-columns:fit-content(40%) minmax(0,1fr);gap:2px 12px}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
tr.error td:first-child{color:#c62828;font-weight:600}tr.warning td:first-child{color:#b45309}
#findings th{white-space:nowrap;text-align:left}#findings .review{min-width:10em}
figure{margin:12px 0;break-inside:avoid}img{max-width:100%;border:1px solid #ccc}code{font-size:12px}
</style></head><body>
<h1>${esc(w.heading)}</h1>
<h2>${esc(title)}</h2>
<dl>
<dt>${esc(w.url)}</dt><dd><a href="${esc(e.url)}">${esc(e.url)}</a></dd>
<dt>${esc(w.retrieved)}</dt><dd>${esc(e.retrievedAt)}</dd>
<dt>${esc(e.hashOf === 'attachment' ? w.hashFile : w.hashPage)}</dt><dd><code id="sha256">${esc(e.hash)}</code></dd>
<dt>${esc(w.tool)}</dt><dd>${esc(e.tool)}</dd>
<dt>${esc(w.verdict)}</dt><dd id="verdict">${esc(verdictLine(verdict, e.lang))}</dd>
</dl>
<h2>${esc(w.findings)}</h2>
<table id="findings"><thead><tr><th>${esc(w.severity)}</th><th>${esc(w.rule)}</th><th>${esc(w.message)}</th><th>${esc(w.cells)}</th><th class="review">${esc(w.review)}</th></tr></thead><tbody>
${rows}
</tbody></table>
${fixTable}
<h2>${esc(w.shots)}</h2>
${shots || `<p id="no-picture">${esc(w.noPicture[e.noPicture ?? 'nothing-to-outline'])}</p>`}
<h2>${esc(w.tables)}</h2>
${tables}
<p>${esc(w.json)}</p>
<script type="application/json" id="report-json">${json}</script>
</body></html>
`;
}

/**
 * A file name for the evidence, in the interface language: agency, year, the first 8 hex of the hash.
 * In English it is ASCII only: Chromium under a C locale (an English system without a UTF-8 LANG) saves
 * a file whose suggested name has Chinese characters as "download", with no extension (issue 18); the
 * agency is in the file's title and heading.
 */
export function evidenceFileName(report: PublicReport, hash: string, lang: Lang = 'zh'): string {
  const agency = lang === 'zh' ? (report.agency ?? '年报') : (report.agency ?? '').replace(/[^\x20-\x7e]+/g, ' ').trim();
  const name = [agency, report.year ?? '', hash.slice(0, 8)].filter(Boolean).join('-');
  return `${lang === 'zh' ? '核查证据' : 'evidence'}-${name.replace(/[\\/:*?"<>|\s]+/g, '_')}.html`;
}
