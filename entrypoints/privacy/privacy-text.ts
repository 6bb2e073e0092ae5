import type { Lang } from '@/lib/model/lang';

/** One part of the privacy policy: a heading and its paragraphs (plain text, no markup). */
export interface PrivacySection {
  id: 'read' | 'network' | 'stored' | 'delete' | 'contact';
  heading: string;
  paragraphs: readonly string[];
}

/** The policy in one language. */
export interface PrivacyPolicy {
  title: string;
  /** the date the wording last changed (ISO), said at the top of the page */
  updated: string;
  sections: readonly PrivacySection[];
}

const UPDATED = '2026-12-06';

/**
 * The privacy policy, shown on privacy.html in the interface language and quoted word for word in the
 * README (a unit test holds the two together). It states what the code does: a change to what is read,
 * sent or stored changes this text.
 */
export const PRIVACY: Record<Lang, PrivacyPolicy> = {
  zh: {
    title: '年报核查 xxgk-audit 隐私政策',
    updated: UPDATED,
    sections: [
      {
        id: 'read',
        heading: '读取什么',
        paragraphs: [
          '您打开的网页：在 *.gov.cn 网站和您在设置中添加的网站上，扩展在您的浏览器中读取网页，判断是否为政府信息公开工作年度报告；只有年报网页的表格和正文才会被提取、核查并记入历史记录。在其他网站上，只有您点击“检查此页”时才读取该页。',
          '您打开的附件：您在查看器中打开的 PDF 或 Word（.docx）附件，由您的浏览器以您自己的登录状态从发布它的网站下载，或由您从本机选择的文件。',
          '您要求识别的表格图片：您在弹窗中点击“识别表格图片”时，页面文章中可能是表格的图片由查看器以您的登录状态从发布它们的网站下载，在本机识别（OCR），不上传。',
          '您发起的批量核查：您在年报列表页上启动批量核查时，扩展读取该列表页上的报告链接（您要求时也读取后续列表页），并以您的登录状态逐一下载、核查您勾选的报告。',
          '截图：只有在您点击“保存证据”时，才截取当前标签页的画面，放入您保存的证据文件。',
        ],
      },
      {
        id: 'network',
        heading: '什么也不离开您的电脑',
        paragraphs: [
          '扩展没有服务器，不收集任何数据，没有统计或遥测，不加载任何远程代码。它只在您要求时访问网络：下载您打开的附件、您要求识别的表格图片、您发起的批量核查中的报告，请求直接发往发布它们的网站。任何数据都不会发送给我们或第三方，也不会出售或共享。',
        ],
      },
      {
        id: 'stored',
        heading: '保存什么',
        paragraphs: [
          '核查历史记录：扩展识别出的每份年报（网址、机关、年度、表格数字、核查结果、核查时间）保存在扩展自己的 IndexedDB 数据库中，用于跨年度核对；在隐私（无痕）窗口中核查的报告不保存。',
          '审核决定和设置：您对问题作出的确认或驳回及备注，以及您添加的网站，保存在扩展的存储（storage.local）中。',
          '这些数据只保存在本机的浏览器配置文件中。证据文件和导出文件是您自己下载保存的普通文件。',
        ],
      },
      {
        id: 'delete',
        heading: '如何删除',
        paragraphs: [
          '历史记录：在“核查历史记录”页面逐条删除，或点击“清空历史记录”。',
          '审核决定：在弹窗中再次点击已选的“确认”或“驳回”即可撤销；点击本页下方的“删除全部审核决定”可一次删除全部。',
          '添加的网站：在设置页面点击“移除”，同时撤销该网站的访问权限。',
          '全部数据：从浏览器中移除本扩展，浏览器会删除它保存的全部数据。',
        ],
      },
      {
        id: 'contact',
        heading: '联系',
        paragraphs: ['问题和建议请提交至 https://github.com/xxgk-audit/xxgk-audit/issues 。'],
      },
    ],
  },
  en: {
    title: 'xxgk-audit privacy policy',
    updated: UPDATED,
    sections: [
      {
        id: 'read',
        heading: 'What it reads',
        paragraphs: [
          'The page you are on: on *.gov.cn sites and on sites you add in the settings, the extension reads the page in your browser to tell whether it is a government information-disclosure annual report; only a report has its tables and text extracted, checked and kept in the history. On any other site it reads a page only when you click Check this page.',
          'Attachments you open: a PDF or Word (.docx) attachment you open in its viewer, downloaded by your browser with your own session from the site that publishes it, or a file you choose on your computer.',
          'Table pictures you ask to read: when you press Read the table pictures in the popup, the pictures in the article of the page that may be its tables are downloaded by the viewer with your own session from the site that publishes them and read on your computer (OCR), never uploaded.',
          'Batches you start: when you start a batch check on a list of annual reports, the extension reads the report links on that list page (and the following list pages, when you ask), then downloads and checks the reports you tick one by one, with your session.',
          'Screenshots: only when you click Save evidence is the visible tab captured, into the evidence file you save.',
        ],
      },
      {
        id: 'network',
        heading: 'Nothing leaves your computer',
        paragraphs: [
          'The extension has no server, collects no data, has no analytics or telemetry and loads no remote code. It uses the network only when you ask: to download an attachment you open, the table pictures you ask to read or the reports of a batch you start, straight from the site that publishes them. No data is ever sent to us or to anyone else, sold or shared.',
        ],
      },
      {
        id: 'stored',
        heading: 'What it stores',
        paragraphs: [
          'History of checked reports: every annual report the extension recognises (address, agency, year, the figures of its tables, the findings, when it was checked) is kept in the extension’s own IndexedDB database, for the year-on-year checks; reports checked in a private window are not kept.',
          'Decisions and settings: your confirmations or dismissals of findings with their notes, and the sites you added, are kept in the extension’s storage (storage.local).',
          'All of it stays in your browser profile on this computer. Evidence files and exports are ordinary files you download yourself.',
        ],
      },
      {
        id: 'delete',
        heading: 'How to delete it',
        paragraphs: [
          'History: delete records one by one on the History of checked reports page, or click Clear the history.',
          'Decisions: click the chosen Confirm or Dismiss again in the popup to withdraw it; Delete all decisions, below on this page, deletes them all at once.',
          'Sites you added: click Remove on the settings page, which also gives back the access to that site.',
          'Everything: remove the extension from the browser, which deletes everything it stored.',
        ],
      },
      {
        id: 'contact',
        heading: 'Contact',
        paragraphs: ['Questions and suggestions: https://github.com/xxgk-audit/xxgk-audit/issues .'],
      },
    ],
  },
};
