import { useState } from 'preact/hooks';
import { downloadText } from '@/utils/download';
import type { Lang } from './strings';

type Props = { lang: Lang; make: () => Promise<{ html: string; fileName: string }> };

const WORDS = {
  zh: { save: '保存证据', saving: '正在生成证据文件……', saved: (n: string) => `已保存：${n}`, failed: '证据文件生成失败：' },
  en: { save: 'Save evidence', saving: 'Making the evidence file…', saved: (n: string) => `Saved: ${n}`, failed: 'Could not make the evidence file: ' },
} as const;

/** One click: the evidence file (URL, time, SHA-256, tables, findings, decisions, screenshot) downloaded. */
export function EvidenceButton({ lang, make }: Props) {
  const w = WORDS[lang];
  const [status, setStatus] = useState('');
  const save = async () => {
    setStatus(w.saving);
    try {
      const { html, fileName } = await make();
      downloadText(html, fileName);
      setStatus(w.saved(fileName));
    } catch (e) {
      setStatus(w.failed + String(e));
    }
  };
  return (
    <span class="evidence">
      <button type="button" class="copy" onClick={() => void save()}>
        {w.save}
      </button>
      <span class="evidence-status" aria-live="polite">
        {status}
      </span>
    </span>
  );
}
