import { browser } from 'wxt/browser';
import { hostPattern, UserHosts } from '#lib/page';

const KEY = 'userHosts';
const SCRIPT_ID = 'xxgk-audit-user-hosts';

/** The hosts the user added on the options page (validated on read: stored data crosses contexts). */
export async function readUserHosts(): Promise<string[]> {
  const stored = await browser.storage.local.get(KEY);
  const parsed = UserHosts.safeParse(stored[KEY] ?? []);
  return parsed.success ? parsed.data : [];
}

export async function writeUserHosts(hosts: string[]): Promise<void> {
  await browser.storage.local.set({ [KEY]: hosts });
  await syncUserHosts();
}

/**
 * Registers the detector (at document_start, as the manifest does: entrypoints/content) on the user's hosts that still have a granted permission (Chrome MV3:
 * scripting.registerContentScripts; Firefox MV2: contentScripts.register, which lasts while the
 * background lives, so the background calls this at start-up).
 */
let firefoxRegistration: { unregister(): Promise<void> } | null = null;
export async function syncUserHosts(): Promise<void> {
  const hosts = await readUserHosts();
  const granted: string[] = [];
  for (const h of hosts) if (await browser.permissions.contains({ origins: [hostPattern(h)] })) granted.push(hostPattern(h));
  const scripting = browser.scripting as typeof browser.scripting | undefined;
  if (scripting?.registerContentScripts) {
    await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] }).catch(() => undefined);
    if (granted.length > 0)
      await scripting.registerContentScripts([{ id: SCRIPT_ID, matches: granted, js: ['content-scripts/content.js'], runAt: 'document_start' }]);
    return;
  }
  const legacy = (browser as unknown as { contentScripts?: { register(o: object): Promise<{ unregister(): Promise<void> }> } }).contentScripts;
  await firefoxRegistration?.unregister();
  firefoxRegistration =
    legacy && granted.length > 0 ? await legacy.register({ matches: granted, js: [{ file: 'content-scripts/content.js' }], runAt: 'document_start' }) : null;
}
