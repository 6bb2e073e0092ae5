/** lib/evidence: what the shells and the CLI use (scripts/rewrite-imports.ts adds what a new shell import needs). */

export { evidenceFinding, picturedFindings } from './evidence-finding';
export { evidenceFileName, evidenceHtml, type EvidenceInput } from './evidence-html';
