import type { BinaryFormat } from '../detect/binary-format';
import type { Bilingual } from '../model/lang';
import { megabytes } from '../net/read-limited';

/** Why a document could not be checked: the same codes in the extension and the CLI. */
export type UnreadableReason =
  | 'empty'
  | 'no-text'
  | 'scanned-pdf'
  | 'encrypted-pdf'
  | 'corrupt'
  | 'not-pdf'
  | 'legacy-doc'
  | 'wps'
  | 'legacy-excel'
  | 'unsupported'
  | 'fetch-failed'
  | 'too-large';

/** A refusal as data: its code and what the words need (rendered by refusalMessage, at the edge). */
export interface Refusal {
  reason: UnreadableReason;
  /** an HTTP status, a reader's error, a size: appended in brackets */
  detail?: string;
  /** a scan's page count */
  pages?: number;
  /** what an unsupported file is */
  format?: BinaryFormat;
  /** a .docx's size once inflated, and the most it may be (bytes) */
  inflated?: number;
  limit?: number;
}

const FORMAT_ZH: Record<BinaryFormat, string> = {
  PDF: ' PDF 文件',
  Word: ' Word 文档',
  WPS: ' WPS 文档',
  Excel: ' Excel 表格',
  OFD: ' OFD 文件',
  ZIP: '压缩文件',
  image: '图片',
  binary: '二进制文件',
};

const SAVE_AS = {
  zh: '本程序不能读取这种格式；请打开原文，或在 WPS 或 Word 中将其另存为 .docx，再检查另存的文件',
  en: 'a format this program cannot read: open the original, or save it as .docx in WPS or Word and check that file',
};

const MESSAGES: { [R in UnreadableReason]: (r: Refusal) => Bilingual } = {
  empty: () => ({ zh: '内容为空', en: 'empty content' }),
  'no-text': () => ({ zh: '页面没有任何文字内容', en: 'the page holds no text at all' }),
  'scanned-pdf': ({ pages }) => ({
    zh: `这是扫描版（图片）PDF${pages ? `（${pages} 页均为图片，没有文字）` : '，没有可读取的文字'}，表格无法读取，未作核对；请打开原文人工核对`,
    en: `this is a scanned (image-only) PDF${pages ? ` (${pages} page${pages === 1 ? '' : 's'}, no text)` : ' with no text to read'}: its tables cannot be read and were not checked; open the original and check it by eye`,
  }),
  'encrypted-pdf': () => ({ zh: '这份 PDF 设有密码，无法读取；请打开原文核对', en: 'the PDF is password-protected and cannot be read: open the original' }),
  corrupt: () => ({ zh: '文件已损坏或不完整，无法读取；请打开原文核对', en: 'the file is damaged or incomplete and cannot be read: open the original' }),
  'not-pdf': () => ({
    zh: '文件名或类型为 PDF，但内容不是 PDF（文件可能已损坏）；请打开原文核对',
    en: 'named or served as a PDF but not a PDF (the file may be damaged): open the original',
  }),
  'legacy-doc': () => ({
    zh: `这是旧版 Word 文档（.doc，Word 97-2003 格式），${SAVE_AS.zh}`,
    en: `this is a legacy Word document (.doc, Word 97-2003 format), ${SAVE_AS.en}`,
  }),
  wps: () => ({ zh: `这是 WPS 文字文档（.wps），${SAVE_AS.zh}`, en: `this is a WPS Writer document (.wps), ${SAVE_AS.en}` }),
  'legacy-excel': () => ({
    zh: '这是旧版 Excel 表格（.xls/.et），本程序不能读取这种格式；请打开原文核对',
    en: 'this is a legacy Excel workbook (.xls/.et), a format this program cannot read: open the original',
  }),
  unsupported: ({ format }) => ({
    zh: `${format ? `这是${FORMAT_ZH[format]}，` : '不支持的文件格式：'}本程序只读取网页、文本、Word（.docx）和 PDF；请打开原文核对`,
    en: `${format ? `this is a ${format} file; ` : 'unsupported file format: '}this program reads web pages, plain text, Word (.docx) and PDF: open the original`,
  }),
  'fetch-failed': () => ({ zh: '附件下载失败；请打开原文核对', en: 'the attachment could not be downloaded: open the original' }),
  'too-large': ({ inflated, limit }) =>
    inflated !== undefined && limit !== undefined
      ? {
          zh: `Word 文档解压后有 ${megabytes(inflated)}（上限 ${megabytes(limit)}），不是一份年报的大小，未读取；请打开原文核对`,
          en: `the Word document inflates to ${megabytes(inflated)} (at most ${megabytes(limit)}): not a report, not read; open the original`,
        }
      : {
          zh: '文件过大（或解压后过大），不是一份年报的大小，未读取；请打开原文核对',
          en: 'the file is too large (or inflates too large) for a report and was not read: open the original',
        },
};

/**
 * A refusal in words, zh and en, from the one table the extension and the CLI share; `detail` (an HTTP
 * status, an error, a size) is appended in brackets.
 * @example refusalMessage({ reason: 'legacy-doc' }).zh → '这是旧版 Word 文档（.doc，Word 97-2003 格式），本程序不能读取…'
 */
export function refusalMessage(refusal: Refusal): Bilingual {
  const m = MESSAGES[refusal.reason](refusal);
  const { detail } = refusal;
  return detail ? { zh: `${m.zh}（${detail}）`, en: `${m.en} (${detail})` } : m;
}

/** The plain message for a reason; `detail` (an HTTP status, an error) is appended in brackets. */
export function unreadableMessage(reason: UnreadableReason, detail?: string): Bilingual {
  return refusalMessage(detail ? { reason, detail } : { reason });
}

/** A message standing alone (an alert, a table cell) rather than after "cannot read x: ": its English capitalised. */
export function asSentence(message: Bilingual): Bilingual {
  return { zh: message.zh, en: message.en.charAt(0).toUpperCase() + message.en.slice(1) };
}
