import { browser } from 'wxt/browser';

/** The extension's name and version, as the evidence file names the tool. */
export function toolName(): string {
  return `xxgk-audit ${browser.runtime.getManifest().version}`;
}
