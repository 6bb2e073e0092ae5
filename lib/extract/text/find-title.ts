import { parseTitle } from '../../detect/parse-title';

/**
 * The title of a flattened report: Word exports often break it over two or three lines
 * (`北京市通州区国资委2023年政府信息公开` / `工作年度报告`). Joins up to the first three lines.
 * @example findTitle(['某局2023年', '政府信息公开年度报告', '…']) → '某局2023年政府信息公开年度报告'
 */
export function findTitle(lines: readonly string[]): string | null {
  const head = lines.slice(0, 3);
  for (let n = 1; n <= head.length; n++) {
    const info = parseTitle(head.slice(0, n).join(''));
    if (info) return info.title;
  }
  return null;
}
