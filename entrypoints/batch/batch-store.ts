import {
  type BatchItem,
  type BatchRow,
  pendingRow,
  batchRollUp,
  parsePastedLinks,
  type ReportLink,
  type BatchControl,
  MIN_INTERVAL_MS,
  runBatch,
} from '#lib/batch';
import type { ListLinksResponse } from '#lib/page';
import { originPattern } from '@/utils/origin-pattern';
import type { RowOcr } from './components/ResultGrid';
import type { Strings } from './strings';

/** A column longer than this many pages is left to the user to paste: a batch is for one unit's reports. */
const MAX_LIST_PAGES = 20;

export type Phase = 'idle' | 'running' | 'paused' | 'finished' | 'cancelled';

/** What the batch page shows: the links to check and which are chosen, the rows as checked, the run's phase. */
export interface BatchState {
  links: ReportLink[];
  selected: Set<string>;
  notice: string;
  /** the list page's address, against which pasted relative links are read */
  base: string | undefined;
  rows: BatchRow[];
  /** the addresses being fetched now */
  current: string[];
  phase: Phase;
  concurrency: number;
  /** the column's next page (下一页) not read yet */
  nextPage: string | null;
  /** 识别扫描件 on one scanned row at a time (OCR takes all of a core): its progress or how it ended */
  ocr: RowOcr | null;
}

/** What the store does through the browser and the network (entrypoints/batch/api.ts), handed in so it is tested without either. */
export interface BatchDeps {
  linksOfTab: (tabId: number) => Promise<ListLinksResponse | null>;
  requestOrigins: (urls: readonly string[]) => Promise<string[]>;
  checkUrl: (item: BatchItem, signal?: AbortSignal) => Promise<BatchRow>;
  withCrossYear: (rows: readonly BatchRow[]) => Promise<BatchRow[]>;
  ocrUrl: (item: BatchItem, options: { onPage: (n: number, of: number) => void; signal: AbortSignal }) => Promise<BatchRow>;
  fetchListPage: (url: string) => Promise<{ links: ReportLink[]; next: string | null } | null>;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  now: () => number;
}

/**
 * The batch page's state and what changes it, apart from the rendering: the links of a list page or
 * pasted ones, the column's further pages, the run (start, pause, resume, cancel; lib/batch/run-batch.ts),
 * then each report against last year's and the 汇总 roll-up, and 识别扫描件 on a scanned row.
 * `subscribe` is told of every change; `get` is the state now.
 */
