import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { evidenceFileName, evidenceHtml } from '../../../lib/evidence/evidence-html';
import { checkText } from '../../../lib/pipeline';
import { findingKey } from '../../../lib/report/finding-key';
import { seedText } from '../../helpers/seeds';

const { report, findings } = checkText(seedText('002'), 'https://www.bjmy.gov.cn/art/2024/1/9/art_1.html');
const hash = 'a'.repeat(64);
const input = {
  report,
  findings,
  url: report.source,
  retrievedAt: '2026-01-20T16:00:00+08:00',
  hash,
  hashOf: 'page-text' as const,
  screenshots: [{ dataUrl: 'data:image/png;base64,iVBORw0KGgo=', caption: '表三（七）总计' }],
  reviews: { [findingKey(findings[0]!)]: { status: 'dismissed' as const, note: '</script><b>x</b>', at: 'now' } },
  tool: 'xxgk-audit 0.1.0',
  lang: 'zh' as const,
};

describe('evidenceHtml', () => {
  const { document } = parseHTML(evidenceHtml(input));

  it('should record what was checked, when, its hash and the verdict', () => {
    expect(document.querySelector('#sha256')?.textContent).toBe(hash);
    expect(document.querySelector('dl')?.textContent).toContain('2026-01-20T16:00:00+08:00');
    expect(document.querySelector('a')?.getAttribute('href')).toBe(report.source);
    // the first finding (an error) was dismissed: the verdict follows the four left and counts it
    expect(document.querySelector('#verdict')?.textContent).toBe('有错误：4 个错误；3 个警告、4 条提示；1 个已驳回');
  });

  it('should list every finding with the decision, escaping what the auditor typed', () => {
    const rows = document.querySelectorAll('#findings tbody tr');
    expect(rows).toHaveLength(findings.length);
    expect(rows[0]!.lastElementChild?.textContent).toBe('已驳回：</script><b>x</b>');
    expect(document.querySelectorAll('#findings b')).toHaveLength(0);
  });

  it('should embed the screenshot, the three tables and the canonical JSON with the decision', () => {
    expect(document.querySelector('figure img')?.getAttribute('src')).toBe(input.screenshots[0]!.dataUrl);
    expect(document.querySelectorAll('h3')).toHaveLength(3);
    const json = JSON.parse(document.querySelector('#report-json')!.textContent!);
    expect(json.schemaVersion).toBe(1);
    expect(json.findings[0].review).toEqual({ status: 'dismissed', note: '</script><b>x</b>', at: 'now' });
    expect(json.tables).toEqual(report.tables);
    expect(json.verdict).toEqual({ kind: 'error', errors: 4, warnings: 3, notes: 4, unchecked: 0, dismissed: 1 });
  });
});

describe('evidenceFileName', () => {
  it('should name the agency, year and hash prefix, in the interface language', () => {
    expect(evidenceFileName(report, hash)).toBe('核查证据-北京市密云区商务局-2023-aaaaaaaa.html');
    // ASCII in English: Chromium under a C locale saves a Chinese name as "download"
    expect(evidenceFileName(report, hash, 'en')).toBe('evidence-2023-aaaaaaaa.html');
  });
});

describe('evidenceHtml for people (issue 9)', () => {
  it('should label every header cell of the findings table', () => {
    const { document: zh } = parseHTML(evidenceHtml(input));
    expect([...zh.querySelectorAll('#findings thead th')].map((th) => th.textContent)).toEqual(['级别', '规则', '问题', '涉及单元格', '审核意见']);
    const { document: en } = parseHTML(evidenceHtml({ ...input, lang: 'en' }));
    expect([...en.querySelectorAll('#findings thead th')].map((th) => th.textContent)).toEqual(['Severity', 'Rule', 'Finding', 'Cells', 'Review']);
  });

  it('should give the 审核意见 column a width it cannot wrap one character a line in', () => {
    const html = evidenceHtml(input);
    expect(html).toMatch(/#findings \.review\{[^}]*min-width:\s*\d+em/);
    const { document: doc } = parseHTML(html);
    expect(doc.querySelector('#findings thead th:last-child')?.getAttribute('class')).toBe('review');
    expect(doc.querySelector('#findings tbody tr td:last-child')?.getAttribute('class')).toBe('review');
  });

  it('should name cells by their labels and count in English with plurals', () => {
    const { document: en } = parseHTML(evidenceHtml({ ...input, lang: 'en' }));
    expect(en.querySelector('#verdict')?.textContent).toBe('Errors found: 4 errors; 3 warnings, 4 notes; 1 dismissed');
    expect(en.querySelector('#findings tbody')?.textContent).toContain('Table 3 (7) total processed, natural persons');
    expect(en.querySelector('#findings tbody')?.textContent).not.toMatch(/requests\./);
  });

  it('should say plainly why there is no picture, never a browser error text', () => {
    const text = (lang: 'zh' | 'en', noPicture: 'nothing-to-outline' | 'not-drawn') =>
      parseHTML(evidenceHtml({ ...input, lang, screenshots: [], noPicture })).document.querySelector('#no-picture')?.textContent;
    expect(text('zh', 'nothing-to-outline')).toBe('没有需要标注单元格的发现，未附图。');
    expect(text('zh', 'not-drawn')).toBe('未能附图：浏览器未允许截图，页面排版也未能绘制。请打开原网页核对。');
    expect(text('en', 'not-drawn')).toBe('No picture: the browser allowed no screenshot and the page layout could not be drawn. Open the page to check.');
  });
});

describe('evidenceHtml on a hostile page', () => {
  it('should escape what the page wrote (title, quoted sentence, URL) as well as what the auditor typed', () => {
    const hostile = '某局2023年政府信息公开工作年度报告<img src=x onerror=alert(1)>';
    const text = seedText('002').replace('我镇逐步健全', '我镇</script><script>alert(2)</script>逐步健全');
    const r = checkText(text, 'https://x.gov.cn/"><script>alert(3)</script>');
    const html = evidenceHtml({ ...input, report: { ...r.report, title: hostile }, findings: r.findings, url: r.report.source, reviews: {} });
    const { document: doc } = parseHTML(html);
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.querySelector('script')?.id).toBe('report-json');
    expect(doc.querySelectorAll('img')).toHaveLength(1);
    expect(doc.querySelector('h2')?.textContent).toBe(hostile);
    expect(
      JSON.parse(doc.querySelector('#report-json')!.textContent!).findings.some((f: { message: string }) => f.message.includes('</script><script>alert(2)')),
    ).toBe(true);
  });
});
