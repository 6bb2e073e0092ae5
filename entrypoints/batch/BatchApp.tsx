import { useEffect, useMemo, useState } from 'preact/hooks';
import { BenchmarkView } from '@/components/BenchmarkView';
import type { BatchRow, Cohort } from '#lib/batch';
import { storageErrorText } from '#lib/history';
import { loadCohortCorrections, saveCohortCorrection } from '@/utils/cohort-corrections';
import { useStore } from '@/components/use-store';
import { createBatchStore } from './batch-store';
import { checkUrl, fetchListPage, linksOfTab, ocrUrl, requestOrigins, sleep, tabFromSearch, withCrossYear } from './api';
import { ExportBar } from './components/ExportBar';
import { LinkList } from './components/LinkList';
import { ProgressBar } from './components/ProgressBar';
import { ResultGrid } from './components/ResultGrid';
import { STRINGS, type Lang } from './strings';
import { useKeptReviews } from '@/components/use-kept-reviews';
import { reviewLookup } from '#lib/export';

type Props = { lang: Lang; search: string };

/**
 * The batch page: the report links of a list page (`?tab=<id>`, through its content script) or pasted
 * ones; checked one after another from this extension page (lib/batch/run-batch.ts), with the grid,
 * the progress and the exports. Its state and what changes it are the store's (batch-store.ts).
 */
export function BatchApp({ lang, search }: Props) {
  const t = STRINGS[lang];
  const store = useMemo(
    () => createBatchStore(t, { linksOfTab, requestOrigins, checkUrl, withCrossYear, ocrUrl, fetchListPage, sleep, now: () => performance.now() }),
    [t],
  );
  const { links, selected, notice, rows, current, phase, concurrency, nextPage, ocr } = useStore(store);
  const [pasted, setPasted] = useState('');
  const [showBench, setShowBench] = useState(false);
  const [corrections, setCorrections] = useState<ReadonlyMap<string, Cohort>>(new Map());

  useEffect(() => void loadCohortCorrections().then(setCorrections), []);
  // the checked reports, for the 对标: the same objects while the rows do not change, so it is computed once
  const benchInputs = useMemo(() => rows.flatMap((r) => (r.status === 'done' && r.report?.detected ? [{ url: r.url, report: r.report }] : [])), [rows]);
  // the auditor's decisions on the rows' report versions (made in the popup or the viewer), read again when
  // one changes: the grid's verdicts and counts are those after them, as the popup's
  const reviewsOf = useKeptReviews(rows.flatMap((r) => (r.hash ? [{ url: r.url, hash: r.hash }] : [])));
  const review = reviewLookup((r) => (r.hash ? reviewsOf({ url: r.url, hash: r.hash }) : undefined), lang);
  const correct = (key: string, cohort: Cohort | null) => void saveCohortCorrection(key, cohort).then(setCorrections, () => undefined);

  useEffect(() => {
    const tab = tabFromSearch(search);
    if (tab !== null) void store.loadTab(tab);
  }, [search, store]);

  const addPasted = () => {
    store.addPasted(pasted);
    setPasted('');
  };

  const busy = phase === 'running' || phase === 'paused';
  const unsaved = rows.filter((r) => r.historyError);
  const firstUnsaved = unsaved[0]?.historyError;
  const stateText = { idle: '', running: '', paused: t.paused, finished: t.finished, cancelled: t.cancelled }[phase];

  return (
    <main>
      <h1>{t.title}</h1>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      {firstUnsaved && (
        <p class="notice" role="alert">
          {t.notSaved(unsaved.length, storageErrorText(firstUnsaved, lang))}
        </p>
      )}
      {nextPage && (
        <p>
          <button type="button" disabled={busy} onClick={() => void store.readMorePages()}>
            {t.morePages}
          </button>
        </p>
      )}
      <details open={!busy && rows.length === 0} class="source">
        <summary>{t.selected(selected.size, links.length)}</summary>
        <LinkList t={t} links={links} selected={selected} disabled={busy} onChange={store.select} />
        <label class="paste">
          <span>{t.pasteLabel}</span>
          <textarea rows={4} value={pasted} disabled={busy} onInput={(e) => setPasted((e.target as HTMLTextAreaElement).value)} />
        </label>
        <button type="button" disabled={busy || !pasted.trim()} onClick={addPasted}>
          {t.addPasted}
        </button>
      </details>
      <div class="actions controls">
        <button type="button" class="primary" disabled={busy || selected.size === 0} onClick={() => void store.start()}>
          {t.start}
        </button>
        {phase === 'paused' ? (
          <button type="button" onClick={store.resume}>
            {t.resume}
          </button>
        ) : (
          <button type="button" disabled={phase !== 'running'} onClick={store.pause}>
            {t.pause}
          </button>
        )}
        <button type="button" disabled={!busy} onClick={store.cancel}>
          {t.cancel}
        </button>
        <label class="muted">
          {t.concurrency}{' '}
          <select value={String(concurrency)} disabled={busy} onChange={(e) => store.setConcurrency(Number((e.target as HTMLSelectElement).value))}>
            {[1, 2, 3].map((n) => (
              <option key={n} value={String(n)}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <span class="muted hint">{t.politeness}</span>
      </div>
      {rows.length > 0 ? (
        <>
          <ProgressBar t={t} rows={rows} current={current} state={stateText} review={review} />
          <ExportBar
            t={t}
            lang={lang}
            rows={rows}
            benchmark={{ inputs: benchInputs, corrections }}
            disabled={!rows.some((r) => r.status === 'done' || r.status === 'failed')}
          />
          <ResultGrid
            t={t}
            lang={lang}
            rows={rows}
            review={review}
            {...(busy ? {} : { ocr: { state: ocr, start: (r: BatchRow) => void store.recognise(r), cancel: store.cancelOcr } })}
          />
          <h2>
            <button type="button" class="disclosure" aria-expanded={showBench} disabled={benchInputs.length === 0} onClick={() => setShowBench(!showBench)}>
              {t.benchmark}
            </button>
          </h2>
          {showBench && <BenchmarkView lang={lang} inputs={benchInputs} corrections={corrections} onCorrect={correct} />}
        </>
      ) : null}
    </main>
  );
}
