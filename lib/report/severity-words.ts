import type { Severity } from '../model/finding';
import type { Lang } from '../model/lang';

/** A finding's severity in words, as every view and export names it. */
export const SEVERITY_WORDS: Record<Lang, Record<Severity, string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'Error', warning: 'Warning', info: 'Note' },
};
