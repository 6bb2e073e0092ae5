/** lib/net: what the shells and the CLI use (scripts/rewrite-imports.ts adds what a new shell import needs). */
export { MAX_INPUT_BYTES, megabytes, readLimited } from './read-limited';
