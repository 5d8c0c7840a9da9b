import type { Rating } from "~/domain/rating";
import type { TrajectoryStatus } from "~/domain/lifecycle";
import { useI18n } from "~/utils/i18n";

/** A rating as text with a colour and a shape marker: colour is never the only signal. */
export function RatingBadge({ rating }: { rating: Rating | null }) {
  const { t } = useI18n();
  if (!rating) return <span className="rating rating--none">{t("rating.none")}</span>;
  return (
    <span className={`rating rating--${rating.toLowerCase().replace(/_/g, "-")}`}>
      <span aria-hidden="true" className="rating__marker" />
      {t(`rating.${rating}`)}
    </span>
  );
}

export function StatusBadge({ status }: { status: TrajectoryStatus | string }) {
  const { t } = useI18n();
  const key = `status.${status}` as const;
  return <span className={`status status--${status.toLowerCase()}`}>{t(key as `status.${TrajectoryStatus}`)}</span>;
}
