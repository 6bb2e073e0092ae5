import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { type Finding, localIso, type PublicReport, type Severity } from '#lib/model';
import { auditText, collapseSimilar, findingKey, GROUP_TITLES, groupFindings, type ReviewEntry, type Reviews, severityCounts, similarLine } from '#lib/report';
import { type StorageError, storageErrorText } from '#lib/history';
import type { Lang, Strings } from './strings';
import { CopyButton } from './CopyButton';
import { FindingItem } from './FindingItem';
import { ReviewControls } from './ReviewControls';
import { FindingWhy } from './FindingWhy';
import { SeverityFilter } from './SeverityFilter';

/** Outlines finding `index` where the report is shown (the tab, or the attachment viewer); resolves to what to announce. */
export type Outline = (index: number) => Promise<string>;

/** The auditor's decisions on these findings, where the report version is known (a content hash). */
export type ReviewHandle = {
  reviews: Reviews;
  set: (key: string, entry: ReviewEntry | null) => void;
  /** why the last decision could not be saved */
  error?: StorageError | null;
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
  /** shown in a finding beside its message (the viewer on a scan: its cells' pictures and the figures read) */
  figure?: (index: number) => ComponentChildren;
};

/**
 * Findings grouped by table, errors first, then warnings, then the notes, where several of one kind
 * (25 rows whose 法人 columns are blank) make one collapsed line that expands; a severity filter above.
 * Each finding is a button: a click (or Enter) outlines its cells on the page; ↑/↓/Home/End move the
 * focus between findings and group lines (one tab stop for the whole list).
 */
export function FindingList({ t, lang, outline, report, findings, review, onSelected, where, figure }: FindingListProps) {
  const [selected, setSelected] = useState<number | null>(null);
  const [outcome, setOutcome] = useState('');
  const list = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState<Severity[]>(['error', 'warning', 'info']);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const groups = groupFindings(findings)
    .map((g) => ({ ...g, entries: collapseSimilar(g.items.filter((i) => shown.includes(i.finding.severity))) }))
    .filter((g) => g.entries.length > 0);
  const order = groups.flatMap((g) =>
    g.entries.flatMap((e) => (e.kind === 'one' ? [e.index] : open.has(`${g.group}|${e.key}`) ? e.items.map((i) => i.index) : [])),
  );
  // when every finding shown is folded away, the first group line is the list's tab stop
  const firstToggle = order.length > 0 ? null : groups.flatMap((g) => g.entries.flatMap((e) => (e.kind === 'many' ? [`${g.group}|${e.key}`] : [])))[0];
  const toggle = (key: string) => setOpen((was) => (was.has(key) ? new Set([...was].filter((k) => k !== key)) : new Set([...was, key])));

  const select = async (index: number) => {
    setSelected(index);
    onSelected?.(index);
    const finding = findings[index];
    // asked all the same: outlining a finding without cells clears the last one's boxes and tooltip
    const said = await outline(index);
    setOutcome(!finding || finding.cells.length === 0 ? t.noCells : said);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const buttons = Array.from(list.current?.querySelectorAll<HTMLButtonElement>('button.finding, button.group-toggle') ?? []);
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    // keys typed in a note, or on an expander, a checkbox or a review button, are theirs
    if (at < 0) return;
    const next = e.key === 'ArrowDown' ? at + 1 : e.key === 'ArrowUp' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? buttons.length - 1 : null;
    if (next === null || buttons.length === 0) return;
    e.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, next))]?.focus();
  };

  const focusable = selected !== null && order.includes(selected) ? selected : order[0];
  const item = (index: number, finding: Finding) => (
    <li key={index}>
      <FindingItem
        t={t}
        lang={lang}
        finding={finding}
        tables={report.tables}
        index={index}
        selected={selected === index}
        tabbable={focusable === index}
        onSelect={() => void select(index)}
        where={where?.(index)}
        figure={figure?.(index)}
      />
      <div class="finding-more">
        <FindingWhy t={t} lang={lang} report={report} finding={finding} />
        {review && <ReviewControls lang={lang} entry={review.reviews[findingKey(finding)]} onChange={(entry) => review.set(findingKey(finding), entry)} />}
      </div>
    </li>
  );
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: arrow keys move focus between the finding buttons inside; the div itself takes no action
    <div ref={list} onKeyDown={onKeyDown}>
      <div class="actions">
        <CopyButton t={t} label={t.copyFindings} text={() => auditText(report, findings, localIso(new Date()), lang, review?.reviews)} />
        <span class="hint">{t.keyboardHint}</span>
      </div>
      {review?.error && (
        <p class="notice review-error" role="alert">
          {t.reviewNotSaved(storageErrorText(review.error, lang))}
        </p>
      )}
      {!!review?.pruned && (
        <p class="notice" role="status">
          {t.reviewsPruned(review.pruned)}
        </p>
      )}
      <SeverityFilter t={t} counts={severityCounts(findings)} shown={shown} onChange={setShown} />
      {groups.length === 0 && <p class="muted">{t.noneShown}</p>}
      {groups.map((g) => (
        <section key={g.group} aria-labelledby={`group-${g.group}`}>
          <h2 id={`group-${g.group}`}>{GROUP_TITLES[g.group][lang]}</h2>
          <ul>
            {g.entries.map((e) => {
              if (e.kind === 'one') return item(e.index, e.finding);
              const key = `${g.group}|${e.key}`;
              const expanded = open.has(key);
              return (
                <li key={key} class={`similar ${e.severity}`}>
                  <button
                    type="button"
                    class={`group-toggle ${e.severity}`}
                    aria-expanded={expanded}
                    aria-controls={`similar-${key}`}
                    tabIndex={firstToggle === key ? 0 : -1}
                    onClick={() => toggle(key)}
                  >
                    <span aria-hidden="true" class="chevron">
                      {expanded ? '▾' : '▸'}
                    </span>
                    <span class="sev">{t.severity[e.severity]}</span>
                    {similarLine(e, lang)}
                  </button>
                  {expanded && <ul id={`similar-${key}`}>{e.items.map((i) => item(i.index, i.finding))}</ul>}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      <p class="outcome" aria-live="polite">
        {outcome}
      </p>
    </div>
  );
}
