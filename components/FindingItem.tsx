import type { ComponentChildren } from 'preact';
import type { Finding, PublicReport } from '#lib/model';
import { cellsLine, renderFinding } from '#lib/report';
import { ruleInfo } from '#lib/check';
import type { Lang, Strings } from './strings';

type FindingItemProps = {
  t: Strings;
  lang: Lang;
  finding: Finding;
  /** the report's tables: which addends are 0 or blank */
  tables: PublicReport['tables'];
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
export function FindingItem({ t, lang, finding, tables, index, selected, tabbable, onSelect, where, figure }: FindingItemProps) {
  // the same cell line as the CLI's: 4 labels, or the stated figure, the addends not 0 and how many are
  const cells = cellsLine(finding, tables, lang, 4);
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
      {cells !== null && (
        <span class="cells">
          {t.cells}
          {lang === 'zh' ? '：' : ': '}
          {cells}
        </span>
      )}
    </button>
  );
}
