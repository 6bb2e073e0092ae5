/**
 * A government portal's chrome, as TRS and Hanweb sites print it around an article: logo and menu, search,
 * breadcrumb, a column menu beside the article, and a footer with the site's registration numbers, phone and
 * address (figures that are no report's). Made up in the portals' usual wording; no real site's.
 */
const HEADER = `<div class="header"><div class="logo"><img src="/images/logo.png" alt="某某区人民政府"></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjmq/">走进某区</a></li></ul>
<form class="search" action="/search/"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfxxgknb/">政府信息公开年报</a></div>
<div class="side"><h3>政府信息公开</h3><ul><li><a href="/zwgk/zn/">政府信息公开指南</a></li><li><a href="/zwgk/zd/">政府信息公开制度</a></li><li><a href="/zwgk/fdzdgknr/">法定主动公开内容</a></li><li><a href="/zwgk/zfxxgknb/">政府信息公开年报</a></li><li><a href="/zwgk/ysqgk/">依申请公开</a></li></ul></div>
<div class="article">`;

const FOOTER = `</div>
<div class="share">分享到：<a>微信</a> <a>微博</a>　【<a>打印本页</a>】【<a>关闭窗口</a>】</div>
<div class="footer"><p>主办单位：某某区人民政府办公室　承办单位：某某区政务服务和数据管理局</p>
<p>网站标识码：1101120001　京ICP备05060933号-1　京公网安备 11011202000123号</p>
<p>联系电话：010-69012345　地址：某某区府前街1号　邮编：101100</p>
<p>建议使用1920×1080分辨率浏览　<a href="/wzdt/">网站地图</a>　<a href="/lxwm/">联系我们</a></p></div>`;

/** The page with the chrome added around its body's content (or around the whole fragment when it has no <body>). */
export function siteChrome(html: string): string {
  const open = /<body[^>]*>/i.exec(html);
  const close = html.search(/<\/body\s*>/i);
  if (!open || close < 0) return `${HEADER}${html}${FOOTER}`;
  const start = open.index + open[0].length;
  return `${html.slice(0, start)}${HEADER}${html.slice(start, close)}${FOOTER}${html.slice(close)}`;
}
