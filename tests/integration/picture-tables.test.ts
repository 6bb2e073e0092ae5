import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import { detectReport } from '../../lib/detect/detect-report';
import { checkHtml } from '../../lib/pipeline';
import { reportVerdict } from '../../lib/report/report-verdict';

/**
 * A real page whose three tables are pictures (tests/fixtures/pages/image-tables.html: 平潭 海洋与渔业局 2024
 * with its <table>s replaced by their screenshots). Its text lacks the 第五十条规定 / 编制本报告 wording, so
 * the title and the section headings alone did not make it a report for the pipeline, while the detector on
 * the page, which also scores the address and the 政府信息公开年报 column, did: the checker then said
 * nothing at all (0 findings) where the tables are missing from the page's text.
 */
const FILE = path.join(import.meta.dirname, '../fixtures/pages/image-tables.html');
const page = () => parseHtml(readFileSync(FILE, 'utf8'));

describe('a report page whose tables are pictures', () => {
  it('should be a report for the checker as for the detector, its tables said to be missing from the text', () => {
    const url = 'http://www.pingtan.gov.cn/zfxxgk/ndbg/2025/image-tables.html';
    expect(detectReport(page(), url).isReport).toBe(true);
    const { extraction, findings, report } = checkHtml(page(), url);
    expect(extraction.detected).toBe(true);
    expect(findings.map((f) => [f.rule, f.severity, f.code])).toEqual([['table-missing', 'warning', 'no-table']]);
    expect(reportVerdict(report).kind).toBe('unreadable');
  });

  it('should stay a report by its column alone when the address says nothing', () => {
    const { extraction } = checkHtml(page(), 'http://www.pingtan.gov.cn/art/2025/1/24/art_1.html');
    expect(extraction.detected).toBe(true);
  });
});
