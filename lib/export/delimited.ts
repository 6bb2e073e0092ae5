/**
 * Serialises a matrix as TSV: Excel and WPS paste it cell for cell. A cell holding a tab, a line break or
 * a quote is quoted (RFC 4180 style, which both accept).
 * @example toTsv([['a', 'b'], ['1', '']]) → 'a\tb\r\n1\t'
 */
export function toTsv(matrix: readonly (readonly string[])[]): string {
  return matrix.map((row) => row.map((c) => quote(c, /[\t\r\n"]/)).join('\t')).join('\r\n');
}

/**
 * CSV with a UTF-8 byte-order mark, so Excel on Windows opens Chinese text correctly.
 * @example toCsv([['项目', '总计']]) → '\ufeff项目,总计\r\n'
 */
export function toCsv(matrix: readonly (readonly string[])[]): string {
  return '\ufeff' + matrix.map((row) => row.map((c) => quote(c, /[,\r\n"]/)).join(',')).join('\r\n') + '\r\n';
}

function quote(cell: string, special: RegExp): string {
  return special.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * A GitHub-flavoured Markdown table (first row = header); pipes escaped, line breaks as <br>.
 * @example toMarkdown([['a'], ['1']]) → '| a |\n| --- |\n| 1 |'
 */
export function toMarkdown(matrix: readonly (readonly string[])[]): string {
  const width = Math.max(1, ...matrix.map((r) => r.length));
  const esc = (c: string) => c.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
  const line = (r: readonly string[]) => `| ${Array.from({ length: width }, (_, i) => esc(r[i] ?? '')).join(' | ')} |`;
  const [head = [], ...body] = matrix;
  return [line(head), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...body.map(line)].join('\n');
}

/**
 * An HTML table for the clipboard's text/html flavour (spreadsheets keep the cells and read numbers as numbers).
 * @example toHtmlTable([['a']]) → '<table><tr><td>a</td></tr></table>'
 */
export function toHtmlTable(matrix: readonly (readonly string[])[]): string {
  const esc = (c: string) => c.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<table>${matrix.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table>`;
}
