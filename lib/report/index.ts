/** lib/report: what the shells and the CLI use (scripts/rewrite-imports.ts adds what a new shell import needs). */

export { unreadCells } from '../model/read-state';
export { auditText } from './audit-text';
export { canonicalReport } from './canonical-report';
export { cellsLine } from './cells-line';
export { findingKey } from './finding-key';
export { GROUP_TITLES, groupFindings } from './group-findings';
export { renderFinding } from './render-finding';
export { recordVerdict } from './decided-verdict';
export { dismissedBy, reportVerdict } from './report-verdict';
export { severityCounts } from './severity-counts';
export { SEVERITY_WORDS } from './severity-words';
export { collapseSimilar } from './similar-findings';
export { similarLine } from './similar-words';
export { dismissedWords, VERDICT_WORDS, verdictLine, verdictTitle } from './verdict-words';
export { reportHash, sha256Hex } from '../text/content-hash';
