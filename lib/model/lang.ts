import * as z from 'zod/mini';

/** The interface languages: Simplified Chinese (the canonical one of output.md) and English. */
export const LANGS = ['zh', 'en'] as const;
export const LangSchema = z.enum(LANGS);
export type Lang = z.infer<typeof LangSchema>;

/** A text in both interface languages (a summary, an error said to the user). */
export const BilingualSchema = z.object({ zh: z.string(), en: z.string() });
export type Bilingual = z.infer<typeof BilingualSchema>;

/**
 * The interface language for a browser UI language tag: English when the browser is English, else zh-CN.
 * @example langOf('en-US') → 'en'; langOf('zh-CN') → 'zh'; langOf('fr') → 'zh'
 */
export function langOf(uiLanguage: string): Lang {
  return uiLanguage.toLowerCase().startsWith('en') ? 'en' : 'zh';
}
