/** '2024年1月9日' / '2024-01-09 10:00' → '2024-01-09'; null when not a date. */
export function normaliseDate(text: string | null): string | null {
  const m = /(\d{4})[-年./](\d{1,2})[-月./](\d{1,2})/.exec(text ?? '');
  return m ? `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}` : null;
}
