/**
 * The store listing images (Chrome Web Store, Firefox Add-ons, Edge Add-ons), made from the built
 * extension on the bundled sample report (assets/samples): for zh and en, three 1280×800 screenshots of a
 * browser window as a person sees it (the outlined page with the popup's findings open under the toolbar
 * icon; the popup's tables view; the PDF viewer on a real report PDF), a 440×280 small promo tile
 * and a 1400×560 marquee; and the icons the stores take (128×128 with the artwork at 96×96 inside 16 px of
 * transparent padding, as the Chrome Web Store asks; Edge's 300×300 logo). Headless Chromium draws no
 * browser frame, so the window around each screenshot (tab, address bar, the toolbar icon with its badge)
 * is an HTML composition rendered in Chromium; what is inside it is the extension's own output.
 *
 * Run `npm run store-assets` (builds first) to rewrite assets/store/; the e2e test
 * tests/e2e/store-assets.test.ts makes the same images into e2e-artifacts/store/ and checks them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, launch, ROOT, serve, waitForBadge } from './chromium';
import { iconArtwork, renderIcon } from './icon-png';
import { STORE_IMAGE_SIZES, type StoreImage } from './store-image-sizes';

const SAMPLE = 'beijing-2023-miyun-commerce.html';
/**
 * The viewer is shown on a real report PDF (tests/fixtures/pdf/002.pdf, 洪泽区 2021, provenance in
 * tests/fixtures/README.md): the bundled sample printed to PDF by Chromium loses 22 rows of 表三 in the PDF
 * reader, which is no picture to show (reported; the reader is another part of the project).
 */
const PDF = { dir: 'tests/fixtures/pdf', file: '002.pdf', host: 'www.huaian.gov.cn' };
const HOST = 'www.bjmy.gov.cn';
/** the browser frame drawn around a screenshot: tab strip and toolbar */
const FRAME = 84;
const [SHOT_W, SHOT_H] = STORE_IMAGE_SIZES.screenshot;
const POPUP = { width: 420, height: 600 };

type Lang = 'zh' | 'en';
type Box = { x: number; y: number; width: number; height: number };

const WORDS = {
  zh: {
    name: '年报核查',
    tagline: '政府信息公开工作年度报告，在原网页上一键核查',
    points: ['表三、表四逐项勾稽', '正文数字与表格对照', 'PDF、Word 附件与批量核查', '全部在本机完成，不上传'],
    notSecure: '不安全',
    extensionTab: '年报核查 · 附件核查',
    finding: '2+0+0+0+0+0+3',
  },
  en: {
    name: 'xxgk-audit',
    tagline: 'Checks Chinese government information-disclosure annual reports, on the page',
    points: [
      'Every sum of tables 3 and 4',
      'Narrative figures against the tables',
      'PDF and Word attachments, batches',
      'All on your computer, nothing uploaded',
    ],
    notSecure: 'Not secure',
    extensionTab: 'xxgk-audit · Attachment',
    finding: '2+0+0+0+0+0+3',
  },
} as const;

/** One image written: its store slot (which fixes its size) and its file. */
export interface StoreAsset {
  kind: StoreImage;
  file: string;
}

/** What the extension showed while the pictures were taken, per interface language. */
export interface SeenOnSample {
  badge: string;
  /** the popup's verdict line */
  verdict: string;
  /** cells outlined on the page for the clicked finding */
  outlined: number;
  /** the viewer's verdict line on the PDF */
  viewerVerdict: string;
}

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const FONT = `system-ui, "WenQuanYi Zen Hei", "Microsoft YaHei", sans-serif`;

/**
 * A browser window of 1280×800 as Chromium draws it: a tab, the address bar, the extension's toolbar
 * icon with its badge; the page screenshot below, and the popup (when given) open under the icon.
 */
