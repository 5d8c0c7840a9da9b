import type { RatingTally } from "~/domain/closure";
import { RATINGS } from "~/domain/rating";
import { formatNumber } from "~/i18n";
import { useI18n } from "~/utils/i18n";
import { DataTable } from "./data-table";

const KEYS = [...RATINGS, "none"] as const;
type TallyKey = (typeof KEYS)[number];

const cssKey = (key: TallyKey) => key.toLowerCase().replace(/_/g, "-");
const label = (t: ReturnType<typeof useI18n>["t"], key: TallyKey) => t(key === "none" ? "rating.none" : `rating.${key}`);

export interface ChartSeries {
  label: string;
  tally: RatingTally;
}

/**
 * Stacked bars, one per series, one segment per rating. Each rating has its own fill
 * pattern as well as a colour, and every segment carries its number, so colour is never the
 * only signal. The picture is hidden from screen readers; the table under it has the same numbers.
 */
export function RatingComparisonChart({ title, series }: { title: string; series: ChartSeries[] }) {
  const { t, locale } = useI18n();
  const used = KEYS.filter((key) => series.some((s) => s.tally[key] > 0));
  return (
    <figure className="chart">
      <figcaption className="chart__title">{title}</figcaption>
      <div aria-hidden="true">
        <ul className="chart__legend">
          {used.map((key) => (
            <li key={key}>
              <span className={`chart__swatch chart__seg--${cssKey(key)}`} /> {label(t, key)}
            </li>
          ))}
        </ul>
        {series.map((s) => {
          const total = used.reduce((sum, key) => sum + s.tally[key], 0);
          return (
            <div className="chart__row" key={s.label}>
              <span className="chart__label">
                {s.label} ({formatNumber(total, locale)})
              </span>
              <div className="chart__bar">
                {used
                  .filter((key) => s.tally[key] > 0)
                  .map((key) => (
                    <span
                      key={key}
                      className={`chart__seg chart__seg--${cssKey(key)}`}
                      style={{ width: `${(100 * s.tally[key]) / Math.max(total, 1)}%` }}
                      title={`${label(t, key)}: ${s.tally[key]}`}
                    >
                      <span className="chart__count">{formatNumber(s.tally[key], locale)}</span>
                    </span>
                  ))}
              </div>
            </div>
          );
        })}
      </div>
      <DataTable caption={t("portfolio.chart.tableCaption", { title })} className="table chart__table">
        <thead>
          <tr>
            <th scope="col">{t("portfolio.chart.rating")}</th>
            {series.map((s) => (
              <th scope="col" key={s.label}>
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {KEYS.map((key) => (
            <tr key={key}>
              <th scope="row">{label(t, key)}</th>
              {series.map((s) => (
                <td key={s.label}>{formatNumber(s.tally[key], locale)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </DataTable>
    </figure>
  );
}
