/**
 * Serialises a matrix as TSV: Excel and WPS paste it cell for cell. A cell holding a tab, a line break or
 * a quote is quoted (RFC 4180 style, which both accept).
 * @example toTsv([['a', 'b'], ['1', '']]) → 'a\tb\r\n1\t'
 */
export function toTsv(matrix: readonly (readonly string[])[]): string {
  return matrix.map((row) => row.map((c) => quote(defuse(c), /[\t\r\n"]/)).join('\t')).join('\r\n');
}

/**
 * Text a spreadsheet would run as a formula gets a leading apostrophe, which Excel and WPS show as plain
 * text: =…, +…, -…, @… (also full-width ＝＋－＠, which WPS converts), behind any leading space, line
 * break, NBSP, U+3000 or byte-order mark a spreadsheet skips, and a leading tab or CR. Page text reaches
 * the exports (an agency name, a link's text on a list page), and a page must not plant a live
 * =HYPERLINK or DDE formula in an auditor's workbook. Numbers (-8, +1036 in the 2019 template) and a
 * lone "-" are left as they are.
 * @example defuse('=HYPERLINK("http://x","y")') → "'=HYPERLINK(\"http://x\",\"y\")"
 * @example defuse('\n =1+1') → "'\n =1+1"
 */
export function defuse(cell: string): string {
  if (/^[\t\r]/.test(cell)) return `'${cell}`;
  const start = cell.replace(/^[\s\u00a0\u3000\ufeff\u200b]+/, '');
  // a lone "-" or "+" is a mark (not applicable), a lone "=" or "@" is not
  if ((start.length < 2 && !/^[=@＝＠]$/.test(start)) || !/^[=+\-@＝＋－＠]/.test(start) || /^[+-]?\d+(\.\d+)?%?$/.test(cell)) return cell;
  return `'${cell}`;
}

/**
 * CSV with a UTF-8 byte-order mark, so Excel on Windows opens Chinese text correctly.
 * @example toCsv([['项目', '总计']]) → '\ufeff项目,总计\r\n'
 */
export function toCsv(matrix: readonly (readonly string[])[]): string {
  return `\ufeff${matrix.map((row) => row.map((c) => quote(defuse(c), /[,\r\n"]/)).join(',')).join('\r\n')}\r\n`;
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
  return `<table>${matrix.map((r) => `<tr>${r.map((c) => `<td>${esc(defuse(c))}</td>`).join('')}</tr>`).join('')}</table>`;
}
