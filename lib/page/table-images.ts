import { pictureAddress } from './picture-address';

/** A picture on a report page that may be one of its standard tables, as the viewer's OCR takes it. */
export interface TableImage {
  /** absolute http(s) address of the picture */
  src: string;
  /** the width the page shows it at (CSS px, 96 a inch), from which its print scale follows; 0 when unknown */
  shown: number;
}

/** What the page knows of a picture's size: its own pixels and the CSS width it is shown at (0 when not loaded). */
export interface ImageSize {
  natural: { width: number; height: number };
  shown: number;
}

/** The report's section headings (一、总体情况 … 六、其他需要报告的事项): where they meet is the article. */
const SECTION = /^\s*[一二三四五六七][、.．]\s*(总体情况|主动公开|收到和处理|政府信息公开行政复议|存在的主要问题|其他需要报告)/;
/** Site furniture by its name, alt text or a container's class: logos, icons, QR codes (二维码, ewm), banners, the 党政机关 mark. */
const FURNITURE = /logo|icon|ewm|erweima|qr-?code|二维码|banner|share|weixin|wechat|微信|conac|党政机关|jiucuo|纠错|无障碍|badge|avatar|gongan|beian|babs/i;
const CHROME_CLASS = /(^|[\s_-])(header|footer|foot|nav|navbar|menu|top|bottom|sidebar|copyright)([\s_-]|$)/i;
/** The smallest table picture: a table of a few rows, legible (at 96 dpi, 表二 is some 700×200 px). */
const MIN_WIDTH = 300;
const MIN_HEIGHT = 100;
/** At most this many pictures are offered: a report has three tables, some cut over a few pictures. */
export const MAX_TABLE_IMAGES = 12;

/** The element that holds every section heading found (their nearest common ancestor); null with fewer than two. */
function articleRoot(doc: Document): Element | null {
  const headings: Element[] = [];
  for (const el of Array.from(doc.body?.querySelectorAll('p, div, span, h1, h2, h3, h4, h5, h6, strong, b, td, li') ?? [])) {
    const text = el.textContent ?? '';
    // the innermost element carrying the heading: its text is short and no child of it carries it whole
    if (text.length > 60 || !SECTION.test(text)) continue;
    if (Array.from(el.children).some((c) => SECTION.test(c.textContent ?? ''))) continue;
    headings.push(el);
  }
  const [first] = headings;
  if (!first || headings.length < 2) return null;
  // the nearest ancestor (or self) of the first heading that holds them all
  for (let root: Element | null = first; root; root = root.parentElement) {
    const candidate = root;
    if (headings.every((h) => candidate.contains(h))) return root;
  }
  return null;
}

function inChrome(img: Element, root: Element | null): boolean {
  for (let el: Element | null = img; el && el !== root; el = el.parentElement) {
    if (/^(HEADER|FOOTER|NAV|ASIDE|BUTTON)$/.test(el.tagName)) return true;
    const cls = `${el.getAttribute('class') ?? ''} ${el.id}`;
    if (FURNITURE.test(cls) || CHROME_CLASS.test(cls)) return true;
  }
  return false;
}

function attrSize(img: Element): ImageSize | null {
  const width = Number(img.getAttribute('width'));
  const height = Number(img.getAttribute('height'));
  return width > 0 && height > 0 ? { natural: { width, height }, shown: width } : null;
}

/**
 * The pictures of a report page that may be its tables (表二/表三/表四 published as images), in page
 * order: inside the article (where its section headings meet, when two are found), neither site furniture
 * (a logo, an icon, a QR code, a banner: by name, alt text or container) nor too small or square and small
 * (a QR code) when its size is known. `size` measures a loaded picture (the content script passes the
 * live sizes; without it, the width and height attributes are taken). Only http(s) addresses: the viewer
 * fetches them.
 * @example tableImages(doc, 'https://a.gov.cn/x.html') → [{ src: 'https://a.gov.cn/t3.png', shown: 800 }]
 */
export function tableImages(doc: Document, base: string, size: (img: HTMLImageElement) => ImageSize | null = attrSize): TableImage[] {
  const root = articleRoot(doc);
  const out: TableImage[] = [];
  for (const img of Array.from((root ?? doc.body)?.querySelectorAll('img') ?? [])) {
    const address = pictureAddress(img, base);
    if (!address || FURNITURE.test(`${new URL(address.href).pathname} ${img.getAttribute('alt') ?? ''}`) || inChrome(img, root)) continue;
    // a lazy picture not loaded yet measures as its placeholder: only its attributes say its size
    const known = (address.lazy ? null : size(img)) ?? attrSize(img);
    if (known) {
      const { width, height } = known.natural;
      if (width < MIN_WIDTH || height < MIN_HEIGHT) continue;
      // a QR code or a portrait: square and not large
      if (width / height > 0.8 && width / height < 1.25 && width < 600) continue;
    }
    if (!out.some((o) => o.src === address.href)) out.push({ src: address.href, shown: known?.shown || Number(img.getAttribute('width')) || 0 });
  }
  return out.slice(0, MAX_TABLE_IMAGES);
}
