import { REVIEW_LABELS, type ReviewEntry } from '#lib/report';
import type { Lang } from './strings';

type Props = { lang: Lang; entry: ReviewEntry | undefined; onChange: (entry: ReviewEntry | null) => void };

const WORDS = {
  zh: { confirm: '确认', dismiss: '驳回', note: '审核备注（如驳回理由）' },
  en: { confirm: 'Confirm', dismiss: 'Dismiss', note: 'Review note (e.g. why dismissed)' },
} as const;

/**
 * Confirm or dismiss one finding, with a note. A second click on the active choice withdraws it. The
 * note field is the stored note (not a copy kept in component state, which a late update could put
 * back over what was typed), saved as it is typed: a popup can close at any moment, with no blur.
 */
export function ReviewControls({ lang, entry, onChange }: Props) {
  const w = WORDS[lang];
  const choose = (status: ReviewEntry['status']) =>
    onChange(entry?.status === status ? null : { status, note: entry?.note ?? '', at: new Date().toISOString() });
  const saveNote = (e: Event) => {
    const note = (e.currentTarget as HTMLInputElement).value;
    if (entry && note !== entry.note) onChange({ ...entry, note, at: new Date().toISOString() });
  };
  return (
    <div class={`review ${entry?.status ?? ''}`}>
      <button type="button" class="copy" aria-pressed={entry?.status === 'confirmed'} onClick={() => choose('confirmed')}>
        {w.confirm}
      </button>
      <button type="button" class="copy" aria-pressed={entry?.status === 'dismissed'} onClick={() => choose('dismissed')}>
        {w.dismiss}
      </button>
      {entry && (
        <>
          <span class="review-state">{REVIEW_LABELS[lang][entry.status]}</span>
          <input
            type="text"
            class="note"
            aria-label={w.note}
            placeholder={w.note}
            defaultValue={entry.note}
            maxLength={2000}
            onInput={saveNote}
            onBlur={saveNote}
          />
        </>
      )}
    </div>
  );
}
