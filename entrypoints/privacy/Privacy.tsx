import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '#lib/model';
import { storageError, storageErrorText } from '#lib/history';
import { clearAllReviews, countReviewedReports } from '@/utils/reviews';
import type { PrivacyPolicy } from './privacy-text';

const WORDS = {
  zh: {
    updated: (d: string) => `更新于 ${d}`,
    history: '打开核查历史记录',
    settings: '打开设置',
    kept: (n: number) => (n === 0 ? '目前没有保存任何审核决定。' : `目前保存了 ${n} 份报告的审核决定。`),
    deleteAll: '删除全部审核决定',
    confirm: '确定删除全部审核决定（确认、驳回及备注）？此操作不能撤销。',
    deleted: (n: number) => `已删除 ${n} 份报告的审核决定。`,
    failed: (why: string) => `删除未完成：${why}。`,
  },
  en: {
    updated: (d: string) => `Updated ${d}`,
    history: 'Open the history of checked reports',
    settings: 'Open the settings',
    kept: (n: number) => (n === 0 ? 'No decisions are kept now.' : `Decisions are kept on ${n} report${n === 1 ? '' : 's'}.`),
    deleteAll: 'Delete all decisions',
    confirm: 'Delete every decision (confirmations, dismissals and their notes)? This cannot be undone.',
    deleted: (n: number) => `Deleted the decisions on ${n} report${n === 1 ? '' : 's'}.`,
    failed: (why: string) => `Not deleted: ${why}.`,
  },
} as const;

/** A paragraph with its web addresses as links (the contact line). */
function Linked({ text }: { text: string }) {
  return (
    <p>
      {text.split(/(https:\/\/\S+)/).map((part, i) =>
        i % 2 === 1 ? (
          <a key={part} href={part} target="_blank" rel="noopener noreferrer">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </p>
  );
}

/**
 * The privacy policy page (privacy.html, linked from the settings page): the policy text, and next to
 * "how to delete it" the ways to do so, the decisions deleted from here at once.
 */
export function Privacy({ lang, policy }: { lang: Lang; policy: PrivacyPolicy }) {
  const w = WORDS[lang];
  const [kept, setKept] = useState<number | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => void countReviewedReports().then(setKept, () => setKept(null)), []);

  const deleteAll = async () => {
    if (!confirm(w.confirm)) return;
    try {
      const n = await clearAllReviews();
      setMessage(w.deleted(n));
      setKept(0);
    } catch (err) {
      setMessage(w.failed(storageErrorText(storageError(err), lang)));
    }
  };

  return (
    <main>
      <h1>{policy.title}</h1>
      <p class="muted">{w.updated(policy.updated)}</p>
      {policy.sections.map((s) => (
        <section key={s.id} id={s.id} aria-labelledby={`h-${s.id}`}>
          <h2 id={`h-${s.id}`}>{s.heading}</h2>
          {s.paragraphs.map((p) => (
            <Linked key={p} text={p} />
          ))}
          {s.id === 'delete' && (
            <>
              <div class="actions">
                <a href="reports.html" target="_blank" rel="noopener">
                  {w.history}
                </a>
                <a href="options.html" target="_blank" rel="noopener">
                  {w.settings}
                </a>
              </div>
              <div class="actions">
                <button type="button" class="danger" disabled={kept === 0} onClick={() => void deleteAll()}>
                  {w.deleteAll}
                </button>
                <span class="muted">{kept === null ? '' : w.kept(kept)}</span>
              </div>
              <p role="status" aria-live="polite">
                {message}
              </p>
            </>
          )}
        </section>
      ))}
    </main>
  );
}
