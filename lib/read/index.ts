/**
 * #lib/read, the read stage’s face: a report found on a page and read from HTML, text, PDF or Word into tables
 * — its parts whole. The stages and their order: STAGES in scripts/import-graph.ts.
 */
export * from '../detect';
export * from '../extract';
export * from '../attach';
export * from '../net';
