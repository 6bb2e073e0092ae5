/** lib/ocr, part of the check stage: what the outside uses, re-exported whole by #lib/check (npm run rewrite-imports adds to it). */
export * from './check-scan';
export * from './embedded-scan';
export * from './gray-image';
export { inkCrop } from './ink-crop';
export { pictureScale } from './picture-scale';
export * from './read-scan';
export * from './recognizer';
export type { ScanPage } from './scan-page';
export { straighten } from './deskew';
export { inkMask, otsuThreshold } from './otsu-threshold';
export { rulingLines } from './ruling-lines';
