import { browser } from 'wxt/browser';
import type { Lang } from '@/components/strings';

type Props = { lang: Lang; tabId: number | null; primary?: boolean };

/**
 * Opens the batch page for this tab: on a 年报 list page it takes the page's report links, elsewhere
 * the user pastes links there. Its own strings: one button, not worth a key in every popup language.
 */
export function BatchButton({ lang, tabId, primary = false }: Props) {
  const open = () => {
    const url = browser.runtime.getURL(`/batch.html${tabId === null ? '' : `?tab=${tabId}`}`);
    void browser.tabs.create({ url });
    window.close();
  };
  return (
    <p class="batch-link">
      <button
        type="button"
        // on a list of reports it is what the user came for; elsewhere a way to paste links
        class={primary ? 'primary' : 'copy'}
        onClick={open}
        title={lang === 'zh' ? '核查本页列出的全部年报，或粘贴多个链接' : 'Check every report this page lists, or paste many links'}
      >
        {lang === 'zh' ? '批量核查…' : 'Check many…'}
      </button>
    </p>
  );
}
