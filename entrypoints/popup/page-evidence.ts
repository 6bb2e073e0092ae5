import type { Finding, PublicReport } from '#lib/model';
import { renderFinding } from '#lib/report';
import { evidenceFile } from '@/utils/evidence-file';
import { evidenceFinding, picturedFindings } from '#lib/export';
import { captureTab, highlight, snapshot } from './api';
import type { Lang } from '@/components/strings';

/**
 * The evidence file of a report page: outlines the chosen finding on the page, captures the visible
 * tab, draws every other finding's cells from the page layout, and writes the file with the page's content hash and the auditor's decisions.
 */
export async function pageEvidence(o: {
  tabId: number;
  url: string;
  hash: string;
  report: PublicReport;
  findings: Finding[];
  selected: number | null;
  lang: Lang;
}): Promise<{ html: string; fileName: string }> {
  const index = evidenceFinding(o.findings, o.selected);
  if (index !== null) {
    await highlight(o.tabId, index);
    // the overlay draws on the next frame
    await new Promise((r) => setTimeout(r, 250));
  }
  const shot = await captureTab(o.tabId);
  const chosen = index === null ? undefined : o.findings[index];
  const caption = chosen ? renderFinding(chosen, o.lang) : '';
  const screenshots = 'dataUrl' in shot ? [{ dataUrl: shot.dataUrl, caption }] : [];
  // every other finding with cells (and the chosen one when no screenshot is allowed): drawn from the page's
  // layout, which needs no scrolling and no screenshot permission
  const drawnNote = o.lang === 'zh' ? '（按页面排版绘制）' : ' (drawn from the page layout)';
  for (const i of picturedFindings(o.findings)) {
    if (i === index && screenshots.length > 0) continue;
    const drawn = await snapshot(o.tabId, i);
    const finding = o.findings[i];
    if (drawn && finding) screenshots.push({ dataUrl: drawn, caption: `${renderFinding(finding, o.lang)}${drawnNote}` });
  }
  return evidenceFile({
    report: o.report,
    findings: o.findings,
    url: o.url,
    hash: o.hash,
    hashOf: 'page-text',
    screenshots,
    // the browser's refusal ("…'activeTab' permission is required") is no news to the reader: the drawing replaces the shot
    noPicture: index === null ? 'nothing-to-outline' : 'not-drawn',
    lang: o.lang,
  });
}
