/**
 * The image sizes the stores require, in pixels (width, height), and a reader for a PNG's own size.
 * - Chrome Web Store (developer.chrome.com/docs/webstore/images): screenshots 1280×800 (or 640×400), the
 *   small promo tile 440×280, the marquee 1400×560, the 128×128 icon (96×96 artwork, 16 px padding).
 * - Edge Add-ons (learn.microsoft.com …/extensions-chromium/publish/publish-extension): screenshots
 *   1280×800 (or 640×480), small promotional tile 440×280, large promotional tile 1400×560, the store logo
 *   1:1, 300×300 recommended.
 * - Firefox Add-ons takes screenshots of any size (1280×800 shown best) and the icon from the package.
 */
export const STORE_IMAGE_SIZES = {
  screenshot: [1280, 800],
  smallTile: [440, 280],
  marquee: [1400, 560],
  icon: [128, 128],
  edgeLogo: [300, 300],
} as const;

export type StoreImage = keyof typeof STORE_IMAGE_SIZES;

/**
 * The width and height a PNG file declares (its IHDR chunk), or null when the bytes are not a PNG.
 * @example pngSize(readFileSync('assets/store/icon-128.png')) → { width: 128, height: 128 }
 */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
