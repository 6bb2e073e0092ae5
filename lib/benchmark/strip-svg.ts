import { DOT_RADIUS, type StripChart } from './strip-chart';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
const n = (v: number) => String(Math.round(v * 10) / 10);

/** The colours of the drawing, shared with the batch page's rendering of the same layout. */
export const STRIP_COLOURS = {
  band: '#d2e3fc',
  median: '#1a73e8',
  dot: '#3c4043',
  card: '#b3261e',
  highlight: '#e37400',
  axis: '#5f6368',
  text: '#1b1b1b',
} as const;

/**
 * The strip chart as a standalone SVG document (for the evidence file, the CLI's benchmark page and
 * the workbook's picture): a title, per cohort its label, P25–P75 band, median line and one dot per
 * agency with its rate in a tooltip (`<title>`), and the percentage axis. A disputed rate (its figures
 * fail the report's own arithmetic) is a hollow dot; a card is red.
 */
export function stripSvg(chart: StripChart): string {
  const c = STRIP_COLOURS;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${chart.width}" height="${n(chart.height)}" viewBox="0 0 ${chart.width} ${n(chart.height)}" role="img" aria-label="${esc(chart.summary)}" font-family="system-ui, 'Microsoft YaHei', 'WenQuanYi Zen Hei', sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="8" y="20" font-size="14" font-weight="bold" fill="${c.text}">${esc(chart.title)}</text>`,
  ];
  for (const row of chart.rows) {
    const mid = row.y + row.height - 12;
    parts.push(`<g data-cohort="${esc(row.label)}">`);
    parts.push(`<text x="8" y="${n(mid + 4)}" fill="${c.text}">${esc(row.label)}</text>`);
    if (row.band)
      parts.push(
        `<rect x="${n(row.band.x1)}" y="${n(row.y + 4)}" width="${n(Math.max(1, row.band.x2 - row.band.x1))}" height="${n(row.height - 8)}" fill="${c.band}"/>`,
      );
    parts.push(`<line x1="${chart.plot.x1}" x2="${chart.plot.x2}" y1="${n(mid)}" y2="${n(mid)}" stroke="#dadce0"/>`);
    if (row.median !== null)
      parts.push(
        `<line x1="${n(row.median)}" x2="${n(row.median)}" y1="${n(row.y + 4)}" y2="${n(row.y + row.height - 4)}" stroke="${c.median}" stroke-width="2"/>`,
      );
    for (const d of row.dots) {
      const colour = d.highlight ? c.highlight : d.card ? c.card : c.dot;
      const fill = d.disputed ? '#fff' : colour;
      parts.push(
        `<circle cx="${n(d.cx)}" cy="${n(d.cy)}" r="${d.highlight ? DOT_RADIUS + 2 : DOT_RADIUS}" fill="${fill}" stroke="${colour}" stroke-width="1.5" fill-opacity="0.85"><title>${esc(d.text)}</title></circle>`,
      );
    }
    parts.push('</g>');
  }
  const axisY = chart.height - 22;
  parts.push(`<line x1="${chart.plot.x1}" x2="${chart.plot.x2}" y1="${n(axisY)}" y2="${n(axisY)}" stroke="${c.axis}"/>`);
  for (const t of chart.ticks)
    parts.push(
      `<line x1="${n(t.x)}" x2="${n(t.x)}" y1="${n(axisY)}" y2="${n(axisY + 4)}" stroke="${c.axis}"/><text x="${n(t.x)}" y="${n(axisY + 16)}" text-anchor="middle" fill="${c.axis}">${esc(t.label)}</text>`,
    );
  parts.push('</svg>');
  return parts.join('\n');
}
