import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { tableImages, type ImageSize } from '../../../lib/page/table-images';
import { detectReport } from '../../../lib/detect/detect-report';
import { checkHtml } from '../../../lib/pipeline';

const PAGES = path.resolve(import.meta.dirname, '../../fixtures/pages');
const page = (file: string) => parseHtml(readFileSync(path.join(PAGES, file), 'utf8'));
const BASE = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/t20250123_96895.htm';

/** Sizes as a browser would measure them, by file name; a name not listed is a broken picture (0×0). */
const measured =
  (sizes: Record<string, ImageSize>) =>
  (img: HTMLImageElement): ImageSize =>
    sizes[(img.getAttribute('src') ?? '').split('/').pop()!] ?? { natural: { width: 0, height: 0 }, shown: 0 };

describe('tableImages', () => {
  it('should collect the three table pictures of a real page in order, and none of its site’s logos, QR codes, banners or icons', () => {
    // tests/fixtures/pages/image-tables.html: pingtan-hzs-2024 with its tables as screenshots; the site's
    // 12 pictures (gh_logo, site_logo, 20xmszf_mzt_ewm ×2, the banner, babs, 平潭发布, 平潭通, foot-icon4, the
    // 党政机关 mark, img11…) are kept as the portal has them
    const doc = page('image-tables.html');
    expect(doc.querySelectorAll('img').length).toBe(15);
    expect(tableImages(doc, BASE)).toEqual([
      { src: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/image-tables/table-1.png', shown: 658 },
      { src: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/image-tables/table-2.png', shown: 674 },
      { src: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/image-tables/table-3.png', shown: 685 },
    ]);
  });

  it('should take the live sizes when measured: the screenshots at twice their shown width, the site pictures as loaded', () => {
    const doc = page('image-tables.html');
    const sizes = measured({
      'table-1.png': { natural: { width: 1316, height: 974 }, shown: 658 },
      'table-2.png': { natural: { width: 1348, height: 3538 }, shown: 674 },
      'table-3.png': { natural: { width: 1370, height: 486 }, shown: 685 },
      // a QR code as big as a table picture is wide, and a footer picture of any size: not tables
      '20xmszf_mzt_ewm.png': { natural: { width: 430, height: 430 }, shown: 120 },
      'img11.png': { natural: { width: 800, height: 300 }, shown: 800 },
      '20231119ptVly.jpg': { natural: { width: 500, height: 500 }, shown: 100 },
    });
    expect(tableImages(doc, BASE, sizes).map((i) => [i.src.split('/').pop(), i.shown])).toEqual([
      ['table-1.png', 658],
      ['table-2.png', 674],
      ['table-3.png', 685],
    ]);
  });

  it('should read lazy pictures’ real addresses, and not take their unloaded placeholder’s size for theirs', () => {
    // image-tables.html with each table picture’s address in data-src and a 1×1 gif (a data: address) in src,
    // as a portal’s lazy loader publishes them (made here: a committed copy would repeat the page's 1,440 lines)
    const lazy = readFileSync(path.join(PAGES, 'image-tables.html'), 'utf8').replace(
      /<img src="(image-tables\/table-[123]\.png)"/g,
      '<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="$1"',
    );
    const doc = parseHtml(lazy);
    expect(Array.from(doc.querySelectorAll('img[data-src]')).map((i) => i.getAttribute('src')?.slice(0, 22))).toEqual(Array(3).fill('data:image/gif;base64,'));
    const want = [
      { src: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/image-tables/table-1.png', shown: 658 },
      { src: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/image-tables/table-2.png', shown: 674 },
      { src: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/image-tables/table-3.png', shown: 685 },
    ];
    expect(tableImages(doc, BASE)).toEqual(want);
    // in the browser, before the loader swaps them in, the three measure as the 1×1 placeholder
    const placeholder = (img: HTMLImageElement): ImageSize | null =>
      img.getAttribute('src')!.startsWith('data:') ? { natural: { width: 1, height: 1 }, shown: 1 } : { natural: { width: 0, height: 0 }, shown: 0 };
    expect(tableImages(doc, BASE, placeholder)).toEqual(want);
  });

  it.each([
    [
      'data-original, a gif placeholder by address',
      '<img src="/images/loading.gif" data-original="/u/t3.png" width="700" height="1800">',
      ['http://www.a.gov.cn/u/t3.png', 700],
    ],
    ['data-lazy-src, no src', '<img data-lazy-src="t3.png" width="700" height="1800">', ['http://www.a.gov.cn/x/t3.png', 700]],
    ['srcset’s largest', '<img src="/u/t3.png" srcset="/u/t3.png 1x, /u/t3@2x.png 2x" width="700">', ['http://www.a.gov.cn/u/t3@2x.png', 700]],
    [
      'data-srcset, a data: src',
      '<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-srcset="/u/s.png 700w, /u/l.png 1400w">',
      ['http://www.a.gov.cn/u/l.png', 0],
    ],
    ['a loaded picture (data-src swapped into src)', '<img src="/u/t3.png" data-src="/u/t3.png">', ['http://www.a.gov.cn/u/t3.png', 0]],
  ])('should take the real address of a lazy picture: %s', (_, img, [src, shown]) => {
    const doc = parseHtml(`<div><p>一、总体情况</p><p>三、收到和处理政府信息公开申请情况</p><p>${img}</p></div>`);
    expect(tableImages(doc, 'http://www.a.gov.cn/x/nb.html')).toEqual([{ src, shown }]);
  });

  it('should offer no picture whose every address is a placeholder or not on the web', () => {
    const doc = parseHtml(
      `<div><p>一、总体情况</p><p>三、收到和处理政府信息公开申请情况</p>
       <p><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="data:image/png;base64,iVBORw0KGgo=" width="700" height="900"></p>
       <p><img data-original="javascript:void(0)" srcset="data:image/png;base64,iVBORw0KGgo= 2x" width="700" height="900"></p></div>`,
    );
    expect(tableImages(doc, 'http://www.a.gov.cn/x/nb.html')).toEqual([]);
  });

  it('should offer nothing on the same page with its tables as HTML, nor pictures that failed to load', () => {
    expect(tableImages(parseHtml(readFileSync(path.join(PAGES, '../corpus/html/pingtan-hzs-2024.html'), 'utf8')), BASE)).toEqual([]);
    // images-only.html's pictures are missing (404): measured, they are 0×0 and not offered
    expect(tableImages(page('images-only.html'), BASE, measured({}))).toEqual([]);
    // not measured (still loading), they are offered, their shown width not known
    expect(tableImages(page('images-only.html'), BASE).map((i) => i.src.split('/').pop())).toEqual(['table2.png', 'table3.png', 'table4.png']);
  });

  it('should leave out small, square, furniture and non-web pictures inside the article', () => {
    const doc = parseHtml(
      `<div class="article"><p>一、总体情况</p><p>…</p><p>二、主动公开政府信息情况</p>
       <p><img src="/u/icon-print.png" width="800" height="300"><img src="/u/erweima.jpg" width="800" height="300"><img src="/u/a.png" alt="扫一扫 二维码" width="800" height="300"></p>
       <p><img src="/u/tiny.gif" width="24" height="24"><img src="/u/qr.png" width="280" height="280"><img src="/u/strip.png" width="900" height="40"></p>
       <p><img src="data:image/png;base64,iVBORw0KGgo=" width="800" height="300"><img src="javascript:void(0)" width="800" height="300"></p>
       <div class="share-box"><img src="/u/w.png" width="800" height="300"></div>
       <p>三、收到和处理政府信息公开申请情况</p><p><img src="/u/t3.png" width="700" height="1800"><img src="/u/t3.png" width="700" height="1800"></p>
       <p>四、政府信息公开行政复议、行政诉讼情况</p><p><img src="/u/t4.jpg"></p></div>`,
    );
    expect(tableImages(doc, 'http://www.a.gov.cn/x/nb.html')).toEqual([
      { src: 'http://www.a.gov.cn/u/t3.png', shown: 700 },
      { src: 'http://www.a.gov.cn/u/t4.jpg', shown: 0 },
    ]);
  });

  it('should be asked on that page: the detector finds a report, the checker none of its tables', () => {
    const doc = page('image-tables.html');
    expect(detectReport(doc, BASE).isReport).toBe(true);
    const { report } = checkHtml(doc, BASE);
    expect([report.tables.active, report.tables.requests, report.tables.review]).toEqual([null, null, null]);
  });
});
