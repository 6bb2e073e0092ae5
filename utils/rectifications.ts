import { browser } from 'wxt/browser';
import { parseRectifications, type RectificationEntry, type Rectifications } from '#lib/report';

const KEY = 'rectifications';

/** The 整改 entries kept in storage.local (safeParse on read: anything unreadable counts as none). */
export async function loadRectifications(): Promise<Rectifications> {
  try {
    return parseRectifications((await browser.storage.local.get(KEY))[KEY]);
  } catch {
    return {};
  }
}

/** Sets one finding's 整改 entry; returns the entries now kept. A storage error is thrown for the page to say. */
export async function saveRectification(key: string, entry: RectificationEntry): Promise<Rectifications> {
  const next = { ...(await loadRectifications()), [key]: entry };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}
