import type { CheckResult } from '../pipeline';
import type { Finding } from '../model/finding';
import { renderFinding } from '../report/render-finding';
import type { Lang } from '../model/lang';
import { SEVERITY_WORDS } from '../report/severity-words';
import { ruleInfo } from '../rules/rule-info';
import { findingElements } from './cell-elements';
import type { Overlay } from './overlay';

/** The tags on the outlined boxes and the tooltip's close button, as the page overlay and the drawings show them. */
export function outlineTags(lang: Lang): { stated: string; addend: string; close: string; offscreen: (n: number) => string } {
  return lang === 'zh'
    ? { stated: '报告数', addend: '加数', close: '关闭', offscreen: (n) => `另有 ${n} 个标出的单元格在窗口外，滚动页面可见` }
    : {
        stated: 'stated',
        addend: 'addend',
        close: 'Close',
        offscreen: (n) => `${n} more outlined ${n === 1 ? 'cell is' : 'cells are'} off screen: scroll to see ${n === 1 ? 'it' : 'them'}`,
      };
}

/**
 * Outlines a finding's cells with its arithmetic in the tooltip (a web page's cells, or the boxes laid
 * over a rendered PDF), or clears the overlay when it has none. Returns the outlined elements and the
 * cell paths that have no element.
 */
export function outlineFinding(
  overlay: Overlay,
  result: CheckResult,
  finding: Finding,
  lang: Lang,
): { stated: Element[]; addends: Element[]; missing: string[] } {
  const els = findingElements(result, finding);
  if (els.stated.length + els.addends.length === 0) overlay.clear();
  else
    overlay.show({
      ...els,
      heading: `${SEVERITY_WORDS[lang][finding.severity]} · ${finding.rule}`,
      message: renderFinding(finding, lang),
      explain: ruleInfo(finding.rule).summary[lang],
      tags: outlineTags(lang),
    });
  return els;
}
