import { type Finding, cellLabel, type PublicReport } from '#lib/model';
import { type GrayImage, inkCrop } from '#lib/check';
import type { Lang } from '@/components/strings';
import { VIEWER_STRINGS } from './strings';

/** At most this many cells' pictures under one finding: the stated figure and its first addends. */
const MAX_CELLS = 6;

const urls = new WeakMap<GrayImage, string>();

/**
 * A cell's picture as a PNG data URL (drawn once per picture): what the scanner printed there, to set
 * beside what was read, cut to its print (a tall cell shown whole at the line's height leaves its figure a speck).
 */
function pictureUrl(cell: GrayImage): string {
  let url = urls.get(cell);
  if (url) return url;
  const img = inkCrop(cell);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, img.width);
  canvas.height = Math.max(1, img.height);
  const data = new ImageData(canvas.width, canvas.height);
  for (const [i, v] of img.data.entries()) data.data.set([v, v, v, 255], i * 4);
  // without a 2d context the picture stays blank; the figure read is shown beside it all the same
  canvas.getContext('2d')?.putImageData(data, 0, 0);
  url = canvas.toDataURL('image/png');
  urls.set(cell, url);
  return url;
}

type Props = { lang: Lang; finding: Finding; report: PublicReport; images: ReadonlyMap<string, GrayImage> };

/**
 * Under a finding on a scan: each of its cells' pictures from the scan beside the figure read there and
 * what the sums made of it (proven, corrected from a reading, not proven, not read), so the auditor
 * compares the print and the reading without looking for the cell on the page.
 */
export function OcrCells({ lang, finding, report, images }: Props) {
  const v = VIEWER_STRINGS[lang];
  const shown = finding.cells
    .flatMap((p) => {
      const image = images.get(p);
      return image ? [{ p, image }] : [];
    })
    .slice(0, MAX_CELLS);
  if (shown.length === 0) return null;
  const cellAt = (path: string) => {
    const [t, ...rest] = path.split('.');
    const col = rest.pop();
    if (col === undefined) return undefined;
    return report.tables[t as 'requests']?.[rest.join('.')]?.[col];
  };
  return (
    <span class="ocr-cells">
      {shown.map(({ p, image }) => {
        const cell = cellAt(p);
        const ocr = cell?.ocr;
        const label = cellLabel(p, lang);
        return (
          <span key={p} class="ocr-cell" data-path={p}>
            <img src={pictureUrl(image)} alt={v.ocrPicture(label)} />
            <span class="ocr-read">{ocr ? v.ocrReading(ocr.status, ocr.read, cell?.value ?? null) : ''}</span>
          </span>
        );
      })}
    </span>
  );
}
