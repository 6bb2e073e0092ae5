import { useEffect, useState } from 'preact/hooks';
import { REVIEW_LABELS, type ReviewEntry } from '@/lib/review/review';
import type { Lang } from '../strings';

type Props = { lang: Lang; entry: ReviewEntry | undefined; onChange: (entry: ReviewEntry | null) => void };

const WORDS = {
  zh: { confirm: '确认', dismiss: '驳回', note: '审核备注（如驳回理由）', save: '保存备注' },
  en: { confirm: 'Confirm', dismiss: 'Dismiss', note: 'Review note (e.g. why dismissed)', save: 'Save note' },
} as const;

/**
 * Confirm or dismiss one finding, with a note. A second click on the active choice withdraws it. The
 * note is kept when the choice changes, and saved as it is typed.
 */
export function ReviewControls({ lang, entry, onChange }: Props) {
  const w = WORDS[lang];
  const [note, setNote] = useState(entry?.note ?? '');
  // decisions load after the first render: take the stored note when it arrives
  useEffect(() => setNote(entry?.note ?? ''), [entry?.note]);
  const choose = (status: ReviewEntry['status']) => onChange(entry?.status === status ? null : { status, note, at: new Date().toISOString() });
  // saved as it is typed (a popup can close at any moment, with no blur), and again on blur or Enter
  const saveNote = (text = note) => entry && text !== entry.note && onChange({ ...entry, note: text, at: new Date().toISOString() });
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
            value={note}
            maxLength={2000}
            onInput={(e) => {
              const text = (e.currentTarget as HTMLInputElement).value;
              setNote(text);
              saveNote(text);
            }}
            onBlur={() => saveNote()}
            onKeyDown={(e) => e.key === 'Enter' && saveNote()}
          />
        </>
      )}
    </div>
  );
}
