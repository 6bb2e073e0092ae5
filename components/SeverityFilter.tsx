import type { Severity } from '#lib/model';
import type { Strings } from './strings';

type SeverityFilterProps = {
  t: Strings;
  counts: Record<Severity, number>;
  shown: readonly Severity[];
  onChange: (shown: Severity[]) => void;
};

const ORDER: Severity[] = ['error', 'warning', 'info'];

/** Which severities the list shows: one checkbox each, with its count (devtools' issues panel, Lighthouse's filter). */
export function SeverityFilter({ t, counts, shown, onChange }: SeverityFilterProps) {
  const toggle = (s: Severity) => onChange(ORDER.filter((x) => (x === s ? !shown.includes(s) : shown.includes(x))));
  return (
    <fieldset class="severity-filter">
      <legend>{t.show}</legend>
      {ORDER.map((s) => (
        <label key={s} class={`sev-${s}`}>
          <input type="checkbox" checked={shown.includes(s)} onChange={() => toggle(s)} />
          {t.severity[s]} {counts[s]}
        </label>
      ))}
    </fieldset>
  );
}
