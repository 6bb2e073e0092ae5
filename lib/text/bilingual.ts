/** A text in both interface languages: Chinese, and English where the UI is switched. */
export interface Bilingual {
  zh: string;
  en: string;
}
