import type { ReportLink } from '#lib/batch';
import type { Strings } from '../strings';

type Props = { t: Strings; links: readonly ReportLink[]; selected: ReadonlySet<string>; disabled: boolean; onChange(selected: Set<string>): void };

/** The links found or pasted, each with a checkbox; all selected at first. */
export function LinkList({ t, links, selected, disabled, onChange }: Props) {
  const toggle = (url: string) => {
    const next = new Set(selected);
    if (next.has(url)) next.delete(url);
    else next.add(url);
    onChange(next);
  };
  return (
    <section class="links" aria-label={t.selected(selected.size, links.length)}>
      <div class="actions">
        <button type="button" disabled={disabled} onClick={() => onChange(new Set(links.map((l) => l.url)))}>
          {t.selectAll}
        </button>
        <button type="button" disabled={disabled} onClick={() => onChange(new Set())}>
          {t.selectNone}
        </button>
        <span class="muted">{t.selected(selected.size, links.length)}</span>
      </div>
      <ol class="link-list">
        {links.map((l) => (
          <li key={l.url}>
            <label>
              <input type="checkbox" checked={selected.has(l.url)} disabled={disabled} onChange={() => toggle(l.url)} />
              <span class="text">{l.text || l.url}</span>
              {l.attachment ? <span class="tag">{/\.([a-z]+)(?:$|[?#])/i.exec(l.url)?.[1]?.toUpperCase()}</span> : null}
              <span class="url">{l.url}</span>
            </label>
          </li>
        ))}
      </ol>
    </section>
  );
}
