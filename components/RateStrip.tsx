import { DOT_RADIUS, STRIP_COLOURS, type StripChart } from '#lib/batch';

type RateStripProps = { chart: StripChart };

/**
 * The strip chart of one rate (lib/benchmark/strip-chart.ts) drawn as inline SVG: the same layout and
 * colours as the SVG files of the exports, each dot with its agency and fraction as a tooltip.
 */
export function RateStrip({ chart }: RateStripProps) {
  const c = STRIP_COLOURS;
  const axisY = chart.height - 22;
  return (
    <svg
      class="rate-strip"
      width={chart.width}
      height={chart.height}
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      role="img"
      aria-label={chart.summary}
      data-rate={chart.rate}
    >
      <text x={8} y={20} font-size={14} font-weight="bold" fill={c.text}>
        {chart.title}
      </text>
      {chart.rows.map((row) => {
        const mid = row.y + row.height - 12;
        return (
          <g key={row.label} data-cohort={row.label}>
            <text x={8} y={mid + 4} font-size={12} fill={c.text}>
              {row.label}
            </text>
            {row.band && <rect x={row.band.x1} y={row.y + 4} width={Math.max(1, row.band.x2 - row.band.x1)} height={row.height - 8} fill={c.band} />}
            <line x1={chart.plot.x1} x2={chart.plot.x2} y1={mid} y2={mid} stroke="#dadce0" />
            {row.median !== null && <line x1={row.median} x2={row.median} y1={row.y + 4} y2={row.y + row.height - 4} stroke={c.median} stroke-width={2} />}
            {row.dots.map((d) => {
              const colour = d.highlight ? c.highlight : d.card ? c.card : c.dot;
              return (
                <circle
                  key={d.agency}
                  class={d.highlight ? 'dot highlight' : 'dot'}
                  cx={d.cx}
                  cy={d.cy}
                  r={d.highlight ? DOT_RADIUS + 2 : DOT_RADIUS}
                  fill={d.disputed ? '#fff' : colour}
                  stroke={colour}
                  stroke-width={1.5}
                  fill-opacity={0.85}
                >
                  <title>{d.text}</title>
                </circle>
              );
            })}
          </g>
        );
      })}
      <line x1={chart.plot.x1} x2={chart.plot.x2} y1={axisY} y2={axisY} stroke={c.axis} />
      {chart.ticks.map((t) => (
        <g key={t.label}>
          <line x1={t.x} x2={t.x} y1={axisY} y2={axisY + 4} stroke={c.axis} />
          <text x={t.x} y={axisY + 16} text-anchor="middle" font-size={12} fill={c.axis}>
            {t.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
