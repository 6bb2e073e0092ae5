/**
 * The form of an agency name used to match two years of one agency: NFKC (full-width brackets and
 * digits as half-width) with all whitespace removed, since titles are typed by hand each year
 * (`北京市通州区国资委` vs `北京市通州区 国资委`). Null or empty names match nothing.
 * @example agencyKey('北京市 通州区（国资委）') → '北京市通州区(国资委)'
 */
export function agencyKey(name: string | null | undefined): string | null {
  if (!name) return null;
  const key = name.normalize('NFKC').replace(/\s+/gu, '');
  return key === '' ? null : key;
}
