import { cellAt } from './cell-elements';
import type { CheckResult } from '../pipeline';
import type { Finding } from '../model/finding';
import type { PdfBox } from '../extract/pdf/pdf-content';

function isBoxes(x: unknown): x is PdfBox[] {
  return Array.isArray(x) && x.length > 0 && typeof (x[0] as PdfBox).page === 'number';
}

/**
 * The PDF page a finding's stated figure is printed on (else its first cell's), or null when the
 * report is not a PDF or the finding has no cell. For the command line's "第 4 页".
 */
export function findingPage(result: CheckResult, finding: Finding): number | null {
  for (const path of [...finding.stated, ...finding.cells]) {
    const source = cellAt(result, path)?.source;
    const box = isBoxes(source) ? source[0] : undefined;
    if (box) return box.page;
  }
  return null;
}
