import { useState } from 'preact/hooks';
import { copy } from '@/utils/clipboard';
import type { Strings } from './strings';

type CopyButtonProps = { t: Strings; label: string; text: () => string; html?: () => string };

/** A copy button that says "已复制" for a moment (text/html too when given, for spreadsheets). */
export function CopyButton({ t, label, text, html }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  const onClick = async () => {
    setState((await copy(text(), html?.())) ? 'done' : 'failed');
    setTimeout(() => setState('idle'), 1500);
  };
  return (
    <button type="button" class="copy" onClick={() => void onClick()} aria-live="polite">
      {state === 'done' ? `✓ ${t.copied}` : state === 'failed' ? t.copyFailed : label}
    </button>
  );
}
