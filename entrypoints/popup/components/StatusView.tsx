import type { ComponentChildren } from 'preact';
import type { GetReportResponse } from '#lib/page';
import type { Strings } from '@/components/strings';
import { AttachmentList } from './AttachmentList';

type StatusViewProps = {
  t: Strings;
  reply: Exclude<GetReportResponse, { status: 'ok' }> | { status: 'no-script' } | { status: 'refused' } | { status: 'loading' };
  onForce: () => void;
  onInject: () => void;
  /** opens the attachment viewer on a link */
  onAttachment: (href: string) => void;
  /** the tab's own address when it is a PDF or Word file (where no content script runs) */
  attachmentUrl: string | null;
  /** the annual reports a 年报 column page lists (0 on any other page) */
  listed?: number;
  /** the batch button, first on a list page, where it is the thing to do */
  batch?: ComponentChildren;
};

/** Every state that is not a readable report: loading, no content script, not a report, an error. */
export function StatusView({ t, reply, onForce, onInject, onAttachment, attachmentUrl, listed = 0, batch }: StatusViewProps) {
  return (
    <main class="status" aria-live="polite">
      {reply.status === 'loading' && <p>{t.loading}</p>}
      {reply.status === 'no-script' && attachmentUrl && (
        <>
          <p>{t.attachmentTab}</p>
          <button type="button" class="primary" onClick={() => onAttachment(attachmentUrl)}>
            {t.checkThisAttachment}
          </button>
        </>
      )}
      {reply.status === 'no-script' && !attachmentUrl && (
        <>
          <p>{t.noScript}</p>
          <button type="button" class="primary" onClick={onInject}>
            {t.checkThis}
          </button>
        </>
      )}
      {reply.status === 'refused' && <p role="alert">{t.injectRefused}</p>}
      {reply.status === 'not-a-report' && listed >= 2 && (
        // a 年报 column: a list of reports is no failed detection, and checking them all is the thing to do
        <>
          <p>
            <strong>{t.listPage(listed)}</strong>
          </p>
          <p class="muted">{t.listPageHint}</p>
          {batch}
          <AttachmentList t={t} attachments={reply.attachments} onCheck={onAttachment} />
          <button type="button" onClick={onForce}>
            {t.checkAnyway}
          </button>
        </>
      )}
      {reply.status === 'not-a-report' && listed < 2 && (
        <>
          <p>
            <strong>{t.notReport}</strong>
          </p>
          <p class="muted">{t.notReportHint}</p>
          <AttachmentList t={t} attachments={reply.attachments} onCheck={onAttachment} />
          <button type="button" onClick={onForce}>
            {t.checkAnyway}
          </button>
        </>
      )}
      {reply.status === 'error' && (
        <p role="alert">
          {t.error}
          {reply.message}
        </p>
      )}
    </main>
  );
}
