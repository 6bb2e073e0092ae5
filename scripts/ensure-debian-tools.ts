import { aptInstall } from './apt-install';
import { existsSync } from 'node:fs';

/** Debian packages the scan fixtures are made with, and the program each provides. */
const TOOLS: Record<string, string> = { pdftoppm: 'poppler-utils', pdftotext: 'poppler-utils', img2pdf: 'img2pdf', convert: 'imagemagick' };

/**
 * Debian programs (`/usr/bin/<bin>`, each with its package), installed with apt-get when missing and
 * allowed (root); otherwise the error names the packages to install. `also`: packages installed with
 * them (fonts the program needs to draw Chinese), without their recommends when `lean`.
 */
export function ensureDebianTools(
  tools: Readonly<Record<string, string>>,
  { also = [], lean = false }: { also?: readonly string[]; lean?: boolean } = {},
): void {
  const missing = Object.entries(tools).filter(([bin]) => !existsSync(`/usr/bin/${bin}`));
  if (missing.length === 0) return;
  const packages = [...new Set([...missing.map(([, p]) => p), ...also])];
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !existsSync('/usr/bin/apt-get')) throw new Error(`Missing ${missing.map(([b]) => b).join(', ')}: apt-get install ${packages.join(' ')}`);
  console.error(`installing ${packages.join(', ')} with apt-get (once)…`);
  aptInstall(packages, { lean });
}

/**
 * Debian's LibreOffice Writer without its GUI (`/usr/bin/soffice`), and a Chinese font for what it draws:
 * for the PDF matrix (scripts/pdf-matrix.ts) and the metamorphic suite's LibreOffice PDFs.
 */
export function ensureLibreOffice(): string {
  ensureDebianTools({ soffice: 'libreoffice-writer-nogui' }, { also: ['fonts-wqy-zenhei'], lean: true });
  return '/usr/bin/soffice';
}

/** The scan recipe (scripts/make-scans.ts) needs poppler-utils, imagemagick and img2pdf. */
export function ensureScanTools(): void {
  ensureDebianTools(TOOLS);
}
