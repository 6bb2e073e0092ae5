/** `xxgk-audit --help`, in both languages because the users are Chinese auditors and foreign researchers alike. */
export const HELP_TEXT = `xxgk-audit：核对政府信息公开工作年度报告的内部一致性（勾稽关系）
Checks annual reports on government information disclosure for internal consistency.

用法 Usage:
  xxgk-audit check [选项 options] 文件|网址|目录 FILE|URL|DIR …

输入 Inputs:
  .html/.htm 网页（按 BOM、<meta charset>、Content-Type 判断编码；GB2312/GBK 按 GB18030 解码）
  .txt/.md 文本（UTF-8，否则 GB18030）：Word 转出的文本、爬虫存档文本（标题:…、==== 正文 ====，表格数字连写）、
    PDF 转换器的 Markdown（管道表格）；.docx Word 文档；.pdf 文字版 PDF（按内容识别，不看扩展名）
  http(s) 网址（以 .txt 结尾为文本，否则为网页；PDF/Word 按内容识别；超时 30 秒）
  目录：其中所有 .html/.htm/.txt/.md/.docx/.pdf 文件（按路径排序，含子目录）
  不能读取 cannot read: .doc/.wps（请另存为 .docx / save as .docx）、扫描版 PDF（只有图片 image-only；--ocr 可识别）
  pages, text (flattened Word, crawler archives with cells run together, converters' Markdown), Word .docx,
  PDF with text, URLs and directories; .doc/.wps and scanned PDFs are refused

选项 Options:
  --json             每个输入一个规范 JSON 对象组成的数组（见 spec/output.md；消息为中文）
                     a JSON array, one canonical report per input (messages in Chinese)
  --format tsv|csv|md  输出提取的三张表 / print the extracted tables (CSV has a UTF-8 BOM)
  --layout tables|row  tables：每份报告三张表（默认）；row：每份报告一行、表头一次，便于比较多个机关
                     row: one line per report under one header, to compare agencies
  --lang zh|en       摘要和消息的语言（默认 zh）/ language of the summary (default zh)
  --out FILE         写入文件而不是标准输出 / write to FILE instead of stdout
  --urls FILE        逐个检查文件中列出的网址或路径（每行一个；空行和 # 开头的行忽略；相对路径相对于该文件）
                     check the URLs or paths listed in FILE (one a line; blank and # lines skipped)
  --delay MS         两次网络请求之间等待的毫秒数（默认 500；本地文件不等待）
                     pause between two network requests, in ms (default 500; none for local files)
  --xlsx FILE        另写一份 Excel 工作簿：汇总、问题清单、表三、表二、表四（表头合并，与扩展的批量导出相同）
                     also write the batch workbook: grid, findings and the three tables (merged headers)
  --benchmark FILE   另写对标（可重复）：.csv 每个机关每项比率一行；.html 对标表与分布图；.xlsx 对标工作表；
                     与 --xlsx 同用时批量工作簿也加入“对标”“对标分位”两张表。比率均写出分子/分母与分母名称，
                     空白不按 0 计；按年度和同类（部门、县级以上政府、乡镇街道）比较，少于 5 个机关不列分位数
                     the benchmark across agencies (repeatable): .csv one line per agency and rate, .html tables and
                     strip charts, .xlsx its sheets (added to the --xlsx workbook too); within year and cohort
  --cohort 机关=同类   更正某机关的同类（部门|县级以上政府|乡镇街道，可重复）
                     correct an agency's cohort (AGENCY=department|government|township, repeatable)
  --max-memory MB    每个输入最多使用的内存（默认 512）；超过则停止该输入，记为无法读取（退出码 2），其余照常检查
                     memory one input may use (default 512 MB); over it, that input is stopped and counted unreadable
  --max-seconds S    每个输入最多用时（默认 120 秒，含下载）；超过同上
                     time one input may take (default 120 s, download included); over it, the same
  --ocr              识别扫描版 PDF（只有图片）的表格：PP-OCRv4 在本机识别，每个数字须经表内勾稽关系核验，
                     未能核验的数字不读取（?）；每页约 15 秒，--max-seconds 默认改为 600
                     read scanned (image-only) PDFs by OCR on this machine: each figure must be proven by the
                     table's own sums, else it is left unread (?); ~15 s a page, --max-seconds defaults to 600
  -j, --jobs N       同时检查的输入数，每个在各自的工作线程中（默认为处理器核数，最多 4）；输出顺序不变
                     inputs checked at once, each in its own worker (default: the cores, at most 4); output order unchanged
  -h, --help         显示本说明 / show this help
  -V, --version      显示版本号 / print the version

在终端中运行时，标准错误输出显示进度条 / on a terminal, a progress bar on stderr.
摘要和 JSON 随检查逐份写出：中途停止也保留已检查的结果 / the summary and the JSON are written as each input is checked.
全部检查完后另作跨报告核对：县级以上政府的汇总报告与本地区各机关报告之和（X-4）、同一机关同一年度的不同来源；
列在摘要末尾（== 跨报告核对）和 --xlsx 中，--json --out 的文件会重写以含这些发现
  once all are checked, the checks across reports (a government's roll-up against its area's reports, one report
  from two sources) close the summary and go into --xlsx; a --json --out file is rewritten with them

退出码 Exit code:
  0 未发现错误 no error finding · 1 发现错误 some error finding · 2 有输入无法读取 an input could not be read (2 wins)
`;
