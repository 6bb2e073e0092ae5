/**
 * A large government-portal page that is not a report, as the detector meets it on most gov.cn visits:
 * site navigation, a breadcrumb, a long news list with dates, an article of ordinary prose with a
 * data table, a footer. No report title, template label or report column. Grown to `bytes`.
 */
export function nonReportPortalPage(bytes: number): string {
  const nav = Array.from({ length: 60 }, (_, i) => `<li><a href="/col/col${i}/index.html">栏目${i}</a></li>`).join('');
  const item = (i: number) =>
    `<li><a href="/art/2024/3/${(i % 28) + 1}/art_${1000 + i}_${i}.html" title="关于做好第${i}批惠企政策兑现工作的通知">关于做好第${i}批惠企政策兑现工作的通知</a><span class="date">2024-03-${String((i % 28) + 1).padStart(2, '0')}</span></li>`;
  const para = (i: number) =>
    `<p style="text-indent:2em">第${i}段：市政府召开常务会议，研究部署优化营商环境、推进城市更新和民生实事项目，要求各部门压实责任、细化举措，确保各项任务按期完成。<span>（来源：办公室）</span></p>`;
  const row = (i: number) => `<tr><td>${i}</td><td>项目${i}</td><td>${(i * 37) % 1000}</td><td>${(i * 53) % 100}%</td></tr>`;
  const head = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>市政府常务会议_要闻动态_某市人民政府门户网站</title><meta name="ColumnName" content="要闻动态"></head><body><div id="header"><ul class="nav">${nav}</ul></div><div class="crumb">首页 &gt; 新闻中心 &gt; 要闻动态</div>`;
  const tail = '<div id="footer">主办：某市人民政府办公室 地址：某市人民路1号 备案号：某ICP备00000000号</div></body></html>';
  const parts: string[] = [head, '<div class="list"><ul>'];
  let size = head.length;
  let i = 0;
  while (size < bytes * 0.5) {
    const s = item(i++);
    parts.push(s);
    size += Buffer.byteLength(s);
  }
  parts.push('</ul></div><div class="article">');
  for (i = 0; size < bytes * 0.85; i++) {
    const s = para(i);
    parts.push(s);
    size += Buffer.byteLength(s);
  }
  parts.push('<table>');
  for (i = 0; size < bytes - tail.length - 20; i++) {
    const s = row(i);
    parts.push(s);
    size += Buffer.byteLength(s);
  }
  parts.push('</table></div>', tail);
  return parts.join('');
}
