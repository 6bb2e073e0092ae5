import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { BenchmarkView } from '@/components/BenchmarkView';
import type { Cohort } from '#lib/benchmark';
import { loadCohortCorrections, saveCohortCorrection } from '@/utils/cohort-corrections';
import { pendingRow, type BatchRow, batchRollUp, parsePastedLinks, type ReportLink, MIN_INTERVAL_MS, runBatch, type BatchControl } from '#lib/batch';
import { originPattern } from '@/utils/origin-pattern';
import { checkUrl, fetchListPage, linksOfTab, ocrUrl, requestOrigins, sleep, tabFromSearch, withCrossYear } from './api';
import { ExportBar } from './components/ExportBar';
import { LinkList } from './components/LinkList';
import { ProgressBar } from './components/ProgressBar';
import { ResultGrid, type RowOcr } from './components/ResultGrid';
import { STRINGS, type Lang } from './strings';

/** A column longer than this many pages is left to the user to paste: a batch is for one unit's reports. */
const MAX_LIST_PAGES = 20;

type Phase = 'idle' | 'running' | 'paused' | 'finished' | 'cancelled';
type Props = { lang: Lang; search: string };

/**
 * The batch page: the report links of a list page (`?tab=<id>`, through its content script) or pasted
 * ones; checked one after another from this extension page (lib/batch/run-batch.ts), with the grid,
 * the progress and the exports.
 */
