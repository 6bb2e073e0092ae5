import { problemText } from './helpers/problem-text';
import { sayer } from './note';
import type { Rule, RuleMessages } from './rule';

import { problem, type Problem } from './helpers/problem-note';

declare module '../model/rule-ids' {
  interface RuleIds {
    'input-capped': true;
  }
}

/**
 * A reading limit was reached (a PDF of thousands of pages read to its 300th): said, never silent.
 * `pictures`: a page's tables read from its pictures (识别表格图片), the narrative being the page's text.
 */
const MESSAGES: RuleMessages<{ capped: Problem; pictures: Problem }> = {
  zh: { capped: (p) => problemText(p.table, p.detail), pictures: (p) => problemText(p.table, p.detail) },
  en: {
    capped: (p) =>
      p.detail?.code === 'ocr-no-narrative' ? 'Only the scan’s tables were read (OCR); its text was not' : 'The input was read only up to a reading limit',
    pictures: () => 'The tables were read from the web page’s pictures (OCR); the checks on the page’s text are not part of this reading',
  },
};
const sayInputCapped = sayer('input-capped', MESSAGES);
export const inputCapped: Rule = {
  id: 'input-capped',
  severity: 'info',
  rank: 260,
  clause: '§3 (limits)',
  clauseText: { section: '§7.4', text: 'Attachments: .pdf, .doc, .docx, .wps via download links; what could not be read is reported, not guessed.' },
  summary: { zh: '输入超过读取上限（如 PDF 页数）时说明读到哪里为止。', en: 'Says where reading stopped when an input exceeds a reading limit (PDF pages).' },
  messages: MESSAGES,
  check({ ex }) {
    return ex.problems
      .filter((p) => p.kind === 'input-capped')
      .map((p) => sayInputCapped(p.detail?.code === 'ocr-pictures' ? 'pictures' : 'capped', 'info', problem(p)));
  },
};
