import { publicationChange, publicationChangedFinding, publicationConflictFinding, publicationConflicts } from '#lib/history';
import type { HistoryRecord, Lang } from '#lib/model';
import { renderFinding } from '#lib/report';
import type { Strings } from '../strings';

type PublicationIntegrityProps = { t: Strings; lang: Lang; records: readonly HistoryRecord[] };

/**
 * Reports changed since an earlier check of the same address (what changed), and the same agency and
 * year under two addresses with different figures; nothing when there is neither.
 */
export function PublicationIntegrity({ t, lang, records }: PublicationIntegrityProps) {
  const changes = records.flatMap((r) => {
    const c = publicationChange(records, r);
    return c ? [{ id: r.id, url: r.url, title: r.title ?? r.url, text: renderFinding(publicationChangedFinding(c), lang), severity: 'info' }] : [];
  });
  const conflicts = publicationConflicts(records).map((c) => ({
    id: `${c.a.url} ${c.b.url}`,
    url: c.a.url,
    title: c.a.title ?? c.a.url,
    text: renderFinding(publicationConflictFinding(c, 'a'), lang),
    severity: 'warning',
  }));
  const all = [...conflicts, ...changes];
  if (all.length === 0) return null;
  return (
    <section class="integrity" aria-labelledby="integrity-heading" data-testid="integrity">
      <h2 id="integrity-heading">{t.integrity}</h2>
      <ul>
        {all.map((x) => (
          <li key={x.id} class={`finding ${x.severity}`}>
            <a href={x.url} target="_blank" rel="noopener noreferrer">
              {x.title}
            </a>
            ：{x.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
