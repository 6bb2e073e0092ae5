import type { Strings } from '@/components/strings';

type Props = { t: Strings; attachments: readonly { href: string; text: string }[]; onCheck: (href: string) => void };

/** The report's attachments, each with a button that opens it in the attachment viewer. */
export function AttachmentList({ t, attachments, onCheck }: Props) {
  if (attachments.length === 0) return null;
  return (
    <section class="attachments" aria-label={t.attachments}>
      <p>{t.attachments}</p>
      <ul>
        {attachments.map((a) => (
          <li key={a.href}>
            <a href={a.href} target="_blank" rel="noreferrer">
              {a.text || a.href}
            </a>{' '}
            <button type="button" class="copy" onClick={() => onCheck(a.href)}>
              {t.checkAttachment}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