function windowHtml(o: { lang: Lang; title: string; address: string; secure: boolean; page: Buffer; popup?: Buffer; badge: string; icon: Buffer }): string {
  const w = WORDS[o.lang];
  const popup = o.popup ? `<img class="popup" src="${dataUrl(o.popup)}" width="${POPUP.width}" height="${POPUP.height}" alt="">` : '';
  return `<!doctype html><meta charset="utf-8"><style>
    html,body{margin:0;width:${SHOT_W}px;height:${SHOT_H}px;overflow:hidden;font:13px ${FONT};color:#1f1f1f;background:#fff}
    .tabs{height:40px;background:#dee1e6;display:flex;align-items:flex-end;padding-left:8px}
    .tab{width:250px;height:32px;background:#fff;border-radius:8px 8px 0 0;display:flex;align-items:center;gap:8px;padding:0 10px;box-sizing:border-box}
    .tab .fav{width:16px;height:16px;border-radius:50%;background:#c2d7fa;flex:none}
    .tab .t{flex:1;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
    .tab .x{color:#5f6368}
    .plus{margin:0 0 8px 10px;color:#5f6368;font-size:18px}
    .bar{height:44px;display:flex;align-items:center;gap:6px;padding:0 8px;border-bottom:1px solid #dadce0;box-sizing:border-box}
    .btn{width:30px;height:30px;display:flex;align-items:center;justify-content:center;color:#5f6368;font-size:17px}
    .omni{flex:1;height:32px;border-radius:16px;background:#f1f3f4;display:flex;align-items:center;padding:0 14px;gap:8px;white-space:nowrap;overflow:hidden}
    .omni .warn{color:#5f6368}
    .omni .sep{width:1px;height:16px;background:#bdc1c6}
    .ext{position:relative;width:30px;height:30px;display:flex;align-items:center;justify-content:center;border-radius:50%;background:${o.popup ? '#e8eaed' : 'transparent'}}
    .ext img{width:16px;height:16px}
    .badge{position:absolute;right:-2px;bottom:1px;min-width:14px;height:14px;padding:0 3px;box-sizing:border-box;border-radius:3px;background:#d93025;color:#fff;font:bold 10px/14px ${FONT};text-align:center}
    .avatar{width:22px;height:22px;border-radius:50%;background:#8ab4f8;margin:0 4px}
    .content{position:absolute;top:${FRAME}px;left:0}
    .popup{position:absolute;top:${FRAME - 6}px;right:62px;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.28),0 0 0 1px rgba(0,0,0,.08);background:#fff}
  </style>
  <div class="tabs"><div class="tab"><span class="fav"></span><span class="t">${esc(o.title)}</span><span class="x">×</span></div><span class="plus">+</span></div>
  <div class="bar">
    <span class="btn">←</span><span class="btn">→</span><span class="btn">↻</span>
    <div class="omni">${o.secure ? '' : `<span class="warn">ⓘ ${w.notSecure}</span><span class="sep"></span>`}<span>${esc(o.address)}</span></div>
    <span class="ext"><img src="${dataUrl(o.icon)}" alt="">${o.badge ? `<span class="badge">${esc(o.badge)}</span>` : ''}</span>
    <span class="avatar"></span><span class="btn">⋮</span>
  </div>
  <img class="content" src="${dataUrl(o.page)}" width="${SHOT_W}" height="${SHOT_H - FRAME}" alt="">
  ${popup}`;
}