export function createBatchStore(t: Strings, deps: BatchDeps) {
  let state: BatchState = {
    links: [],
    selected: new Set(),
    notice: '',
    base: undefined,
    rows: [],
    current: [],
    phase: 'idle',
    concurrency: 1,
    nextPage: null,
    ocr: null,
  };
  const listeners = new Set<() => void>();
  const set = (patch: Partial<BatchState>) => {
    state = { ...state, ...patch };
    for (const l of listeners) l();
  };
  let control: BatchControl | null = null;
  let abort: AbortController | null = null;
  let cancelOcr: AbortController | null = null;

  /** The report links of the list page in tab `tabId` (through its content script), all chosen. */
  const loadTab = async (tabId: number) => {
    const reply = await deps.linksOfTab(tabId);
    if (!reply) return set({ notice: t.noScript });
    set({
      base: reply.url,
      links: reply.links,
      selected: new Set(reply.links.map((l) => l.url)),
      nextPage: reply.next ?? null,
      notice: reply.links.length > 0 ? t.fromPage(reply.links.length, reply.title || reply.url) : t.noLinks,
    });
  };

  /** Pasted links (one a line, or a list page's HTML) added to the list, chosen; those listed already are not repeated. */
  const addPasted = (text: string) => {
    const fresh = parsePastedLinks(text, state.base).filter((l) => !state.links.some((x) => x.url === l.url));
    set({ links: [...state.links, ...fresh], selected: new Set([...state.selected, ...fresh.map((l) => l.url)]) });
  };

  /**
   * The column's following pages (下一页 after 下一页), read one after another with the batch's pacing,
   * at most 20: their report links join the list, chosen.
   */
  const readMorePages = async () => {
    let url = state.nextPage;
    let all = state.links;
    let read = 1;
    const picked = new Set(state.selected);
    for (let n = 0; url && n < MAX_LIST_PAGES; n++) {
      set({ notice: t.readingPages(read + 1) });
      const page = await deps.fetchListPage(url);
      if (!page) break;
      read++;
      const fresh = page.links.filter((l) => !all.some((x) => x.url === l.url));
      all = [...all, ...fresh];
      for (const l of fresh) picked.add(l.url);
      url = page.next;
      if (url) await deps.sleep(MIN_INTERVAL_MS);
    }
    set({ links: all, selected: picked, nextPage: url, notice: t.pagesRead(read, all.length) });
  };

  /** Checks the chosen links one after another (the hosts outside gov.cn asked for first, in the click), then across years. */
  const start = async () => {
    const chosen = state.links.filter((l) => state.selected.has(l.url));
    // first thing in the click: Chrome grants host permissions only during a user gesture
    const refused = await deps.requestOrigins(chosen.map((l) => l.url));
    if (refused.length > 0) set({ notice: `${t.permissionDenied} ${refused.join(' ')}` });
    const items = chosen.filter((l) => !refused.includes(originPattern(l.url))).map((l) => ({ url: l.url, linkText: l.text }));
    if (items.length === 0) return;
    const byUrl = new Map(items.map((i) => [i.url, i]));
    const stop = new AbortController();
    abort = stop;
    set({ rows: items.map(pendingRow), phase: 'running' });
    control = runBatch(items, (url, signal) => deps.checkUrl(byUrl.get(url) ?? { url, linkText: '' }, signal), deps.sleep, {
      concurrency: state.concurrency,
      signal: stop.signal,
      now: deps.now,
      onProgress: (p) => set({ rows: p.rows, current: p.current }),
    });
    const final = await control.done;
    set({ rows: final });
    // then each report against last year's, now that the history holds the whole batch, and the
    // governments' 汇总 against their areas' reports
    set({ rows: batchRollUp(await deps.withCrossYear(final)), current: [], phase: stop.signal.aborted ? 'cancelled' : 'finished' });
  };

  /** 识别扫描件 on a scanned row: downloaded again, read by OCR page by page (cancellable); the row becomes the report read. */
  const recognise = async (row: BatchRow) => {
    const stop = new AbortController();
    cancelOcr = stop;
    set({ ocr: { url: row.url, page: 0, of: 0 } });
    try {
      const read = await deps.ocrUrl(
        { url: row.url, linkText: row.linkText },
        { signal: stop.signal, onPage: (page, of) => set({ ocr: { url: row.url, page, of } }) },
      );
      set({ rows: state.rows.map((r) => (r.url === row.url ? read : r)), ocr: null });
    } catch (e) {
      const cancelled = stop.signal.aborted || (e as Error).name === 'ScanCancelled';
      set({ ocr: { url: row.url, message: cancelled ? t.ocrCancelled : t.ocrFailed(String((e as Error).message ?? e)) } });
    } finally {
      cancelOcr = null;
    }
  };

  return {
    get: (): BatchState => state,
    /** Calls `changed` after every change; returns the unsubscribe. */
    subscribe(changed: () => void): () => void {
      listeners.add(changed);
      return () => void listeners.delete(changed);
    },
    loadTab,
    addPasted,
    readMorePages,
    start,
    recognise,
    select: (selected: Set<string>) => set({ selected }),
    setConcurrency: (concurrency: number) => set({ concurrency }),
    pause: () => {
      control?.pause();
      set({ phase: 'paused' });
    },
    resume: () => {
      control?.resume();
      set({ phase: 'running' });
    },
    cancel: () => abort?.abort(),
    cancelOcr: () => cancelOcr?.abort(),
  };
}

export type BatchStore = ReturnType<typeof createBatchStore>;
