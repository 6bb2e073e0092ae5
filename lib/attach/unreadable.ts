import type { Bilingual } from '../model/lang';
/** Why an attachment could not be checked. */
export type UnreadableReason = 'scanned-pdf' | 'encrypted-pdf' | 'corrupt' | 'legacy-doc' | 'wps' | 'unsupported' | 'fetch-failed' | 'too-large';

const MESSAGES: Record<UnreadableReason, Bilingual> = {
  'scanned-pdf': {
    zh: '这是扫描版（图片）PDF，没有可读取的文字，无法核对表格；请打开原文人工核对',
    en: 'This is a scanned (image-only) PDF with no text to read, so its tables cannot be checked: open the original and check it by eye',
  },
  'encrypted-pdf': { zh: '这份 PDF 设有密码，无法读取；请打开原文核对', en: 'This PDF is password-protected and cannot be read: open the original' },
  corrupt: { zh: '文件已损坏或不完整，无法读取；请打开原文核对', en: 'The file is damaged or incomplete and cannot be read: open the original' },
  'legacy-doc': {
    zh: '这是旧版 Word 文档（.doc），无法在浏览器中读取；请打开原文，或另存为 .docx / PDF 后再检查',
    en: 'This is a legacy Word document (.doc), which cannot be read in the browser: open the original, or save it as .docx or PDF and check that',
  },
  wps: {
    zh: '这是 WPS 文字文档（.wps），无法在浏览器中读取；请打开原文，或另存为 .docx / PDF 后再检查',
    en: 'This is a WPS Writer document (.wps), which cannot be read in the browser: open the original, or save it as .docx or PDF and check that',
  },
  unsupported: {
    zh: '不支持的文件格式（只读取 PDF 和 .docx 附件）；请打开原文核对',
    en: 'Unsupported file format (only PDF and .docx attachments are read): open the original',
  },
  'fetch-failed': { zh: '附件下载失败；请打开原文核对', en: 'The attachment could not be downloaded: open the original' },
  'too-large': {
    zh: '文件过大（或解压后过大），不是一份年报的大小，未读取；请打开原文核对',
    en: 'The file is too large (or inflates too large) for a report and was not read: open the original',
  },
};

/** The plain message for a reason; `detail` (an HTTP status, an error) is appended in brackets. */
export function unreadableMessage(reason: UnreadableReason, detail?: string): Bilingual {
  const m = MESSAGES[reason];
  return detail ? { zh: `${m.zh}（${detail}）`, en: `${m.en} (${detail})` } : m;
}
