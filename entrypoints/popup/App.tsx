import { useEffect, useRef, useState } from 'preact/hooks';
import { ATTACHMENT_HREF } from '#lib/read';
import { useReviews } from '@/components/use-reviews';
import { AttachmentList } from './components/AttachmentList';
import { TableImagesButton } from './components/TableImagesButton';
import { EvidenceButton } from '@/components/EvidenceButton';
import { pageEvidence } from './page-evidence';
import type { GetReportResponse } from '#lib/page';
import {
  badgeVerdict,
  checkOnDemand,
  highlight,
  listedReports,
  openImagesViewer,
  openViewer,
  outlineFinding,
  requestReport,
  tabContentType,
  tabInfo,
  targetTab,
} from './api';
import { CrossYear } from './components/CrossYear';
import { BatchButton } from './components/BatchButton';
import { FindingList } from '@/components/FindingList';
import { ReportHeader } from '@/components/ReportHeader';
import { StatusView } from './components/StatusView';
import { TablesView } from '@/components/TablesView';
import { STRINGS, type Lang } from '@/components/strings';

type AppProps = { lang: Lang; search: string };
type Reply = GetReportResponse | { status: 'no-script' } | { status: 'refused' } | { status: 'loading' };

/** Outlines a finding's cells on the tab; what to announce. */
async function outlineOnTab(tabId: number, index: number, lang: Lang): Promise<string> {
  const r = await highlight(tabId, index);
  if (!r) return '';
  // cells the page does not show (a row it lacks, a figure in an attachment): say so rather than "0 outlined"
  if (r.outlined === 0) return lang === 'zh' ? '此项的单元格不在本页上，无法标出' : 'Its cells are not on this page: nothing to outline';
  return lang === 'zh' ? `已在页面上标出 ${r.outlined} 个单元格` : `${r.outlined} cells outlined on the page`;
}

/** Asks the page for its report and shows it; the popup never runs the checks itself. */
export function App({ lang, search }: AppProps) {
  const t = STRINGS[lang];
  const [tabId, setTabId] = useState<number | null>(null);
  const [reply, setReply] = useState<Reply>({ status: 'loading' });
  const [view, setView] = useState<'findings' | 'tables'>('findings');
  const [attachmentUrl, setAttachmentUrl] = useState<string | null>(null);
  const [incognito, setIncognito] = useState(false);
  const [listed, setListed] = useState(0);
  const selected = useRef<number | null>(null);
  const version = reply.status === 'ok' && reply.hash ? { url: reply.url, hash: reply.hash } : null;
  // the auditor's decisions on this version of the report, restored on every visit; each one saved has the
  // background count the toolbar badge again
  const review = useReviews(version?.url ?? null, version?.hash ?? null, () => void (tabId !== null && badgeVerdict(tabId)));

  useEffect(() => {
    void (async () => {
      const id = await targetTab(search);
      setTabId(id);
      const info = id === null ? { url: null, incognito: false } : await tabInfo(id);
      setIncognito(info.incognito);
      if (id === null) return setReply({ status: 'error', message: 'no tab' });
      // a tab showing a PDF: the browser's viewer is no report page, whatever a script in it would answer, so
      // the popup offers the attachment viewer and asks nothing. Where the type cannot be read, the address tells.
      const type = await tabContentType(id);
      const fileUrl = info.url && /^(https?|file):/i.test(info.url) ? info.url : null;
      const attachment = fileUrl && (type === 'application/pdf' || (type === null && ATTACHMENT_HREF.test(fileUrl))) ? fileUrl : null;
      setAttachmentUrl(attachment);
      const first = type === 'application/pdf' && attachment ? { status: 'no-script' as const } : await requestReport(id, false, info.url);
      // a page that is no report may be the 年报 column listing them (the checker answering it is on the page now)
      if (first.status === 'not-a-report') setListed(await listedReports(id));
      setReply(first);
    })();
  }, [search]);

  // the viewer opens in a tab of its own; the popup has done its part
  const checkAttachmentOf = (href: string) => void openViewer(href).then(() => window.close());

  const run = async (how: 'force' | 'inject') => {
    if (tabId === null) return;
    setReply({ status: 'loading' });
    try {
      setReply(how === 'inject' ? await checkOnDemand(tabId) : await requestReport(tabId, true));
    } catch (err) {
      setReply({ status: 'error', message: String(err) });
    }
  };

  if (reply.status !== 'ok')
    return (
      <>
        <StatusView
          t={t}
          reply={reply}
          onForce={() => void run('force')}
          onInject={() => void run('inject')}
          onAttachment={checkAttachmentOf}
          attachmentUrl={attachmentUrl}
          listed={listed}
          batch={<BatchButton lang={lang} tabId={tabId} primary />}
        />
        {(reply.status === 'not-a-report' && listed < 2) || reply.status === 'no-script' ? <BatchButton lang={lang} tabId={tabId} /> : null}
      </>
    );
  return (
    <main>
      <ReportHeader t={t} lang={lang} report={reply.report} findings={reply.report.findings} reviews={review?.reviews} />
      <AttachmentList t={t} attachments={reply.attachments ?? []} onCheck={checkAttachmentOf} />
      <TableImagesButton
        lang={lang}
        images={reply.images ?? []}
        onRead={(images) => void openImagesViewer(reply.url, reply.report.title, images).then(() => window.close())}
      />
      {/* a report came from a tab: tabId is set */}
      {version && tabId !== null && (
        <EvidenceButton
          lang={lang}
          make={() => pageEvidence({ tabId, ...version, report: reply.report, findings: reply.report.findings, selected: selected.current, lang })}
        />
      )}
      <div role="tablist" class="tabs" aria-label={t.findings}>
        {(['findings', 'tables'] as const).map((v) => (
          <button key={v} role="tab" type="button" id={`tab-${v}`} aria-selected={view === v} aria-controls={`panel-${v}`} onClick={() => setView(v)}>
            {v === 'findings'
              ? lang === 'zh'
                ? `${t.findings}（${reply.report.findings.length}）`
                : `${t.findings} (${reply.report.findings.length})`
              : t.tables}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`}>
        {view === 'findings' ? (
          <FindingList
            t={t}
            lang={lang}
            outline={(i) => (tabId === null ? Promise.resolve('') : outlineOnTab(tabId, i, lang))}
            report={reply.report}
            findings={reply.report.findings}
            review={review}
            onSelected={(i) => (selected.current = i)}
          />
        ) : (
          <TablesView t={t} report={reply.report} findings={reply.report.findings} />
        )}
      </section>
      <CrossYear
        lang={lang}
        url={reply.url}
        report={reply.report}
        narrative={reply.narrative}
        hash={reply.hash}
        onOutline={(f) => void (tabId !== null && outlineFinding(tabId, f))}
        incognito={incognito}
      />
    </main>
  );
}
