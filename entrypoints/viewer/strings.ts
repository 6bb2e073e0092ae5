import { historyNotices } from '#lib/history';
import type { Lang } from '@/components/strings';
import { type OcrMark, plural } from '#lib/model';

type OcrStatus = OcrMark['status'];

/** The viewer's own interface text (the report parts reuse the popup's strings). */
export const VIEWER_STRINGS = {
  zh: {
    title: '年报附件核查',
    fetching: '正在下载附件……',
    reading: '正在读取附件……',
    readingPage: (n: number, of: number) => `正在读取第 ${n} / ${of} 页……`,
    original: '打开原文',
    sha: 'SHA-256',
    pickFile: '选择本地 PDF / Word 文件',
    pickHint: '也可以检查已下载到本机的附件：',
    grant: (origin: string) => `允许读取 ${origin} 的附件`,
    needPermission: (origin: string) => `需要您的授权才能从 ${origin} 下载附件（仅本次所选网站）。`,
    onPage: (page: number, n: number) => `已在第 ${page} 页标出 ${n} 个单元格`,
    outlined: (n: number) => `已标出 ${n} 个单元格`,
    page: (n: number) => `第 ${n} 页`,
    docx: 'Word 文档内容',
    ocrStart: '识别扫描件',
    ocrHint: '可在本机识别扫描件中的表格（OCR，不上传）：每个数字须经表内勾稽关系核验，未能核验的显示为“?”，请对照原件。',
    ocrLoading: '正在载入识别模型……',
    ocrPage: (n: number, of: number) => `正在识别第 ${n} / ${of} 页……`,
    ocrCancel: '取消识别',
    ocrCancelled: { zh: '已取消识别。', en: 'Recognition cancelled.' },
    ocrFailed: (why: string) => `扫描件识别失败：${why}`,
    picture: (n: number) => `第 ${n} 张图片`,
    onPicture: (n: number, cells: number) => `已在第 ${n} 张图片上标出 ${cells} 个单元格`,
    picturesStart: '识别表格图片',
    picturesHint: '可在本机识别页面上以图片发布的表格（OCR，不上传）：每个数字须经表内勾稽关系核验，未能核验的显示为“?”，请对照原图。',
    ocrImage: (n: number, of: number) => `正在识别第 ${n} / ${of} 张图片……`,
    pictureFailed: (src: string, why: string) => `表格图片（${src}）：${why}`,
    notPicture: '下载的内容不是图片',
    ocrPicture: (cell: string) => `${cell}的扫描图`,
    ocrReading: (status: OcrStatus, read: string, value: number | null) =>
      ({
        proven: `识别为 ${read}，经勾稽关系核验`,
        corrected: `识别为“${read}”，按勾稽关系取 ${value}`,
        unproven: `识别为 ${read}，未能核验`,
        unread: `识别为“${read || '（空）'}”，未能确定读取`,
      })[status],
    ...historyNotices('zh', 'attachment'),
  },
  en: {
    title: 'Attachment check',
    fetching: 'Downloading the attachment…',
    reading: 'Reading the attachment…',
    readingPage: (n: number, of: number) => `Reading page ${n} of ${of}…`,
    original: 'Open the original',
    sha: 'SHA-256',
    pickFile: 'Choose a PDF / Word file',
    pickHint: 'You can also check an attachment saved on this computer:',
    grant: (origin: string) => `Allow reading attachments from ${origin}`,
    needPermission: (origin: string) => `Your permission is needed to download from ${origin} (that site only).`,
    onPage: (page: number, n: number) => `${plural(n, 'cell')} outlined on page ${page}`,
    outlined: (n: number) => `${plural(n, 'cell')} outlined`,
    page: (n: number) => `Page ${n}`,
    docx: 'Word document',
    ocrStart: 'Recognise the scan',
    ocrHint:
      'The tables of the scan can be read on this computer (OCR, nothing is uploaded): each figure must be proven by the table’s sums; those that are not show “?”: check them against the original.',
    ocrLoading: 'Loading the recognition model…',
    ocrPage: (n: number, of: number) => `Recognising page ${n} of ${of}…`,
    ocrCancel: 'Cancel',
    ocrCancelled: { zh: '已取消识别。', en: 'Recognition cancelled.' },
    ocrFailed: (why: string) => `The scan could not be recognised: ${why}`,
    picture: (n: number) => `Picture ${n}`,
    onPicture: (n: number, cells: number) => `${plural(cells, 'cell')} outlined on picture ${n}`,
    picturesStart: 'Read the table pictures',
    picturesHint:
      'The tables this page publishes as pictures can be read on this computer (OCR, nothing is uploaded): each figure must be proven by the table’s sums; those that are not show “?”: check them against the picture.',
    ocrImage: (n: number, of: number) => `Recognising picture ${n} of ${of}…`,
    pictureFailed: (src: string, why: string) => `Table picture (${src}): ${why}`,
    notPicture: 'what was downloaded is not a picture',
    ocrPicture: (cell: string) => `the scan of ${cell}`,
    ocrReading: (status: OcrStatus, read: string, value: number | null) =>
      ({
        proven: `read ${read}, proven by the sums`,
        corrected: `read “${read}”, taken as ${value} by the sums`,
        unproven: `read ${read}, not proven`,
        unread: `read “${read || '(nothing)'}”, not read for sure`,
      })[status],
    ...historyNotices('en', 'attachment'),
  },
} as const satisfies Record<Lang, unknown>;

export type ViewerStrings = (typeof VIEWER_STRINGS)[Lang];
