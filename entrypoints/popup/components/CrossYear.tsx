import { useEffect, useState } from 'preact/hooks';
import { canonicalReport, renderFinding, SEVERITY_WORDS } from '#lib/report';
import { type Finding, type HistoryRecord, type Lang, type PublicReport, reportHash } from '#lib/model';
import { runCrossYear } from '#lib/check';
import { historyNotices, type StorageError, storageErrorText } from '#lib/history';
import { previousRecord } from '@/utils/history-db';
import { type HistorySave, keepInHistory } from '@/utils/history-writer';

const STRINGS = {
  zh: {
    heading: '跨年度核对（与上年报告）',
    none: (agency: string, year: number) => `历史记录中没有${agency}${year}年的报告；打开上年报告页面并查看核查结果后，即可在此对照。`,
    noKey: '报告的机关或年度未能识别，无法查找上年报告。',
    same: (title: string) => `与上年报告（${title}）对照，未发现问题。`,
    against: (title: string) => `对照上年报告：${title}`,
    ...historyNotices('zh', 'report'),
    history: '查看历史记录',
  },
  en: {
    heading: 'Against last year’s report',
    none: (agency: string, year: number) =>
      `No ${year} report of ${agency} in the history: open last year’s report page and view its check, then it is compared here.`,
    noKey: 'The agency or year of this report could not be read, so last year’s report cannot be looked up.',
    same: (title: string) => `Compared with last year’s report (${title}): nothing to report.`,
    against: (title: string) => `Compared with: ${title}`,
    ...historyNotices('en', 'report'),
    history: 'Open the history',
  },
} as const;

const ICON = { error: '✖', warning: '▲', info: 'ℹ' } as const;

type CrossYearProps = {
  lang: Lang;
  url: string;
  report: PublicReport;
  narrative?: string[];
  hash?: string;
  onOutline?: (finding: Finding) => void;
  incognito?: boolean;
};
type Saved = HistorySave;
type State =
  | { status: 'loading' }
  | { status: 'unavailable'; error: StorageError | null }
  | ({ status: 'done'; previous: HistoryRecord | null; findings: Finding[] } & Saved);

/**
 * Records the report shown in the local history, then checks it against last year's report of the same
 * agency from that history (X-1…X-3) and lists those findings as their own group. Without IndexedDB
 * (a private window that forbids it) it shows only the link to the history page.
 */
export function CrossYear({ lang, url, report, narrative, hash, onOutline, incognito = false }: CrossYearProps) {
  const t = STRINGS[lang];
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    void (async () => {
      let saved: Saved = { dropped: 0, refused: false, error: null };
      try {
        // a page checked on request that is not a report is not history
        if (!report.detected) return void (live && setState({ status: 'unavailable', error: null }));
        const lines = narrative ?? [];
        // the page sends its content hash; an older content script does not, and this one is its stand-in
        const input = { url, report: canonicalReport(report), narrative: lines, hash: hash ?? reportHash(report, lines), checkedAt: new Date().toISOString() };
        // a private window's report is compared with the history but not added to it; the background keeps
        // it (the history's one writer), a failure (a full store, a database held by another page) is shown
        if (!incognito) saved = await keepInHistory(input);
        const previous = await previousRecord(report);
        if (live) setState({ status: 'done', previous, findings: previous ? runCrossYear({ report, narrative: lines }, previous) : [], ...saved });
      } catch {
        if (live) setState({ status: 'unavailable', error: saved.error });
      }
    })();
    return () => {
      live = false;
    };
  }, [url, report, narrative, hash]);

  const link = (
    <a class="history-link" href="reports.html" target="_blank" rel="noopener">
      {t.history}
    </a>
  );
  const notSaved = (error: StorageError | null) =>
    error && (
      <p class="notice" role="alert">
        {t.notSaved(storageErrorText(error, lang))}
      </p>
    );
  if (state.status !== 'done')
    return (
      <section class="cross-year">
        {state.status === 'unavailable' && (
          <>
            {notSaved(state.error)}
            {link}
          </>
        )}
      </section>
    );
  const { previous, findings, dropped, refused, error } = state;
  const title = previous ? (previous.title ?? previous.url) : '';
  return (
    <section class="cross-year" aria-labelledby="cross-year-heading">
      <h2 id="cross-year-heading">{t.heading}</h2>
      {!previous && <p class="muted">{report.agency && report.year !== null ? t.none(report.agency, report.year - 1) : t.noKey}</p>}
      {previous && findings.length === 0 && <p class="muted">{t.same(title)}</p>}
      {previous && findings.length > 0 && (
        <>
          <p class="muted">{t.against(title)}</p>
          <ul>
            {findings.map((f, i) => (
              <li key={i}>
                {/* a button when it names this year's cells: a click outlines them on the page */}
                <button
                  type="button"
                  class={`finding ${f.severity}`}
                  data-rule={f.rule}
                  disabled={!onOutline || f.cells.length === 0}
                  onClick={() => onOutline?.(f)}
                >
                  <span class="sev">
                    <span aria-hidden="true">{ICON[f.severity]} </span>
                    {SEVERITY_WORDS[lang][f.severity]}
                    <code>{f.rule}</code>
                  </span>
                  <span class="msg">{renderFinding(f, lang)}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {dropped > 0 && <p class="notice">{t.dropped(dropped)}</p>}
      {refused && <p class="notice">{t.refused}</p>}
      {notSaved(error)}
      <p>{link}</p>
    </section>
  );
}
