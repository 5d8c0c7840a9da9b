import { roundTitleText, type RoundTitleParts } from "~/domain/round-title";
import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { RatingBadge } from "~/components/badges";
import type { RatingCounts } from "~/domain/assessment";
import { RATINGS, type Rating } from "~/domain/rating";
import { formatDate, formatDateTime, formatNumber } from "~/i18n";
import { useI18n } from "~/utils/i18n";
import { DataTable } from "./data-table";

export interface MatrixNorm {
  id: string;
  code: string;
  title: string;
}

export interface MatrixRound extends RoundTitleParts {
  id: string;
  kind: string;
  date: string;
  publishedAt: Date | string | null;
  ratings: Record<string, Rating>;
  counts: RatingCounts;
}

/** The message key of a round kind (unknown kinds read as interim). */
export function roundKindKey(kind: string) {
  return `assessment.kind.${kind === "BASELINE" || kind === "FINAL" ? kind : "INTERIM"}` as const;
}

/**
 * Where the organisation stands: one row per norm, one column per round in date order, each
 * cell the rating as text, colour and marker, linking to that norm's assessment in that round.
 */
/** A norm as the row header of a table of norms × rounds: code in bold, then the title. */
export function NormRowHeader({ norm }: { norm: { code: string; title: string } }) {
  return (
    <th scope="row">
      <strong>{norm.code}</strong> {norm.title}
    </th>
  );
}

export function NormMatrix({
  trajectoryId,
  norms,
  rounds,
  canWrite,
}: {
  trajectoryId: string;
  norms: MatrixNorm[];
  rounds: MatrixRound[];
  canWrite: boolean;
}) {
  const { t, locale } = useI18n();
  const titled = rounds.map((round) => ({ ...round, title: roundTitleText(round, t, locale) }));
  return (
    <NormByRoundTable
      caption={t("assessment.matrix.caption")}
      captionId="matrix-caption"
      norms={norms}
      rounds={titled}
      roundHeading={(round) => (
        <>
          {round.title}
          <span className="matrix__round-meta">
            {/* The kind only where the title does not already say it ("Nulmeting" is a baseline). */}
            {t(roundKindKey(round.kind)).toLowerCase() === round.title.toLowerCase() ? "" : `${t(roundKindKey(round.kind))} · `}
            {formatDate(round.date, locale)}
            {round.publishedAt ? ` · ${t("assessment.round.published")}` : ""}
          </span>
        </>
      )}
      cell={(norm, round) => {
        const rating = round.ratings[norm.id] ?? null;
        const href = `/trajecten/${trajectoryId}/beoordelingen/${round.id}/${norm.id}`;
        // The hidden text gives each link its norm and round, so a list of links still makes sense.
        const context = <span className="visually-hidden"> {t("assessment.matrix.cellContext", { norm: norm.code, round: round.title })}</span>;
        return rating || canWrite ? (
          <Link to={href} className="matrix__cell-link">
            <RatingBadge rating={rating} />
            {context}
          </Link>
        ) : (
          <RatingBadge rating={null} />
        );
      }}
    />
  );
}

/**
 * A table of norms × rounds: a row per norm (its header the norm), a column per round (its
 * header `roundHeading`), each cell `cell(norm, round)`. The matrix on the trajectory page and
 * the printable report's ratings both are one.
 */
export function NormByRoundTable<N extends { id: string; code: string; title: string }, R extends { id: string }>({
  caption,
  captionId,
  norms,
  rounds,
  roundHeading,
  cell,
}: {
  caption: string;
  captionId?: string;
  norms: N[];
  rounds: R[];
  roundHeading: (round: R) => ReactNode;
  cell: (norm: N, round: R) => ReactNode;
}) {
  const { t } = useI18n();
  return (
    <DataTable caption={caption} captionId={captionId}>
      <thead>
        <tr>
          <th scope="col">{t("assessment.norm")}</th>
          {rounds.map((round) => (
            <th scope="col" key={round.id}>
              {roundHeading(round)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {norms.map((norm) => (
          <tr key={norm.id}>
            <NormRowHeader norm={norm} />
            {rounds.map((round) => (
              <td key={round.id}>{cell(norm, round)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/** Per round: how many norms got each rating, whether the organisation sees it, and publishing. */
export function RoundSummary({ rounds, canWrite }: { rounds: MatrixRound[]; canWrite: boolean }) {
  const { t, locale } = useI18n();
  const titled = rounds.map((round) => ({ ...round, title: roundTitleText(round, t, locale) }));
  return (
    <DataTable caption={t("assessment.summary.caption")}>
      <thead>
        <tr>
          <th scope="col">{t("assessment.round")}</th>
          {RATINGS.map((rating) => (
            <th scope="col" key={rating}>
              {t(`rating.${rating}`)}
            </th>
          ))}
          <th scope="col">{t("assessment.summary.organisation")}</th>
        </tr>
      </thead>
      <tbody>
        {titled.map((round) => (
          <tr key={round.id}>
            <th scope="row">
              {round.title} <span className="muted">({formatDate(round.date, locale)})</span>
            </th>
            {/* One "not assessed" column: a norm rated so and a norm without a rating yet are both unassessed. */}
            {RATINGS.map((rating) => (
              <td key={rating}>{formatNumber(round.counts[rating] + (rating === "NOT_ASSESSED" ? round.counts.none : 0), locale)}</td>
            ))}
            <td>
              {round.publishedAt ? (
                t("assessment.round.publishedOn", { date: formatDateTime(round.publishedAt, locale) })
              ) : canWrite ? (
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="publish" />
                  <input type="hidden" name="roundId" value={round.id} />
                  <button type="submit" className="button button--secondary">
                    {t("assessment.round.publish")}
                    <span className="visually-hidden"> {round.title}</span>
                  </button>
                </Form>
              ) : (
                t("assessment.round.notPublished")
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
