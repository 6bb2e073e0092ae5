/** lib/net, part of the read stage: what the outside uses, re-exported whole by #lib/read (npm run rewrite-imports adds to it). */
export { MAX_INPUT_BYTES, megabytes, readLimited } from './read-limited';
