/**
 * #lib/page, the page stage’s face: the extension on the agency’s page: outlines, snapshots, messages, badge.
 * First what lib/page/ gives the outside (shells, CLI, scripts/, bench/), then the stage’s other parts whole.
 * The stages and their order: STAGES in scripts/import-graph.ts; npm run rewrite-imports adds what a new
 * outside import needs.
 */
export { findingElements } from './cell-elements';
export { drawOutlines, drawSnapshot } from './draw-snapshot';
export { findingPage } from './finding-page';
export { outlineFinding, outlineTags } from './outline-finding';
export { createOverlay } from './overlay';
export { tableImages } from './table-images';
export * from '../messages';
export * from '../badge';
export * from '../user-hosts';
