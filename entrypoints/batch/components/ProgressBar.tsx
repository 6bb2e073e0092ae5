import type { BatchRow } from '@/lib/batch/batch-row';
import { type ReviewLookup, rowKind } from '@/lib/export/batch-csv';
import type { Strings } from '../strings';

type Props = {
  t: Strings;
  rows: readonly BatchRow[];
  current: readonly string[];
  state: string;
  /** the auditor's decisions: a report whose errors were all dismissed counts as the grid says it */
  review?: ReviewLookup;
};

/** How far the batch is, in a bar and in words (aria-live: screen readers hear each step). */
export function ProgressBar({ t, rows, current, state, review }: Props) {
  const finished = rows.filter((r) => r.status === 'done' || r.status === 'failed').length;
  const by = (v: BatchRow['verdict']) => rows.filter((r) => rowKind(r, review) === v).length;
  const other = rows.filter((r) => r.status === 'done' || r.status === 'failed').length - by('error') - by('warning') - by('ok') - by('partial');
  return (
    <section class="progress">
      <progress max={rows.length || 1} value={finished} aria-label={t.progress(finished, rows.length)} />
      <p aria-live="polite" class="progress-text" data-testid="progress">
        <strong>{t.progress(finished, rows.length)}</strong>
        {state ? ` · ${state}` : ''} · {t.counts(by('error'), by('warning'), by('ok'), by('partial'), other)}
      </p>
      {current.length > 0 ? (
        <p class="muted current">
          {t.current}
          {current.join('，')}
        </p>
      ) : null}
    </section>
  );
}
