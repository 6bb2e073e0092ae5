import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureChromium } from '../../scripts/ensure-chromium';

/**
 * Debian Chromium printing pages to PDF (playwright-core's page.pdf, as a user's "save as PDF"): one
 * browser for every mutant, scripts off and every request refused (a saved page prints as it stands; no
 * network), A4. `pages` tabs print at once, so Chromium prints one PDF while pdf.js reads another.
 */
export class PdfPrinter {
  private readonly free: Page[];
  private readonly waiting: ((p: Page) => void)[] = [];

  private constructor(
    private readonly browser: Browser,
    tabs: Page[],
  ) {
    this.free = tabs;
    this.pages = tabs.length;
  }

  readonly pages: number;

  static async launch(pages = 2): Promise<PdfPrinter> {
    const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--no-sandbox', '--disable-gpu', '--lang=zh-CN'] });
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
    await context.route('**/*', (route) => route.abort());
    const tabs = await Promise.all(Array.from({ length: pages }, () => context.newPage()));
    return new PdfPrinter(browser, tabs);
  }

  /** The page's HTML printed as a PDF. */
  async print(html: string): Promise<Uint8Array> {
    const tab = this.free.pop() ?? (await new Promise<Page>((resolve) => this.waiting.push(resolve)));
    try {
      await tab.setContent(html, { waitUntil: 'load' });
      return new Uint8Array(await tab.pdf({ format: 'A4' }));
    } finally {
      const next = this.waiting.shift();
      if (next) next(tab);
      else this.free.push(tab);
    }
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}
