import type { ComponentChildren } from 'preact';
import type { Finding } from '@/lib/model/finding';
import { cellLabel } from '@/lib/model/cell-label';
import { renderFinding } from '@/lib/report/render-finding';
import { ruleInfo } from '@/lib/rules/rule-info';
import type { Lang, Strings } from './strings';

type FindingItemProps = {
  t: Strings;
  lang: Lang;
  finding: Finding;
  index: number;
  selected: boolean;
  tabbable: boolean;
  onSelect: () => void;
  where?: string | null;
  /** beside the message: the viewer on a scan shows its cells' pictures */
  figure?: ComponentChildren;
};

const ICON = { error: '✖', warning: '▲', info: 'ℹ' } as const;

/**
 * One finding: severity in words and shape (not colour alone), its arithmetic, the labels of its cells,
 * and a plain line saying what its rule checks (the rule's own summary), so no id has to be looked up.
 */
export function FindingItem({ t, lang, finding, index, selected, tabbable, onSelect, where, figure }: FindingItemProps) {
  const cells = finding.cells.slice(0, 4).map((c) => cellLabel(c, lang));
  return (
    <button
      type="button"
      class={`finding ${finding.severity}`}
      data-index={index}
      data-rule={finding.rule}
      aria-pressed={selected}
      tabIndex={tabbable ? 0 : -1}
      onClick={onSelect}
    >
      <span class="sev">
        <span aria-hidden="true">{ICON[finding.severity]} </span>
        {t.severity[finding.severity]}
        {where && <span class="where">{where}</span>}
      </span>
      <span class="msg">{renderFinding(finding, lang)}</span>
      {figure}
      <span class="rule-summary">{ruleInfo(finding.rule).summary[lang]}</span>
      {cells.length > 0 && <span class="cells">{t.cellsLine(cells, finding.cells.length)}</span>}
    </button>
  );
}