/** The small promo tile (440×280) and the marquee (1400×560): icon, name, what it does, the popup. */
function promoHtml(lang: Lang, kind: 'smallTile' | 'marquee', icon: string, popup: Buffer, verdict: Box): string {
  const w = WORDS[lang];
  const [width, height] = STORE_IMAGE_SIZES[kind];
  const big = kind === 'marquee';
  // the small tile shows the popup's verdict line, cut out of the popup's picture
  const cut = { x: verdict.x - 8, y: verdict.y - 8, width: verdict.width + 16, height: verdict.height + 16 };
  return `<!doctype html><meta charset="utf-8"><style>
    html,body{margin:0;width:${width}px;height:${height}px;overflow:hidden;font-family:${FONT}}
    body{background:linear-gradient(135deg,#dce8fd 0%,#f6f9ff 55%,#ffffff 100%);color:#1f1f1f;position:relative}
    .text{position:absolute;left:${big ? 90 : 24}px;top:${big ? 96 : 34}px;width:${big ? 700 : 400}px}
    .name{display:flex;align-items:center;gap:${big ? 22 : 12}px;font-weight:700;font-size:${big ? 64 : 34}px;line-height:1.1;color:#0b57d0}
    .name svg{width:${big ? 96 : 56}px;height:${big ? 96 : 56}px;flex:none}
    .tag{margin-top:${big ? 26 : 16}px;font-size:${big ? 28 : 17}px;line-height:1.4;color:#3c4043}
    ul{margin:30px 0 0;padding:0;list-style:none;font-size:26px;line-height:1.75;color:#1f1f1f}
    li::before{content:"✓  ";color:#1e8e3e;font-weight:700}
    .shot{position:absolute;right:90px;top:60px;width:${POPUP.width}px;height:${height - 60}px;overflow:hidden;border-radius:10px 10px 0 0;box-shadow:0 10px 40px rgba(11,87,208,.25),0 0 0 1px rgba(0,0,0,.08);background:#fff}
    .shot img{display:block}
    .verdict{position:absolute;left:${(width - cut.width) / 2}px;bottom:44px;width:${cut.width}px;height:${cut.height}px;overflow:hidden;border-radius:8px;box-shadow:0 4px 14px rgba(0,0,0,.15);background:#fff}
    .verdict img{display:block;margin:${-cut.y}px 0 0 ${-cut.x}px}
  </style>
  <div class="text">
    <div class="name">${icon}<span>${esc(w.name)}</span></div>
    <div class="tag">${esc(w.tagline)}</div>
    ${big ? `<ul>${w.points.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>` : ''}
  </div>
  ${
    big
      ? `<div class="shot"><img src="${dataUrl(popup)}" width="${POPUP.width}" height="${POPUP.height}" alt=""></div>`
      : `<div class="verdict"><img src="${dataUrl(popup)}" width="${POPUP.width}" height="${POPUP.height}" alt=""></div>`
  }`;
}

async function render(browser: Browser, html: string, [width, height]: readonly [number, number], file: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: file, clip: { x: 0, y: 0, width, height } });
  } finally {
    await page.close();
  }
}

/** What the extension shows on the sample in one interface language: page, popup, tables, viewer. */
async function captureExtension(
  lang: Lang,
): Promise<{ title: string; page: Buffer; popup: Buffer; verdict: Box; tablesPage: Buffer; tables: Buffer; viewer: Buffer; seen: SeenOnSample }> {
  const server = await serve([path.join(ROOT, 'assets/samples'), path.join(ROOT, PDF.dir)]);
  // every host goes to the local server as its proxy: the addresses (in the viewer's 打开原文 too) carry no port
  const session = await launch(lang === 'zh' ? 'zh-CN' : 'en-US', true, [`--proxy-server=http://127.0.0.1:${server.port}`]);
  try {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: SHOT_W, height: SHOT_H - FRAME });
    await page.goto(`http://${HOST}/${SAMPLE}`);
    // throws naming the page and the badge seen when the extension did not check the sample
    const badge = await waitForBadge(session.worker, page, '5');

    const popup = await session.context.newPage();
    await popup.setViewportSize(POPUP);
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${badge.tabId}`);
    const finding = popup.locator('button.finding', { hasText: WORDS[lang].finding }).first();
    await finding.waitFor({ timeout: 15_000 });
    await finding.click();
    await page.waitForFunction(() => (document.querySelector('xxgk-audit-overlay')?.shadowRoot?.querySelectorAll('.box').length ?? 0) > 0);
    const outlined = await page.evaluate(() => document.querySelector('xxgk-audit-overlay')?.shadowRoot?.querySelectorAll('.box').length ?? 0);
    const verdictText = (await popup.locator('.verdict').textContent()) ?? '';
    // the popup as it opens: header and verdict at the top (the click scrolled the list to the finding)
    await popup.evaluate(() => window.scrollTo(0, 0));
    const popupShot = await popup.screenshot();
    const verdict = await popup.locator('.verdict').boundingBox();
    if (!verdict) throw new Error('the popup shows no verdict');
    await page.bringToFront();
    await page.waitForTimeout(300);
    const pageShot = await page.screenshot();

    await popup.bringToFront();
    await popup.getByRole('tab', { name: lang === 'zh' ? '表格' : 'Tables' }).click();
    await popup.locator('table').first().waitFor();
    const tablesShot = await popup.screenshot();
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(200);
    const tablesPage = await page.screenshot();

    const viewer = await session.context.newPage();
    await viewer.setViewportSize({ width: SHOT_W, height: SHOT_H - FRAME });
    const pdfUrl = `http://${PDF.host}/${PDF.file}`;
    await viewer.goto(`chrome-extension://${session.extensionId}/viewer.html?url=${encodeURIComponent(pdfUrl)}`);
    // its first finding, an error: the errors come first
    const pdfFinding = viewer.locator('button.finding').first();
    await pdfFinding.waitFor({ timeout: 30_000 });
    await pdfFinding.click();
    await viewer.locator('.outcome').filter({ hasText: /\d/ }).waitFor();
    await viewer.waitForFunction(() => document.querySelector('.pdf-page[data-drawn="true"]') !== null);
    await viewer.waitForTimeout(500);
    const viewerShot = await viewer.screenshot();
    const seen = { badge: badge.text, verdict: verdictText, outlined, viewerVerdict: (await viewer.locator('.verdict').textContent()) ?? '' };
    return { title: await page.title(), page: pageShot, popup: popupShot, verdict, tablesPage, tables: tablesShot, viewer: viewerShot, seen };
  } finally {
    await session.close();
    await server.close();
  }
}

