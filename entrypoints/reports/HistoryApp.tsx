import { downloadText } from '@/utils/download';
import { historyFileName } from '#lib/export';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { BenchmarkView } from '@/components/BenchmarkView';
import type { Cohort } from '#lib/batch';
import type { HistoryRecord } from '#lib/model';
import { compareCheckedAt, filterRecords, type RecordFilter, rejectionText, storageError, storageErrorText } from '#lib/history';
import { loadCohortCorrections, saveCohortCorrection } from '@/utils/cohort-corrections';
import { clearHistory, deleteRecord, exportRecords, historyUsage, importRecords, listRecords } from '@/utils/history-db';
import { Filters } from './components/Filters';
import { HistoryTable } from './components/HistoryTable';
import { Storage } from './components/Storage';
import { YearOnYear } from './components/YearOnYear';
import { PublicationIntegrity } from './components/PublicationIntegrity';
import { RectificationList } from './components/RectificationList';
import { useKeptReviews } from '@/components/use-kept-reviews';
import { recordVerdict } from '#lib/report';
import { STRINGS, type Lang } from './strings';

type Usage = { bytes: number; limit: number; count: number };

/** The history page: every report checked, filters, one agency's years side by side, export/import/clear. */
export function HistoryApp({ lang }: { lang: Lang }) {
  const t = STRINGS[lang];
  const [records, setRecords] = useState<HistoryRecord[] | null>(null);
  const [usage, setUsage] = useState<Usage | null>(null);
  const [filter, setFilter] = useState<RecordFilter>({ agency: '', year: null, verdict: null });
  const [agency, setAgency] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [showBench, setShowBench] = useState(false);
  const [corrections, setCorrections] = useState<ReadonlyMap<string, Cohort>>(new Map());
  useEffect(() => void loadCohortCorrections().then(setCorrections), []);

  /** Reads the history afresh; false when it could not be read (the page then says why). */
  const reload = async (): Promise<boolean> => {
    try {
      setRecords(await listRecords());
      setUsage(await historyUsage());
      return true;
    } catch (err) {
      setMessage(t.unavailable + String(err));
      setRecords([]);
      return false;
    }
  };
  useEffect(() => void reload(), []);

  const download = async () => downloadText(await exportRecords(), historyFileName(lang, new Date()), 'application/json');

  const upload = async (file: File) => {
    // the last import's outcome must not stand beside this one's
    setMessage('');
    let said: string;
    try {
      const { added, rejected, dropped, refused } = await importRecords(await file.text());
      said = [
        t.imported(added, rejected.length),
        ...rejected.slice(0, 5).map((r) => `#${r.index + 1}${r.id ? ` ${r.id}` : ''}: ${rejectionText(r.problem, lang)}`),
        refused.length > 0 ? t.refused(refused.length) : '',
        dropped.length > 0 ? t.dropped(dropped.length) : '',
      ]
        .filter(Boolean)
        .join('\n');
    } catch (err) {
      said = t.importFailed(storageErrorText(storageError(err), lang));
    }
    // said once the list is read again, as a write's outcome is (attempt): "imported" above the rows it added
    if (await reload()) setMessage(said);
  };

  /**
   * A write to the history that, failing, says why on the page rather than in the console. `done` is said
   * only once the list is read again: "cleared" must not stand above the rows it cleared.
   */
  const attempt = async (write: () => Promise<void>, done?: string) => {
    let written = true;
    try {
      await write();
    } catch (err) {
      written = false;
      setMessage(t.writeFailed(storageErrorText(storageError(err), lang)));
    }
    if ((await reload()) && written && done) setMessage(done);
  };

  const clear = async () => {
    if (!confirm(t.confirmClear)) return;
    await attempt(async () => {
      await clearHistory();
      setAgency(null);
    }, t.cleared);
  };

  const remove = (id: string) => attempt(() => deleteRecord(id));

  // the auditor's decisions (made in the popup or the viewer) on each record's report version: the verdicts
  // listed and filtered by are those after them, as the popup says them
  const reviewsOf = useKeptReviews(records ?? []);
  const verdictOf = (r: HistoryRecord) => recordVerdict(r.report, reviewsOf(r));
  const shown = records ? filterRecords(records, filter, (r) => verdictOf(r).kind) : [];
  // the 对标 of the reports shown: the newest check of each address (an edited report counts once, as it is now)
  const benchInputs = useMemo(() => {
    const newest = new Map<string, HistoryRecord>();
    for (const r of shown) {
      const seen = newest.get(r.url);
      if (!seen || compareCheckedAt(r, seen) > 0) newest.set(r.url, r);
    }
    return [...newest.values()].map((r) => ({ url: r.url, report: r.report }));
  }, [records, filter]);
  const correct = (key: string, cohort: Cohort | null) => void saveCohortCorrection(key, cohort).then(setCorrections, () => undefined);
  return (
    <main>
      <h1>{t.title}</h1>
      <p class="muted">{t.intro}</p>
      <Storage t={t} usage={usage} onExport={() => void download()} onImport={(f) => void upload(f)} onClear={() => void clear()} />
      <p class="message" role="status" aria-live="polite">
        {message}
      </p>
      {records && records.length === 0 && <p>{t.empty}</p>}
      {records && records.length > 0 && (
        <>
          <Filters t={t} records={records} filter={filter} onChange={setFilter} />
          <p class="muted" id="shown">
            {t.shown(shown.length, records.length)}
          </p>
          <HistoryTable t={t} lang={lang} records={shown} verdictOf={verdictOf} onAgency={setAgency} onDelete={(id) => void remove(id)} />
          <PublicationIntegrity t={t} lang={lang} records={shown} />
          <h2>
            <button type="button" class="disclosure" aria-expanded={showBench} onClick={() => setShowBench(!showBench)}>
              {t.benchmark}
            </button>
          </h2>
          {showBench && <BenchmarkView lang={lang} inputs={benchInputs} corrections={corrections} onCorrect={correct} />}
          <h2>{t.rectification}</h2>
          <RectificationList t={t} lang={lang} records={records} />
        </>
      )}
      {agency && records && <YearOnYear t={t} lang={lang} records={records} verdictOf={verdictOf} agency={agency} onClose={() => setAgency(null)} />}
    </main>
  );
}
