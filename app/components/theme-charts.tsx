import { useId } from "react";
import { formatNumber } from "~/i18n";
import { useI18n } from "~/utils/i18n";
import { DataTable } from "./data-table";

export interface Bar {
  key: string;
  label: string;
  count: number;
}

const BAR_HEIGHT = 28;
const GAP = 10;
const LABEL_WIDTH = 170;
const CHART_WIDTH = 520;

/**
 * A horizontal bar chart as SVG: one bar per category, each with its number written beside it
 * and a different fill pattern, so neither colour nor length alone carries the meaning. The
 * picture has a text alternative (title and description) and the same numbers follow in a table.
 */
export function DistributionChart({ title, bars, unit }: { title: string; bars: Bar[]; unit: string }) {
  const { t, locale } = useI18n();
  const id = `chart-${useId().replace(/:/g, "")}`;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const height = bars.length * (BAR_HEIGHT + GAP);
  const description = bars.map((b) => `${b.label}: ${formatNumber(b.count, locale)}`).join("; ");
  return (
    <figure className="chart">
      <figcaption className="chart__title">{title}</figcaption>
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${CHART_WIDTH} ${height}`} width="100%" className="chart__svg">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <defs>
          <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#1f4e79" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2" />
          </pattern>
        </defs>
        {bars.map((b, i) => {
          const y = i * (BAR_HEIGHT + GAP);
          const width = ((CHART_WIDTH - LABEL_WIDTH - 60) * b.count) / max;
          return (
            <g key={b.key}>
              <text x={0} y={y + BAR_HEIGHT * 0.68} fontSize="14" fill="#1a1a1a">
                {b.label}
              </text>
              <rect x={LABEL_WIDTH} y={y} width={Math.max(width, 1)} height={BAR_HEIGHT} fill={i % 2 ? `url(#${id}-hatch)` : "#1f4e79"} stroke="#1a1a1a" />
              <text x={LABEL_WIDTH + Math.max(width, 1) + 6} y={y + BAR_HEIGHT * 0.68} fontSize="14" fill="#1a1a1a">
                {formatNumber(b.count, locale)}
              </text>
            </g>
          );
        })}
      </svg>
      <DataTable caption={t("themes.chart.tableCaption", { title })} className="table chart__table">
        <thead>
          <tr>
            <th scope="col">{t("themes.chart.category")}</th>
            <th scope="col">{unit}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.key}>
              <th scope="row">{b.label}</th>
              <td>{formatNumber(b.count, locale)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </figure>
  );
}
