import { evidenceFileName, evidenceHtml, type EvidenceInput } from '#lib/export';
import { localIso } from '#lib/model';
import { loadRectifications } from '@/utils/rectifications';
import { loadReviews } from '@/utils/reviews';
import { toolName } from '@/utils/tool-name';

/** What a screen gathers for its evidence file: the report, where it was read, its hash and its pictures. */
export type EvidenceParts = Omit<EvidenceInput, 'retrievedAt' | 'reviews' | 'rectifications' | 'tool'>;

/**
 * The evidence file of a checked report, a page's (popup) or an attachment's (viewer): the one builder of
 * both, with the time of saving, the tool, and the auditor's decisions and 整改 entries read again (a note
 * typed just before the click is saved by now, and must be in the file), named for the report and hash.
 */
export async function evidenceFile(parts: EvidenceParts): Promise<{ html: string; fileName: string }> {
  const html = evidenceHtml({
    ...parts,
    retrievedAt: localIso(new Date()),
    reviews: await loadReviews(parts.url, parts.hash),
    rectifications: await loadRectifications(),
    tool: toolName(),
  });
  return { html, fileName: evidenceFileName(parts.report, parts.hash, parts.lang) };
}
