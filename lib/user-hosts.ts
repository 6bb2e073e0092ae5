import * as z from 'zod/mini';

/** A host name as the user types it on the options page: letters, digits, dots, hyphens; optional port. */
const HOST = /^(?=.{1,253}$)([a-z0-9-]+\.)*[a-z0-9-]+(:\d{1,5})?$/;

export const UserHosts = z.array(z.string().check(z.regex(HOST)));

/**
 * Normalises what a user typed (a URL or a host) to a host name, or null when it is not one.
 * @example normalizeHost('https://www.Example.org/a/b') → 'www.example.org'
 */
export function normalizeHost(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  s = s
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '');
  return HOST.test(s) && s.includes('.') ? s : null;
}

/** The match pattern covering a host on http and https. */
export function hostPattern(host: string): string {
  return `*://${host}/*`;
}
