/**
 * An English count with its noun in the right number, for every English sentence that counts things
 * (Chinese needs no plural: its texts write `${n} 个警告`).
 * @example plural(1, 'warning') → '1 warning'; plural(2, 'warning') → '2 warnings'; plural(2, 'was', 'were') → '2 were'
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${new Intl.PluralRules('en').select(n) === 'one' ? one : many}`;
}
