import { type Benchmark, busiestYear, RATES, stripChart, stripSvg } from '#lib/batch';
import type { XlsxImage } from '#lib/export';
import type { Lang } from '#lib/model';
import { svgToPng } from './svg-png';

/**
 * The strip charts of the year most agencies reported for as PNG pictures for the workbook's 对标图 sheet, one under another
 * (anchored every `rows` rows). A chart that cannot be drawn is left out rather than fail the export.
 */
export async function benchmarkPictures(b: Benchmark, lang: Lang): Promise<XlsxImage[]> {
  const year = busiestYear(b);
  const groups = b.groups.filter((g) => g.year === year);
  if (groups.length === 0) return [];
  const out: XlsxImage[] = [];
  let row = 1;
  for (const r of RATES) {
    const chart = stripChart(groups, r.id, lang);
    try {
      const content = await svgToPng(stripSvg(chart), chart.width, chart.height);
      out.push({
        content,
        contentType: 'image/png',
        width: chart.width,
        height: chart.height,
        dpi: 96 * 2,
        anchor: { row, column: 1 },
        title: chart.title,
        description: chart.summary,
      });
    } catch {
      // no picture for this rate; the 对标 sheet has its figures
    }
    // 20 px a row in Excel's default height
    row += Math.ceil(chart.height / 20) + 1;
  }
  return out;
}