/**
 * Writes every store image into `outDir` (zh/ and en/ for the screenshots and promo images, the icons at
 * the top) and returns them. Needs the Chrome build in .output/chrome-mv3 and Debian Chromium.
 */
export async function makeStoreAssets(outDir: string): Promise<{ images: StoreAsset[]; seen: Record<Lang, SeenOnSample> }> {
  const svg = readFileSync(path.join(ROOT, 'assets/icon/icon.svg'), 'utf8');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'xxgk-store-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const written: StoreAsset[] = [];
  const seen = {} as Record<Lang, SeenOnSample>;
  const out = (kind: StoreImage, name: string) => {
    const file = path.join(outDir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    written.push({ kind, file });
    return file;
  };
  try {
    await renderIcon(browser, svg, 128, iconArtwork(128), out('icon', 'icon-128.png'));
    await renderIcon(browser, svg, 300, 300, out('edgeLogo', 'edge-logo-300.png'));
    const toolbarIcon = path.join(tmp, 'icon-32.png');
    await renderIcon(browser, svg, 32, 32, toolbarIcon);
    const icon = readFileSync(toolbarIcon);
    for (const lang of ['zh', 'en'] as const) {
      const shot = await captureExtension(lang);
      seen[lang] = shot.seen;
      const title = shot.title;
      const address = `${HOST}/${SAMPLE}`;
      const frame = { lang, title, address, secure: false, icon, badge: shot.seen.badge };
      await render(
        browser,
        windowHtml({ ...frame, page: shot.page, popup: shot.popup }),
        STORE_IMAGE_SIZES.screenshot,
        out('screenshot', `${lang}/screenshot-1-findings.png`),
      );
      await render(
        browser,
        windowHtml({ ...frame, page: shot.tablesPage, popup: shot.tables }),
        STORE_IMAGE_SIZES.screenshot,
        out('screenshot', `${lang}/screenshot-2-tables.png`),
      );
      await render(
        browser,
        windowHtml({
          ...frame,
          title: WORDS[lang].extensionTab,
          address: `chrome-extension://…/viewer.html?url=http://${PDF.host}/${PDF.file}`,
          secure: true,
          page: shot.viewer,
          badge: '',
        }),
        STORE_IMAGE_SIZES.screenshot,
        out('screenshot', `${lang}/screenshot-3-pdf-viewer.png`),
      );
      const promoIcon = svg.replace(/ width="128" height="128"/, '');
      await render(
        browser,
        promoHtml(lang, 'smallTile', promoIcon, shot.popup, shot.verdict),
        STORE_IMAGE_SIZES.smallTile,
        out('smallTile', `${lang}/small-promo-tile-440x280.png`),
      );
      await render(
        browser,
        promoHtml(lang, 'marquee', promoIcon, shot.popup, shot.verdict),
        STORE_IMAGE_SIZES.marquee,
        out('marquee', `${lang}/marquee-1400x560.png`),
      );
    }
  } finally {
    await browser.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  writeFileSync(
    path.join(outDir, 'images.json'),
    `${JSON.stringify(
      written.map((a) => ({ kind: a.kind, file: path.relative(outDir, a.file) })),
      null,
      2,
    )}\n`,
  );
  return { images: written, seen };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const outDir = path.resolve(process.argv[2] ?? path.join(ROOT, 'assets/store'));
  const { images } = await makeStoreAssets(outDir);
  for (const a of images) console.log(`${a.kind.padEnd(10)} ${path.relative(ROOT, a.file)}`);
}
