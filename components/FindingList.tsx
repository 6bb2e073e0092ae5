import { useRef, useState } from 'preact/hooks';
import type { Finding } from '@/lib/report/finding';
import { GROUP_TITLES, groupFindings } from '@/lib/report/group-findings';
import type { PublicReport } from '@/lib/report/public-report';
import type { Lang, Strings } from './strings';
import { CopyButton } from './CopyButton';
import { FindingItem } from './FindingItem';
import { auditText } from '@/lib/report/audit-text';
import type { BilingualText } from '@/lib/batch/batch-row';
import { findingKey, type ReviewEntry, type Reviews } from '@/lib/review/review';
import { ReviewControls } from './ReviewControls';

/** Outlines finding `index` where the report is shown (the tab, or the attachment viewer); resolves to what to announce. */
export type Outline = (index: number) => Promise<string>;

/** The auditor's decisions on these findings, where the report version is known (a content hash). */
export type ReviewHandle = {
  reviews: Reviews;
  set: (key: string, entry: ReviewEntry | null) => void;
  /** why the last decision could not be saved */
  error?: BilingualText | null;
  /** report versions whose decisions the last save removed to make room */
  pruned?: number;
};

type FindingListProps = {
  t: Strings;
  lang: Lang;
  outline: Outline;
  report: PublicReport;
  findings: Finding[];
  review?: ReviewHandle;
  /** told of the finding the user picked (the evidence file outlines that one) */
  onSelected?: (index: number) => void;
  /** where a finding is in the document (the viewer: its PDF page) */
  where?: (index: number) => string | null;
};

/**
 * Findings grouped by table, errors first. Each is a button: a click (or Enter) outlines its cells on the
 * page; ↑/↓/Home/End move the focus between findings (one tab stop for the whole list).
 */
export function FindingList({ t, lang, outline, report, findings, review, onSelected, where }: FindingListProps) {
  const [selected, setSelected] = useState<number | null>(null);
  const [outcome, setOutcome] = useState('');
  const list = useRef<HTMLDivElement>(null);
  const groups = groupFindings(findings);
  const order = groups.flatMap((g) => g.items.map((i) => i.index));

  const select = async (index: number) => {
    setSelected(index);
    onSelected?.(index);
    const finding = findings[index]!;
    // asked all the same: outlining a finding without cells clears the last one's boxes and tooltip
    const said = await outline(index);
    setOutcome(finding.cells.length === 0 ? t.noCells : said);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const buttons = Array.from(list.current?.querySelectorAll<HTMLButtonElement>('button.finding') ?? []);
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = e.key === 'ArrowDown' ? at + 1 : e.key === 'ArrowUp' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? buttons.length - 1 : null;
    if (next === null || buttons.length === 0) return;
    e.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, next))]!.focus();
  };

  const focusable = selected ?? order[0];
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: arrow keys move focus between the finding buttons inside; the div itself takes no action
    <div ref={list} onKeyDown={onKeyDown}>
      <div class="actions">
        <CopyButton
          t={t}
          label={t.copyFindings}
          text={() => auditText(report, findings, new Date().toLocaleString(lang === 'zh' ? 'zh-CN' : 'en'), lang, review?.reviews)}
        />
        <span class="hint">{t.keyboardHint}</span>
      </div>
      {review?.error && (
        <p class="notice review-error" role="alert">
          {t.reviewNotSaved(review.error[lang])}
        </p>
      )}
      {!!review?.pruned && (
        <p class="notice" role="status">
          {t.reviewsPruned(review.pruned)}
        </p>
      )}
      {groups.map((g) => (
        <section key={g.group} aria-labelledby={`group-${g.group}`}>
          <h2 id={`group-${g.group}`}>{GROUP_TITLES[g.group][lang]}</h2>
          <ul>
            {g.items.map(({ index, finding }) => (
              <li key={index}>
                <FindingItem
                  t={t}
                  lang={lang}
                  finding={finding}
                  index={index}
                  selected={selected === index}
                  tabbable={focusable === index}
                  onSelect={() => void select(index)}
                  where={where?.(index)}
                />
                {review && (
                  <ReviewControls lang={lang} entry={review.reviews[findingKey(finding)]} onChange={(entry) => review.set(findingKey(finding), entry)} />
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p class="outcome" aria-live="polite">
        {outcome}
      </p>
    </div>
  );
}
