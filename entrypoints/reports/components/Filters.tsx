import { type HistoryRecord, type Verdict, VERDICTS } from '#lib/model';
import type { RecordFilter } from '#lib/history';
import type { Strings } from '../strings';

type FiltersProps = { t: Strings; records: HistoryRecord[]; filter: RecordFilter; onChange: (f: RecordFilter) => void };

/** Agency text, year and verdict filters; the year list offers the years in the history. */
export function Filters({ t, records, filter, onChange }: FiltersProps) {
  const years = [...new Set(records.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => b - a);
  return (
    // biome-ignore lint/a11y/useSemanticElements: form role=search is the landmark every screen reader knows; <search> is too new for Firefox ESR 115
    <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <label>
        {t.agency}
        <input
          type="search"
          name="agency"
          placeholder={t.filterAgency}
          value={filter.agency}
          onInput={(e) => onChange({ ...filter, agency: e.currentTarget.value })}
        />
      </label>
      <label>
        {t.year}
        <select
          name="year"
          value={filter.year === null ? '' : String(filter.year)}
          onChange={(e) => onChange({ ...filter, year: e.currentTarget.value === '' ? null : Number(e.currentTarget.value) })}
        >
          <option value="">{t.allYears}</option>
          {years.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.verdict}
        <select
          name="verdict"
          value={filter.verdict ?? ''}
          onChange={(e) => onChange({ ...filter, verdict: e.currentTarget.value === '' ? null : (e.currentTarget.value as Verdict) })}
        >
          <option value="">{t.allVerdicts}</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {t.verdicts[v]}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
