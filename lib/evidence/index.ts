/** lib/evidence, part of the export stage: what the outside uses, re-exported whole by #lib/export (npm run rewrite-imports adds to it). */
export { evidenceFinding, picturedFindings } from './evidence-finding';
export { evidenceFileName, evidenceHtml, type EvidenceInput } from './evidence-html';
