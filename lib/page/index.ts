/** lib/page: what the shells and the CLI use (scripts/rewrite-imports.ts adds what a new shell import needs). */

export { findingElements } from './cell-elements';
export { drawOutlines, drawSnapshot } from './draw-snapshot';
export { findingPage } from './finding-page';
export { outlineFinding, outlineTags } from './outline-finding';
export { createOverlay } from './overlay';
export { tableImages } from './table-images';
