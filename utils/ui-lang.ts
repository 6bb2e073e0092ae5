import { browser } from 'wxt/browser';
import { langOf, type Lang } from '#lib/model';

/** The interface language: zh-CN by default, English when the browser's UI is English. */
export function uiLang(): Lang {
  return langOf(browser.i18n.getUILanguage());
}
