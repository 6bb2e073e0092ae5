/** lib/ocr: what the shells and the CLI use (scripts/rewrite-imports.ts adds what a new shell import needs). */

export * from './check-scan';
export * from './embedded-scan';
export * from './gray-image';
export { inkCrop } from './ink-crop';
export { pictureScale } from './picture-scale';
export * from './read-scan';
export * from './recognizer';
export type { ScanPage } from './scan-page';
