import type { Lang } from '@/components/strings';
import { evidenceFinding, picturedFindings } from '#lib/export';
import { findingElements, drawSnapshot } from '#lib/page';
import type { CheckResult } from '#lib/check';
import { renderFinding } from '#lib/report';
import { evidenceFile } from '@/utils/evidence-file';
import type { RenderedPage } from './pdf-pages';
import { pdfSnapshot } from './pdf-snapshot';

export interface AttachmentEvidence {
  result: CheckResult;
  kind: 'pdf' | 'docx';
  source: string;
  /** SHA-256 of the attachment's bytes */
  hash: string;
  selected: number | null;
  /** the page each PDF cell proxy sits on, and the laid-out pages */
  pageOf: WeakMap<Element, number>;
  pages: Map<number, RenderedPage>;
  pageLabel: (n: number) => string;
  tags: { stated: string; addend: string };
  lang: Lang;
}

/**
 * The evidence file of an attachment: the file's SHA-256, and a picture of each finding's cells
 * (for a PDF, the band of its page cut from the drawing; for Word, a drawing of its table).
 */
export async function attachmentEvidence(e: AttachmentEvidence): Promise<{ html: string; fileName: string }> {
  const index = evidenceFinding(e.result.findings, e.selected);
  const screenshots: { dataUrl: string; caption: string }[] = [];
  // every finding with cells gets its picture, not only the one picked
  for (const i of picturedFindings(e.result.findings)) {
    const finding = e.result.findings[i];
    if (!finding) continue;
    const els = findingElements(e.result, finding);
    const first = els.stated[0] ?? els.addends[0];
    if (first === undefined) continue;
    const page = e.pageOf.get(first);
    // the cut needs the page's pixels: draw it now if it was never scrolled to
    if (page) await e.pages.get(page)?.ensure();
    const shot = e.kind === 'pdf' ? pdfSnapshot(els.stated, els.addends, e.tags) : drawSnapshot(document, els.stated, els.addends, e.tags);
    if (shot) screenshots.push({ dataUrl: shot, caption: `${page ? `${e.pageLabel(page)} · ` : ''}${renderFinding(finding, e.lang)}` });
  }
  return evidenceFile({
    report: e.result.report,
    findings: e.result.findings,
    url: e.source,
    hash: e.hash,
    hashOf: 'attachment',
    screenshots,
    noPicture: index === null ? 'nothing-to-outline' : 'not-drawn',
    lang: e.lang,
  });
}
