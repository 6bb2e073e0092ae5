import type { BinaryFormat } from '../detect/binary-format';
import type { Bilingual } from '../model/lang';
import { megabytes } from '../net/read-limited';
import type { Refusal, UnreadableReason } from './unreadable';

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

/** What a file is, in English, with its article ("an image", not "a image file"). */
const FORMAT_EN: Record<BinaryFormat, string> = {
  PDF: 'a PDF file',
  Word: 'a Word document',
  WPS: 'a WPS document',
  Excel: 'an Excel workbook',
  OFD: 'an OFD file',
  ZIP: 'a compressed archive',
  image: 'an image',
  binary: 'a binary file',
};

/** What an attachment is called where this place has no reader for it. */
const READER_NAME: Partial<Record<BinaryFormat, string>> = { PDF: 'PDF', Word: 'Word', WPS: 'WPS' };

const SAVE_AS = {
  zh: '本程序不能读取这种格式；请打开原文，或在 WPS 或 Word 中将其另存为 .docx，再检查另存的文件',
  en: 'a format this program cannot read: open the original, or save it as .docx in WPS or Word and check that file',
};

const NOT_A_REPORT_SIZE = { zh: '不是一份年报的规模', en: 'not the size of a report' };
const PLEASE_REPORT = { zh: '请报告此问题', en: 'please report this' };

/** The byte sizes of a refusal, written out ("64 MB"); a missing one reads 0 MB rather than throwing. */
const mb = (n: number | undefined) => megabytes(n ?? 0);

/**
 * The words of every refusal code, zh and en: the one table the extension and the CLI render from.
 * English starts lower case, to follow "cannot read x: "; asSentence capitalises it where it stands alone.
 */
export const REFUSAL_WORDS: { [R in UnreadableReason]: (r: Refusal) => Bilingual } = {
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
    en: `${format ? `this is ${FORMAT_EN[format]}; ` : 'unsupported file format: '}this program reads web pages, plain text, Word (.docx) and PDF: open the original`,
  }),
  'too-large': ({ inflated, size, limit }) =>
    inflated !== undefined
      ? {
          zh: `Word 文档解压后有 ${mb(inflated)}（上限 ${mb(limit)}），不是一份年报的大小，未读取；请打开原文核对`,
          en: `the Word document inflates to ${mb(inflated)} (at most ${mb(limit)}): not a report, not read; open the original`,
        }
      : size !== undefined
        ? {
            zh: `文件有 ${mb(size)}（上限 ${mb(limit)}），不是一份年报的大小，未读取`,
            en: `the file is ${mb(size)} (at most ${mb(limit)}): not a report, not read`,
          }
        : {
            zh: '文件过大（或解压后过大），不是一份年报的大小，未读取；请打开原文核对',
            en: 'the file is too large (or inflates too large) for a report and was not read: open the original',
          },
  'no-such-file': () => ({ zh: '文件不存在', en: 'no such file' }),
  'no-permission': () => ({ zh: '没有读取权限', en: 'permission denied' }),
  'is-directory': () => ({ zh: '这是目录', en: 'this is a directory' }),
  'read-error': () => ({ zh: '无法读取', en: 'cannot read' }),
  'empty-directory': () => ({ zh: '目录中没有 .html/.htm/.txt/.md/.docx/.pdf 文件', en: 'no .html/.htm/.txt/.md/.docx/.pdf file in this directory' }),
  'url-list-missing': () => ({ zh: '网址列表文件不存在', en: 'no such URL list file' }),
  'url-list-unreadable': () => ({ zh: '无法读取网址列表', en: 'cannot read the URL list' }),
  'url-list-empty': () => ({ zh: '网址列表中没有网址或路径', en: 'the URL list names no URL or path' }),
  'http-error': ({ status, why }) => {
    const answered = `HTTP ${status ?? '?'}${why ? ` ${why}` : ''}`;
    return { zh: `无法下载（服务器返回 ${answered}）`, en: `cannot download (the server answered ${answered})` };
  },
  'network-error': ({ why }) => ({ zh: `无法下载（网络错误：${why ?? ''}）`, en: `cannot download (network error: ${why ?? ''})` }),
  'no-answer': ({ seconds }) => ({ zh: `无法打开（${seconds} 秒内未响应）`, en: `could not open (no answer within ${seconds} s)` }),
  'download-timed-out': ({ seconds }) => ({ zh: `下载超时（${seconds} 秒）`, en: `download timed out (${seconds} s)` }),
  'download-too-large': ({ limit }) => ({
    zh: `下载内容超过 ${mb(limit)}，不是一份年报的大小，已停止下载`,
    en: `the download is over ${mb(limit)}: not a report, stopped`,
  }),
  'download-interrupted': () => ({ zh: '下载中断', en: 'download interrupted' }),
  'no-reader': ({ format }) => {
    const name = (format && READER_NAME[format]) ?? '';
    return { zh: `${name} 附件：此处不能读取，请打开原文核对`, en: `${name} attachment: cannot be read here; open the original` };
  },
  'out-of-memory': ({ limit }) => ({
    zh: `检查此输入所需内存超过 ${mb(limit)} 上限，已停止；${NOT_A_REPORT_SIZE.zh}`,
    en: `checking this input needed more than the ${mb(limit)} memory limit and was stopped: ${NOT_A_REPORT_SIZE.en}`,
  }),
  'out-of-time': ({ seconds }) => ({
    zh: `检查此输入超过 ${seconds} 秒上限，已停止；${NOT_A_REPORT_SIZE.zh}`,
    en: `checking this input took over the ${seconds} s time limit and was stopped: ${NOT_A_REPORT_SIZE.en}`,
  }),
  'checker-crashed': ({ why }) => ({ zh: `检查时程序出错（${why}），${PLEASE_REPORT.zh}`, en: `the checker crashed (${why}); ${PLEASE_REPORT.en}` }),
  'checker-exited': ({ exitCode }) => ({
    zh: `检查程序意外退出（退出码 ${exitCode}），${PLEASE_REPORT.zh}`,
    en: `the checker exited unexpectedly (code ${exitCode}); ${PLEASE_REPORT.en}`,
  }),
  'checker-garbled': () => ({
    zh: `检查程序返回了无法识别的结果，${PLEASE_REPORT.zh}`,
    en: `the checker returned a result it cannot use; ${PLEASE_REPORT.en}`,
  }),
  'check-failed': ({ why }) => ({ zh: `检查失败：${why}`, en: `check failed: ${why}` }),
  cancelled: () => ({ zh: '已取消', en: 'cancelled' }),
};
