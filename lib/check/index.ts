/**
 * #lib/check, the check stage’s face: the rules, the pipeline that runs them, and scans read and checked by
 * OCR — its parts whole. The stages and their order: STAGES in scripts/import-graph.ts.
 */
export * from '../rules';
export * from '../ocr';
export * from '../pipeline';