export function BatchApp({ lang, search }: Props) {
  const t = STRINGS[lang];
  const [links, setLinks] = useState<ReportLink[]>([]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<string>('');
  const [pasted, setPasted] = useState('');
  const [base, setBase] = useState<string | undefined>(undefined);
  const [rows, setRows] = useState<BatchRow[]>([]);
  const [current, setCurrent] = useState<string[]>([]);
  const [phase, setPhase] = useState<Phase>('idle');
  const [concurrency, setConcurrency] = useState(1);
  const [nextPage, setNextPage] = useState<string | null>(null);
  const [showBench, setShowBench] = useState(false);
  const [corrections, setCorrections] = useState<ReadonlyMap<string, Cohort>>(new Map());
  const control = useRef<BatchControl | null>(null);
  const abort = useRef<AbortController | null>(null);
  // 识别扫描件 on one scanned row at a time (OCR takes all of a core): its progress and its cancel
  const [ocr, setOcr] = useState<RowOcr | null>(null);
  const cancelOcr = useRef<AbortController | null>(null);

  useEffect(() => void loadCohortCorrections().then(setCorrections), []);
  // the checked reports, for the 对标: the same objects while the rows do not change, so it is computed once
  const benchInputs = useMemo(() => rows.flatMap((r) => (r.status === 'done' && r.report?.detected ? [{ url: r.url, report: r.report }] : [])), [rows]);
  const correct = (key: string, cohort: Cohort | null) => void saveCohortCorrection(key, cohort).then(setCorrections, () => undefined);

  useEffect(() => {
    const tab = tabFromSearch(search);
    if (tab === null) return;
    void linksOfTab(tab).then((reply) => {
      if (!reply) return setNotice(t.noScript);
      setBase(reply.url);
      setLinks(reply.links);
      setSelected(new Set(reply.links.map((l) => l.url)));
      setNextPage(reply.next ?? null);
      setNotice(reply.links.length > 0 ? t.fromPage(reply.links.length, reply.title || reply.url) : t.noLinks);
    });
  }, [search]);

  const addPasted = () => {
    const fresh = parsePastedLinks(pasted, base).filter((l) => !links.some((x) => x.url === l.url));
    setLinks([...links, ...fresh]);
    setSelected(new Set([...selected, ...fresh.map((l) => l.url)]));
    setPasted('');
  };

  /**
   * The column's following pages (下一页 after 下一页), read one after another with the batch's pacing,
   * at most 20: their report links join the list, selected.
   */
  const readMorePages = async () => {
    let url = nextPage;
    let all = links;
    let read = 1;
    const picked = new Set(selected);
    for (let n = 0; url && n < MAX_LIST_PAGES; n++) {
      setNotice(t.readingPages(read + 1));
      const page = await fetchListPage(url);
      if (!page) break;
      read++;
      const fresh = page.links.filter((l) => !all.some((x) => x.url === l.url));
      all = [...all, ...fresh];
      for (const l of fresh) picked.add(l.url);
      url = page.next;
      if (url) await sleep(MIN_INTERVAL_MS);
    }
    setLinks(all);
    setSelected(picked);
    setNextPage(url);
    setNotice(t.pagesRead(read, all.length));
  };

  const start = async () => {
    const chosen = links.filter((l) => selected.has(l.url));
    // first thing in the click: Chrome grants host permissions only during a user gesture
    const refused = await requestOrigins(chosen.map((l) => l.url));
    if (refused.length > 0) setNotice(`${t.permissionDenied} ${refused.join(' ')}`);
    const items = chosen.filter((l) => !refused.includes(originPattern(l.url))).map((l) => ({ url: l.url, linkText: l.text }));
    if (items.length === 0) return;
    const byUrl = new Map(items.map((i) => [i.url, i]));
    abort.current = new AbortController();
    setRows(items.map(pendingRow));
    setPhase('running');
    control.current = runBatch(items, (url, signal) => checkUrl(byUrl.get(url)!, signal), sleep, {
      concurrency,
      signal: abort.current.signal,
      now: () => performance.now(),
      onProgress: (p) => {
        setRows(p.rows);
        setCurrent(p.current);
      },
    });
    const final = await control.current.done;
    setRows(final);
    // then each report against last year's, now that the history holds the whole batch, and the
    // governments' 汇总 against their areas' reports
    setRows(batchRollUp(await withCrossYear(final)));
    setCurrent([]);
    setPhase(abort.current.signal.aborted ? 'cancelled' : 'finished');
  };

  /** 识别扫描件 on a scanned row: downloaded again, read by OCR here page by page (cancellable); the row becomes the report read. */
  const recognise = async (row: BatchRow) => {
    const item = { url: row.url, linkText: row.linkText };
    const stop = new AbortController();
    cancelOcr.current = stop;
    setOcr({ url: row.url, page: 0, of: 0 });
    try {
      const read = await ocrUrl(item, { signal: stop.signal, onPage: (page, of) => setOcr({ url: row.url, page, of }) });
      setRows((now) => now.map((r) => (r.url === row.url ? read : r)));
      setOcr(null);
    } catch (e) {
      const cancelled = stop.signal.aborted || (e as Error).name === 'ScanCancelled';
      setOcr({ url: row.url, message: cancelled ? t.ocrCancelled : t.ocrFailed(String((e as Error).message ?? e)) });
    } finally {
      cancelOcr.current = null;
    }
  };

  const pause = () => (control.current?.pause(), setPhase('paused'));
  const resume = () => (control.current?.resume(), setPhase('running'));
  const cancel = () => abort.current?.abort();
  const busy = phase === 'running' || phase === 'paused';
  const unsaved = rows.filter((r) => r.historyError);
  const stateText = { idle: '', running: '', paused: t.paused, finished: t.finished, cancelled: t.cancelled }[phase];

  return (
    <main>
      <h1>{t.title}</h1>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      {unsaved.length > 0 && (
        <p class="notice" role="alert">
          {t.notSaved(unsaved.length, unsaved[0]!.historyError![lang])}
        </p>
      )}
      {nextPage && (
        <p>
          <button type="button" disabled={busy} onClick={() => void readMorePages()}>
            {t.morePages}
          </button>
        </p>
      )}
      <details open={!busy && rows.length === 0} class="source">
        <summary>{t.selected(selected.size, links.length)}</summary>
        <LinkList t={t} links={links} selected={selected} disabled={busy} onChange={setSelected} />
        <label class="paste">
          <span>{t.pasteLabel}</span>
          <textarea rows={4} value={pasted} disabled={busy} onInput={(e) => setPasted((e.target as HTMLTextAreaElement).value)} />
        </label>
        <button type="button" disabled={busy || !pasted.trim()} onClick={addPasted}>
          {t.addPasted}
        </button>
      </details>
      <div class="actions controls">
        <button type="button" class="primary" disabled={busy || selected.size === 0} onClick={() => void start()}>
          {t.start}
        </button>
        {phase === 'paused' ? (
          <button type="button" onClick={resume}>
            {t.resume}
          </button>
        ) : (
          <button type="button" disabled={phase !== 'running'} onClick={pause}>
            {t.pause}
          </button>
        )}
        <button type="button" disabled={!busy} onClick={cancel}>
          {t.cancel}
        </button>
        <label class="muted">
          {t.concurrency}{' '}
          <select value={String(concurrency)} disabled={busy} onChange={(e) => setConcurrency(Number((e.target as HTMLSelectElement).value))}>
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
          <ProgressBar t={t} rows={rows} current={current} state={stateText} />
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
            {...(busy ? {} : { ocr: { state: ocr, start: (r: BatchRow) => void recognise(r), cancel: () => cancelOcr.current?.abort() } })}
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
