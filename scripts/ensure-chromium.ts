import { aptInstall } from './apt-install';
import { existsSync } from 'node:fs';

const PACKAGES = ['chromium', 'chromium-l10n', 'fonts-wqy-zenhei'];

/**
 * The end-to-end tests and `npm start` need Debian's Chromium (with its zh-CN locale, and a CJK font so
 * screenshots are legible). Installs them with apt-get when missing and allowed (root); otherwise says
 * exactly what to install. CHROMIUM_PATH overrides the browser used.
 */
export function ensureChromium(): string {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const complete = existsSync(chromium) && (process.env.CHROMIUM_PATH !== undefined || existsSync('/usr/lib/chromium/locales/zh-CN.pak'));
  if (complete) return chromium;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !existsSync('/usr/bin/apt-get')) {
    if (existsSync(chromium)) return chromium;
    throw new Error(`Chromium not found at ${chromium}. Install Debian's packages: apt-get install ${PACKAGES.join(' ')} (or set CHROMIUM_PATH).`);
  }
  console.error(`installing ${PACKAGES.join(', ')} with apt-get (once)…`);
  aptInstall(PACKAGES);
  return chromium;
}
