import { blockText } from './cell-text';

/**
 * The article's text as lines, one per block element (and per <br>), tables excluded (they are read
 * as tables), whitespace collapsed, empty lines dropped: what the narrative and section rules read.
 * @example narrativeLines(<div><p>一、总体情况</p><p>…</p></div>) → ['一、总体情况', '…']
 */
export function narrativeLines(container: Element): string[] {
  return blockText(container, true)
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0\u3000]+/g, ' ').trim())
    .filter((line) => line !== '');
}
