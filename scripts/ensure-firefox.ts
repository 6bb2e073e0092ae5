import { aptInstall } from './apt-install';
import { existsSync } from 'node:fs';

// the browser, its Chinese UI (what i18n.getUILanguage reports to the add-on) and a CJK font for screenshots
const PACKAGES = ['firefox-esr', 'firefox-esr-l10n-zh-cn', 'fonts-wqy-zenhei'];
const LANGPACK = '/usr/lib/firefox-esr/browser/extensions/langpack-zh-CN@firefox-esr.mozilla.org.xpi';

/**
 * The Firefox end-to-end test needs Debian's firefox-esr. Installs it with apt-get when missing and
 * allowed (root); otherwise throws, saying what to install: the test must fail, never skip quietly.
 * FIREFOX_PATH overrides the browser used.
 */
export function ensureFirefox(): string {
  const custom = process.env.FIREFOX_PATH;
  if (custom !== undefined) {
    if (existsSync(custom)) return custom;
    throw new Error(`FIREFOX_PATH=${custom}: no such file`);
  }
  const firefox = '/usr/bin/firefox-esr';
  if (existsSync(firefox) && existsSync(LANGPACK)) return firefox;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !existsSync('/usr/bin/apt-get')) {
    // without the language pack the add-on's UI is English and the test's Chinese expectations fail for no clear reason
    const missing = existsSync(firefox) ? `the zh-CN language pack (${LANGPACK})` : `Firefox (${firefox})`;
    throw new Error(`${missing} not found. Install Debian's packages: apt-get install ${PACKAGES.join(' ')} (or set FIREFOX_PATH).`);
  }
  console.error(`installing ${PACKAGES.join(', ')} with apt-get (once)…`);
  aptInstall(PACKAGES);
  if (!existsSync(firefox) || !existsSync(LANGPACK)) throw new Error(`apt-get installed ${PACKAGES.join(' ')}, yet ${firefox} or ${LANGPACK} is missing`);
  return firefox;
}
