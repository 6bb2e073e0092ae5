/**
 * #lib/report, the report stage’s face: findings worded, grouped and judged, and the auditor’s decisions on
 * them. First what lib/report/ gives the outside (shells, CLI, scripts/, bench/), then the stage’s other parts
 * whole. The stages and their order: STAGES in scripts/import-graph.ts; npm run rewrite-imports adds what a
 * new outside import needs.
 */
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
export { reportMatrix, TABLE_TITLES, TABLE_TITLES_EN, tableCellPaths, type TableKey, tableMatrix, tableTitle, wideRow } from './table-matrix';
export * from '../review';
