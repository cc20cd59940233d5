/** One bar: a label and a percentage, with the counts behind it. */
export interface Bar {
  label: string;
  percent: number;
  hits: number;
  total: number;
}

/** A group of bars under a heading inside the chart. */
export interface BarGroup {
  title: string;
  bars: Bar[];
}

const ROW = 26;
const LABEL_W = 250;
const BAR_W = 300;
const WIDTH = LABEL_W + BAR_W + 60;

/**
 * A horizontal bar chart as SVG (role img, with a title and a description). Screen readers and
 * anyone who prefers numbers get the same figures from the table the page shows with it. Colours
 * come from classes (the CSP forbids style attributes).
 */
export function BarChart({
  title,
  description,
  groups,
}: {
  title: string;
  description: string;
  groups: BarGroup[];
}) {
  let y = 0;
  const rows: preact.JSX.Element[] = [];
  for (const group of groups) {
    if (!group.bars.length) continue;
    y += 8;
    rows.push(
      <text class="chart-group" x={0} y={y + 16}>
        {group.title}
      </text>,
    );
    y += ROW;
    for (const bar of group.bars) {
      const w = Math.round((BAR_W * Math.max(0, Math.min(100, bar.percent))) / 100);
      rows.push(
        <g>
          <text class="chart-label" x={LABEL_W - 8} y={y + 17} text-anchor="end">
            {bar.label.length > 34 ? `${bar.label.slice(0, 33)}…` : bar.label}
          </text>
          <rect class="chart-track" x={LABEL_W} y={y + 4} width={BAR_W} height={ROW - 8} />
          <rect class="chart-bar" x={LABEL_W} y={y + 4} width={w} height={ROW - 8} />
          <text class="chart-value" x={LABEL_W + BAR_W + 6} y={y + 17}>
            {bar.percent}%
          </text>
        </g>,
      );
      y += ROW;
    }
  }
  return (
    <svg
      class="bar-chart"
      viewBox={`0 0 ${WIDTH} ${y + 8}`}
      role="img"
      aria-labelledby="chart-title chart-desc"
    >
      <title id="chart-title">{title}</title>
      <desc id="chart-desc">{description}</desc>
      {rows}
    </svg>
  );
}
